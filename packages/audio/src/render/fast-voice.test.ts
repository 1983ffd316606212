import { describe, expect, it } from 'vitest';
import { SpessaSynthProcessor } from 'spessasynth_core';
import { sharedSoundBank } from '../testing/shared-bank.test-support.ts';
import { sampleScore } from '../testing/sample-score.test-support.ts';
import type { StereoAudio } from '../stereo-audio.ts';
import { accelerateVoices } from './fast-voice.ts';
import { DEFAULT_RELEASE_FLOOR, renderScore } from './render-score.ts';

/** Energy of `a - b` relative to the energy of `b`, in dB (both channels). */
function differenceDb(a: StereoAudio, b: StereoAudio): number {
  let diff = 0;
  let ref = 0;
  for (const [x, y] of [[a.left, b.left], [a.right, b.right]] as const) {
    for (let i = 0; i < y.length; i++) {
      const d = x[i]! - y[i]!;
      diff += d * d;
      ref += y[i]! * y[i]!;
    }
  }
  return 10 * Math.log10(diff / ref);
}

describe('accelerateVoices', () => {
  it('installs on a spessasynth 4.3 synth', async () => {
    const synth = new SpessaSynthProcessor(44_100, { effectsEnabled: true, eventsEnabled: false });
    await synth.processorInitialized;
    expect(accelerateVoices(synth)).toBe(true);
  });

  it('renders the same samples as spessasynth own voice loop when no release floor is set', async () => {
    const score = sampleScore({ bars: 2 });
    const fast = await renderScore(score, sharedSoundBank(), { fastVoices: true, releaseFloor: 0 });
    const reference = await renderScore(score, sharedSoundBank(), { fastVoices: false });
    expect(fast.left).toEqual(reference.left);
    expect(fast.right).toEqual(reference.right);
  });

  it('ends release tails under the default floor with a mix difference below -60 dB', async () => {
    const score = sampleScore({ bars: 4, tailSeconds: 2 });
    // No voice cap, so that only the release floor changes which voices sound.
    const floored = await renderScore(score, sharedSoundBank(), { releaseFloor: DEFAULT_RELEASE_FLOOR, voiceCap: 350 });
    const reference = await renderScore(score, sharedSoundBank(), { fastVoices: false, voiceCap: 350 });
    const db = differenceDb(floored, reference);
    expect(db).toBeLessThan(-60);
    expect(db).toBeGreaterThan(-200); // the floor did end some tails
  });
});
