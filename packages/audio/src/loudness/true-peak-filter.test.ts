import { describe, expect, it } from 'vitest';
import { createStereoAudio } from '../stereo-audio.ts';
import { noise } from './noise.test-support.ts';
import { truePeakDbtp } from './true-peak.ts';
import { interpolatedPeak, paddedWindowInterpolatedPeak, TRUE_PEAK_BOUND, TRUE_PEAK_PHASES, windowInterpolatedPeak } from './true-peak-filter.ts';

/** The BS.1770 interpolation written out directly: 4 phases x 12 taps over x[end - 11 .. end], zeros outside. */
function directWindowPeak(x: Float32Array, end: number): number {
  let peak = 0;
  for (const taps of TRUE_PEAK_PHASES) {
    let sum = 0;
    for (let j = 0; j < 12; j++) sum += taps[j]! * (x[end - j] ?? 0);
    peak = Math.max(peak, Math.abs(sum));
  }
  return peak;
}

/** Max over every sample and every interpolated point, zeros before and after, by brute force. */
function directTruePeak(x: Float32Array): number {
  let peak = 0;
  for (let i = 0; i < x.length; i++) peak = Math.max(peak, Math.abs(x[i]!));
  for (let end = 0; end < x.length + 12; end++) peak = Math.max(peak, directWindowPeak(x, end));
  return peak;
}

describe('true-peak interpolation filter', () => {
  it('bounds every phase by TRUE_PEAK_BOUND times the largest sample of its window', () => {
    const widest = Math.max(...TRUE_PEAK_PHASES.map((taps) => taps.reduce((sum, t) => sum + Math.abs(t), 0)));
    expect(widest).toBeGreaterThan(2);
    expect(TRUE_PEAK_BOUND).toBeGreaterThanOrEqual(widest);
  });

  it('computes the same points as the direct 48-tap filter (folded form, ring form, zero padding)', () => {
    const x = noise(200, 7);
    const ring = new Float64Array(16);
    for (let end = 0; end < x.length; end++) {
      ring[end & 15] = x[end]!;
      const expected = directWindowPeak(x, end);
      if (end >= 11) expect(windowInterpolatedPeak(x, end)).toBeCloseTo(expected, 12);
      expect(paddedWindowInterpolatedPeak(x, end)).toBeCloseTo(expected, 12);
      expect(interpolatedPeak(ring, end)).toBeCloseTo(expected, 12);
    }
    expect(paddedWindowInterpolatedPeak(x, x.length + 5)).toBeCloseTo(directWindowPeak(x, x.length + 5), 12);
  });

  it('truePeakDbtp skips quiet blocks yet equals the exhaustive measurement', () => {
    const audio = createStereoAudio(44_100, 20_000);
    const hiss = noise(audio.left.length, 3);
    for (let i = 0; i < audio.left.length; i++) audio.left[i] = 0.01 * hiss[i]!;
    // Near-Nyquist bursts at each edge and in the right channel, a smooth 0.6 tone (no overshoot), and a
    // burst at 0.35 whose samples follow the widest phase's signs: its true peak (0.71) is the loudest
    // point although every sample of it is far below the tone's.
    const burst = noise(40, 11);
    audio.left.set(burst.map((v) => 0.3 * Math.sign(v)), 0);
    audio.left.set(burst.map((v) => 0.3 * Math.sign(v)), audio.left.length - 40);
    audio.right.set(burst.map((v, i) => (i % 2 ? 0.3 : -0.3) * (v > 0 ? 1 : 0.9)), 9_000);
    for (let i = 3000; i < 6000; i++) audio.left[i] = 0.6 * Math.sin((2 * Math.PI * (i - 3000)) / 3000);
    audio.left.set(TRUE_PEAK_PHASES[1]!.map((t) => 0.35 * Math.sign(t)).reverse(), 15_000);
    const expected = 20 * Math.log10(Math.max(directTruePeak(audio.left), directTruePeak(audio.right)));
    expect(truePeakDbtp(audio)).toBeCloseTo(expected, 9);
    expect(expected).toBeGreaterThan(20 * Math.log10(0.7));
  });
});
