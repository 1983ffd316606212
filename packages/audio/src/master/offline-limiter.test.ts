import { describe, expect, it } from 'vitest';
import { noise } from '../loudness/noise.test-support.ts';
import { truePeakDbtp } from '../loudness/true-peak.ts';
import { TRUE_PEAK_PHASES } from '../loudness/true-peak-filter.ts';
import { createStereoAudio, samplePeak, type StereoAudio } from '../stereo-audio.ts';
import { limitAndVerify } from './limit-and-verify.ts';
import { OfflineTruePeakLimiter } from './offline-limiter.ts';

/** Hiss with bursts whose samples follow the signs of the widest interpolation phase: ~6 dB of overshoot. */
function worstCase(amplitude: number): StereoAudio {
  const signs = TRUE_PEAK_PHASES[1]!.map(Math.sign);
  const audio = createStereoAudio(44_100, 44_100);
  const hiss = noise(audio.left.length, 8);
  for (let i = 0; i < audio.left.length; i++) {
    const burst = Math.floor(i / 12) % 50 === 3 ? amplitude * signs[11 - (i % 12)]! : 0;
    audio.left[i] = burst + 0.02 * hiss[i]!;
    audio.right[i] = 0.02 * hiss[i]!;
  }
  return audio;
}

describe('OfflineTruePeakLimiter', () => {
  it('keeps loud content under the ceiling at any pre-gain, leaves content below it untouched, adds no latency', () => {
    const audio = createStereoAudio(44_100, 44_100);
    for (let i = 0; i < audio.left.length; i++) {
      const t = i / 44_100;
      audio.left[i] = (0.6 * Math.sin(2 * Math.PI * 110 * t) * (1 + Math.sin(2 * Math.PI * 3 * t))) / 2 + 0.05 * Math.sin(2 * Math.PI * 3000 * t);
      audio.right[i] = audio.left[i]! * 0.8;
    }
    const limiter = new OfflineTruePeakLimiter(audio, -1);
    const unity = limiter.apply(1, limiter.gainCurve(1));
    expect(unity.left).toEqual(audio.left);
    for (const gainDb of [6, 12]) {
      const gain = 10 ** (gainDb / 20);
      const out = limiter.apply(gain, limiter.gainCurve(gain));
      expect(out.left.length).toBe(audio.left.length);
      const peak = truePeakDbtp(out);
      expect(peak).toBeLessThanOrEqual(-1);
      expect(peak).toBeGreaterThan(-1.5);
    }
  });

  it('misses overshoots beyond its assumption, and limitAndVerify then reruns it exhaustively', () => {
    // Samples at 0.4 skip detection (0.42 with the hiss, times 4 dB of assumed overshoot and 2 dB of
    // gain headroom, stays under the ceiling), but true peaks reach 0.81: above it at +2 dB.
    const audio = worstCase(0.4);
    expect(truePeakDbtp(audio) - 20 * Math.log10(samplePeak(audio))).toBeGreaterThan(5.5);
    const gain = 10 ** (2 / 20);
    const assumed = new OfflineTruePeakLimiter(audio, -1);
    assumed.gainCurve(1);
    expect(truePeakDbtp(assumed.apply(gain, assumed.gainCurve(gain)))).toBeGreaterThan(-0.5);

    const limiter = new OfflineTruePeakLimiter(audio, -1);
    limiter.gainCurve(1);
    const { audio: verified, trimDb } = limitAndVerify(limiter, 2, -1);
    expect(limiter.exact).toBe(true);
    expect(truePeakDbtp(verified)).toBeLessThanOrEqual(-1);
    expect(trimDb).toBeLessThanOrEqual(0);
    expect(trimDb).toBeGreaterThan(-0.5);
  });
});
