import { describe, expect, it } from 'vitest';
import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { truePeakDbtp } from '../loudness/true-peak.ts';
import { renderScore } from '../render/render-score.ts';
import { sampleScore } from '../testing/sample-score.test-support.ts';
import { sharedSoundBank } from '../testing/shared-bank.test-support.ts';
import { concatStereoAudio, createStereoAudio, samplePeak, type StereoAudio } from '../stereo-audio.ts';
import { masterWithReport } from './master.ts';
import { estimateProvisionalGainDb } from './provisional-gain.ts';
import { createStreamingMaster } from './streaming-master.ts';

const score = sampleScore({ bars: 6 });
const render = renderScore(score, sharedSoundBank());

describe('master', () => {
  it('brings a real render to -14 LUFS with true peak under -1 dBTP and no clipping, same length', async () => {
    const audio = await render;
    const { audio: mastered, gainDb } = masterWithReport(audio);
    expect(gainDb).toBeGreaterThan(3);
    expect(Math.abs(integratedLoudness(mastered) + 14)).toBeLessThan(0.5);
    expect(truePeakDbtp(mastered)).toBeLessThanOrEqual(-1);
    expect(samplePeak(mastered)).toBeLessThan(1);
    expect(mastered.left.length).toBe(audio.left.length);
  });

  it('hits other targets too and leaves silence silent', async () => {
    const quiet = masterWithReport(await render, { targetLufs: -18, truePeakCeilingDbtp: -2 });
    expect(Math.abs(integratedLoudness(quiet.audio) + 18)).toBeLessThan(0.5);
    expect(truePeakDbtp(quiet.audio)).toBeLessThanOrEqual(-2);
    const silence = masterWithReport(createStereoAudio(44_100, 44_100));
    expect(samplePeak(silence.audio)).toBe(0);
  });
});

describe('createStreamingMaster', () => {
  it('is causal chunk in / chunk out: chunked output equals one-shot output, same total length', async () => {
    const audio = await render;
    const oneShot = createStreamingMaster({ gainDb: 12 });
    const whole = concatStereoAudio([oneShot.process(audio), oneShot.flush()], 44_100);
    const chunked = createStreamingMaster({ gainDb: 12 });
    const pieces: StereoAudio[] = [];
    for (let i = 0; i < audio.left.length; i += 5000) {
      pieces.push(chunked.process({ sampleRate: 44_100, left: audio.left.slice(i, i + 5000), right: audio.right.slice(i, i + 5000) }));
    }
    pieces.push(chunked.flush());
    const joined = concatStereoAudio(pieces, 44_100);
    expect(joined.left.length).toBe(audio.left.length);
    expect(joined.left).toEqual(whole.left);
    expect(truePeakDbtp(joined)).toBeLessThanOrEqual(-1);
  });

  it('gets a provisional gain from the loudest section within 2 dB of the final one', async () => {
    const provisional = await estimateProvisionalGainDb(score, sharedSoundBank());
    const { gainDb } = masterWithReport(await render);
    expect(Math.abs(provisional - gainDb)).toBeLessThan(2);
  });
});
