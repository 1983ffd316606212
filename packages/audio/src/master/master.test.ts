import { describe, expect, it } from 'vitest';
import { noise } from '../loudness/noise.test-support.ts';
import { TRUE_PEAK_PHASES } from '../loudness/true-peak-filter.ts';
import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { truePeakDbtp } from '../loudness/true-peak.ts';
import { renderScore } from '../render/render-score.ts';
import { sampleScore } from '../testing/sample-score.test-support.ts';
import { sharedSoundBank } from '../testing/shared-bank.test-support.ts';
import { concatStereoAudio, createStereoAudio, samplePeak, type StereoAudio } from '../stereo-audio.ts';
import { applyMasterChain, masterWithReport } from './master.ts';
import { MixBus } from './mix-bus.ts';
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

  it('misses an unreachable target instead of crushing the mix: at most 6 dB of limiting push', async () => {
    const audio = await render;
    const source = integratedLoudness(new MixBus(44_100).process(audio));
    const { audio: mastered, gainDb, loudnessLufs } = masterWithReport(audio, { targetLufs: -3 });
    expect(gainDb).toBeLessThanOrEqual(-3 - source + 6 + 1e-9);
    expect(gainDb).toBeGreaterThan(-3 - source + 5);
    expect(loudnessLufs).toBeLessThan(-3.5);
    expect(truePeakDbtp(mastered)).toBeLessThanOrEqual(-1);
  });
});

describe('master on a full song', () => {
  it('masters 60 s of a real render: -14 LUFS, true peak <= -1 dBTP, like the live chain at the same gain', async () => {
    const song = await renderScore(sampleScore({ bars: 30 }), sharedSoundBank());
    expect(song.left.length / song.sampleRate).toBeGreaterThan(60);
    const { audio: mastered, gainDb, loudnessLufs } = masterWithReport(song);
    expect(Math.abs(integratedLoudness(mastered) + 14)).toBeLessThan(0.2);
    expect(loudnessLufs).toBeCloseTo(integratedLoudness(mastered), 6);
    expect(truePeakDbtp(mastered)).toBeLessThanOrEqual(-1);
    expect(samplePeak(mastered)).toBeLessThan(1);
    expect(mastered.left.length).toBe(song.left.length);
    // The offline limiter is the streaming one without latency: same loudness and ceiling at the same gain.
    const live = applyMasterChain(song, gainDb, -1);
    expect(Math.abs(integratedLoudness(live) - integratedLoudness(mastered))).toBeLessThan(0.1);
    expect(truePeakDbtp(live)).toBeLessThanOrEqual(-1);
  });

  it('holds the ceiling on content whose true peaks overshoot the samples by 6 dB (exhaustive detection)', () => {
    // Each 12-sample window follows the signs of the widest interpolation phase: the worst case.
    const worst = TRUE_PEAK_PHASES[1]!.map(Math.sign);
    const audio = createStereoAudio(44_100, 3 * 44_100);
    const hiss = noise(audio.left.length, 4);
    for (let i = 0; i < audio.left.length; i++) {
      const pattern = Math.floor(i / 12) % 8 === 0 ? 0.5 * worst[11 - (i % 12)]! : 0;
      audio.left[i] = pattern + 0.05 * hiss[i]!;
      audio.right[i] = 0.05 * hiss[i]!;
    }
    expect(truePeakDbtp(audio) - 20 * Math.log10(samplePeak(audio))).toBeGreaterThan(4.5);
    const { audio: mastered } = masterWithReport(audio);
    expect(truePeakDbtp(mastered)).toBeLessThanOrEqual(-1);
    expect(Math.abs(integratedLoudness(mastered) + 14)).toBeLessThan(0.5);
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
