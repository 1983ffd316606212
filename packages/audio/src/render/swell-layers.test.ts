import { describe, expect, it } from 'vitest';
import { SpessaSynthProcessor } from 'spessasynth_core';
import { loadSoundBank, type SoundBank } from './sound-bank.ts';
import { readSoundBankBytes } from '../testing/assets.test-support.ts';
import { renderScore } from './render-score.ts';
import type { StereoAudio } from '../stereo-audio.ts';
import { sampleScore } from '../testing/sample-score.test-support.ts';

async function voicesPerNote(bank: SoundBank, program: number): Promise<number> {
  const synth = new SpessaSynthProcessor(44_100, { effectsEnabled: false, eventsEnabled: false, maxBufferSize: 128 });
  synth.soundBankManager.addSoundBank(bank.basic, 'main');
  await synth.processorInitialized;
  synth.programChange(0, program);
  synth.noteOn(0, 60, 80);
  synth.process(new Float32Array(128), new Float32Array(128), 0, 128);
  return (synth as unknown as { synthCore: { voices: Array<{ isActive: boolean }> } }).synthCore.voices.filter((v) => v.isActive).length;
}

describe('dropping swell layers', () => {
  const full = loadSoundBank(readSoundBankBytes(), { dropSwellLayers: false });
  const lean = loadSoundBank(readSoundBankBytes());

  it('plays a grand piano note with half the voices, and leaves one-layer instruments alone', async () => {
    expect(await voicesPerNote(full, 0)).toBe(4);
    expect(await voicesPerNote(lean, 0)).toBe(2);
    expect(await voicesPerNote(lean, 33)).toBe(await voicesPerNote(full, 33));
    expect(await voicesPerNote(lean, 95)).toBe(await voicesPerNote(full, 95));
  });

  it('changes piano chords little: under -25 dB when comped, under -15 dB and 0.5 dB of level when held for bars', async () => {
    const keys = { partIds: ['keys'] };
    const held = sampleScore({ bars: 4 });
    const comped = sampleScore({ bars: 4 });
    const comping = comped.parts.find((p) => p.id === 'keys')!;
    comping.notes = comping.notes.flatMap((n) => [0, 1, 2, 3].map((beat) => ({ ...n, startBeat: n.startBeat + beat, durationBeats: 0.5 })));
    const heldChange = compare(await renderScore(held, full, keys), await renderScore(held, lean, keys));
    const compedChange = compare(await renderScore(comped, full, keys), await renderScore(comped, lean, keys));
    expect(compedChange.differenceDb).toBeLessThan(-25);
    expect(heldChange.differenceDb).toBeLessThan(-15);
    expect(Math.abs(heldChange.levelDb)).toBeLessThan(0.5);
  });
});

/** The difference signal and the level change of `b` against `a`, in dB. */
function compare(a: StereoAudio, b: StereoAudio): { differenceDb: number; levelDb: number } {
  let signal = 0;
  let other = 0;
  let difference = 0;
  for (const [x, y] of [[a.left, b.left], [a.right, b.right]] as const) {
    for (let i = 0; i < x.length; i++) {
      signal += x[i]! ** 2;
      other += y[i]! ** 2;
      difference += (x[i]! - y[i]!) ** 2;
    }
  }
  return { differenceDb: 10 * Math.log10(difference / signal), levelDb: 10 * Math.log10(other / signal) };
}
