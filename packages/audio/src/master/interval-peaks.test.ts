import { describe, expect, it } from 'vitest';
import { noise } from '../loudness/noise.test-support.ts';
import { blockPeaks } from '../loudness/true-peak.ts';
import { paddedWindowInterpolatedPeak, TRUE_PEAK_PHASES } from '../loudness/true-peak-filter.ts';
import { createStereoAudio, type StereoAudio } from '../stereo-audio.ts';
import { ASSUMED_OVERSHOOT, blockIntervalPeaks, EXACT_OVERSHOOT } from './interval-peaks.ts';

const BLOCK = 16;

/** Quiet hiss with a few loud near-Nyquist bursts, including at both ends. */
function spiky(): StereoAudio {
  const audio = createStereoAudio(44_100, 3000);
  audio.left.set(noise(3000, 1).map((v) => 0.02 * v));
  audio.right.set(noise(3000, 2).map((v) => 0.02 * v));
  const burst = noise(24, 9).map((v) => 0.7 * Math.sign(v));
  audio.left.set(burst, 0);
  audio.right.set(burst, 1200);
  audio.left.set(burst.subarray(0, 10), 2990);
  // Samples at 0.35 following the widest phase's signs: a true peak of 0.71 between them.
  audio.right.set(TRUE_PEAK_PHASES[1]!.map((t) => 0.35 * Math.sign(t)).reverse(), 2000);
  return audio;
}

/** Peak of each block's intervals by brute force (window ending at i + 6 for interval i), edges folded in. */
function bruteForce(audio: StereoAudio): number[] {
  const frames = audio.left.length;
  const peaks: number[] = [];
  const at = (i: number): number => Math.max(
    i >= 0 && i < frames ? Math.max(Math.abs(audio.left[i]!), Math.abs(audio.right[i]!)) : 0,
    paddedWindowInterpolatedPeak(audio.left, i + 6), paddedWindowInterpolatedPeak(audio.right, i + 6),
  );
  for (let i = -6; i < frames + 5; i++) {
    const b = Math.min(Math.ceil(frames / BLOCK) - 1, Math.max(0, Math.floor(i / BLOCK)));
    peaks[b] = Math.max(peaks[b] ?? 0, at(i));
  }
  return peaks;
}

describe('blockIntervalPeaks', () => {
  const audio = spiky();
  const steps = blockPeaks(audio.left, audio.right, 4);
  const expected = bruteForce(audio);

  it('measures every block exactly with no threshold', () => {
    const envelope = blockIntervalPeaks(audio, steps, BLOCK, 0, EXACT_OVERSHOOT);
    expect(envelope.length).toBe(expected.length);
    expected.forEach((peak, b) => expect(envelope[b]).toBeCloseTo(peak, 6));
  });

  it('has a block whose true peak is far above its samples', () => {
    expect(expected[Math.floor(2005 / BLOCK)]!).toBeGreaterThan(0.7);
  });

  it.each([0.05, 0.3, 0.6])('with the exact bound, leaves only blocks that peak at or below %f unmeasured', (threshold) => {
    const envelope = blockIntervalPeaks(audio, steps, BLOCK, threshold, EXACT_OVERSHOOT);
    let skipped = 0;
    expected.forEach((peak, b) => {
      if (envelope[b] === 0) {
        skipped++;
        expect(peak).toBeLessThanOrEqual(threshold);
      } else expect(envelope[b]).toBeCloseTo(peak, 6);
    });
    expect(skipped).toBeGreaterThan(0);
  });

  it('with the assumed overshoot, still finds every block above the threshold in ordinary content', () => {
    const envelope = blockIntervalPeaks(audio, steps, BLOCK, 0.05, ASSUMED_OVERSHOOT);
    expected.forEach((peak, b) => {
      if (peak > 0.05) expect(envelope[b]).toBeCloseTo(peak, 6);
    });
  });
});
