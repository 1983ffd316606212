import { paddedWindowInterpolatedPeak, TRUE_PEAK_BOUND, TRUE_PEAK_TAPS, windowInterpolatedPeak } from '../loudness/true-peak-filter.ts';
import type { StereoAudio } from '../stereo-audio.ts';

/** The window whose interpolated points lie between frames i and i + 1 ends at frame i + this. */
const CENTRE = TRUE_PEAK_TAPS / 2;

/**
 * How far above the loudest nearby sample the detector assumes the true peak can go when deciding
 * which steps to interpolate (4 dB). Music rarely overshoots its samples by even 1 dB; only
 * contrived near-Nyquist content goes further, up to TRUE_PEAK_BOUND (6.2 dB), and the master
 * measures its result and reruns with the exact bound in that case (see limitAndVerify).
 */
export const ASSUMED_OVERSHOOT = 10 ** (4 / 20);

/** The proven bound: with it, skipped blocks are certainly below the threshold. */
export const EXACT_OVERSHOOT = TRUE_PEAK_BOUND;

/** Peak of intervals start .. stop - 1 (|sample i| and the 4x points between frames i and i + 1, both channels). */
function intervalsPeak(audio: StereoAudio, start: number, stop: number): number {
  const { left, right } = audio;
  let peak = 0;
  for (let i = start; i < stop; i++) {
    const end = i + CENTRE;
    const interior = end >= TRUE_PEAK_TAPS - 1 && end < left.length;
    const l = interior ? windowInterpolatedPeak(left, end) : paddedWindowInterpolatedPeak(left, end);
    const r = interior ? windowInterpolatedPeak(right, end) : paddedWindowInterpolatedPeak(right, end);
    const sample = Math.max(Math.abs(left[i]!), Math.abs(right[i]!));
    peak = Math.max(peak, l, r, sample);
  }
  return peak;
}

/** Interpolated peak of the zero-padded windows ending at `firstEnd` .. `lastEnd` (before the start or after the end). */
function paddedPeak(audio: StereoAudio, firstEnd: number, lastEnd: number): number {
  let peak = 0;
  for (let end = firstEnd; end <= lastEnd; end++) {
    peak = Math.max(peak, paddedWindowInterpolatedPeak(audio.left, end), paddedWindowInterpolatedPeak(audio.right, end));
  }
  return peak;
}

/** Detection works in steps of 2^2 = 4 frames: the caller gives the sample peak of each step. */
export const DETECTION_STEP_SHIFT = 2;
const STEP = 1 << DETECTION_STEP_SHIFT;

/**
 * The true-peak envelope a limiter needs, per block of `blockFrames` frames (a multiple of 4): the
 * peak of the block's intervals, where interval i is |sample i| and the 4x-oversampled points
 * between frames i and i + 1, both channels. The zero-padded intervals before the start and after
 * the end, which a true-peak meter also reads, count in the first and last blocks. `stepPeaks` is
 * the largest |sample| of both channels per step of 4 frames. Only peaks above `threshold` matter
 * to the caller, so a step's intervals are computed only near a step whose sample peak times
 * `overshoot` exceeds the threshold; with {@link EXACT_OVERSHOOT} every block left below the
 * threshold certainly peaks at or below it.
 */
export function blockIntervalPeaks(
  audio: StereoAudio, stepPeaks: Float32Array, blockFrames: number, threshold: number, overshoot: number,
): Float32Array {
  const frames = audio.left.length;
  const envelope = new Float32Array(Math.ceil(frames / blockFrames));
  const quiet = threshold / overshoot;
  const last = stepPeaks.length - 1;
  let next = 0;
  for (let loud = 0; loud <= last; loud++) {
    if (stepPeaks[loud]! <= quiet) continue;
    // Intervals 4q .. 4q + 3 read frames 4q - 5 .. 4q + 9, so steps q - 2 .. q + 2 read this one.
    for (let q = Math.max(next, loud - 2), end = Math.min(last, loud + 2); q <= end; q++) {
      const peak = intervalsPeak(audio, q * STEP, Math.min(frames, (q + 1) * STEP));
      const b = Math.floor((q * STEP) / blockFrames);
      if (peak > envelope[b]!) envelope[b] = peak;
    }
    next = Math.max(next, loud + 3);
  }
  if (envelope.length > 0) {
    const lastBlock = envelope.length - 1;
    envelope[0] = Math.max(envelope[0]!, paddedPeak(audio, 0, CENTRE - 1));
    envelope[lastBlock] = Math.max(envelope[lastBlock]!, paddedPeak(audio, frames + CENTRE, frames + TRUE_PEAK_TAPS - 2));
  }
  return envelope;
}
