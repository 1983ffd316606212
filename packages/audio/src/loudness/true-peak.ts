import type { StereoAudio } from '../stereo-audio.ts';
import { paddedWindowInterpolatedPeak, TRUE_PEAK_BOUND, TRUE_PEAK_TAPS, windowInterpolatedPeak } from './true-peak-filter.ts';

export { interpolatedPeak, TRUE_PEAK_PHASES, TRUE_PEAK_TAPS } from './true-peak-filter.ts';

/** Frames per block of the true-peak scan; at least TRUE_PEAK_TAPS - 1, so a window spans two blocks at most. */
export const TRUE_PEAK_SCAN_BLOCK = 16;

/** Largest |sample| over both channels of each block of `blockFrames` frames (the last block may be shorter). */
export function blockPeaks(left: Float32Array, right: Float32Array, blockFrames: number): Float32Array {
  const peaks = new Float32Array(Math.ceil(left.length / blockFrames));
  for (let b = 0, i = 0; b < peaks.length; b++) {
    let peak = 0;
    for (const end = Math.min(left.length, i + blockFrames); i < end; i++) {
      const value = Math.max(Math.abs(left[i]!), Math.abs(right[i]!));
      if (value > peak) peak = value;
    }
    peaks[b] = peak;
  }
  return peaks;
}

/**
 * Linear true peak of two channels: max of the samples and of their 4x-oversampled interpolation,
 * with zeros before and after (BS.1770-4 Annex 2). Starts from the sample peak and interpolates
 * only blocks whose samples are loud enough (by TRUE_PEAK_BOUND) to beat the peak found so far;
 * the result is the same as interpolating everywhere. `peaks` are the block peaks of the scan
 * (`blockPeaks(left, right, TRUE_PEAK_SCAN_BLOCK)`), for a caller that already has them.
 */
export function stereoTruePeak(left: Float32Array, right: Float32Array, peaks = blockPeaks(left, right, TRUE_PEAK_SCAN_BLOCK)): number {
  let peak = 0;
  for (let b = 0; b < peaks.length; b++) if (peaks[b]! > peak) peak = peaks[b]!;
  const lastEnd = left.length + TRUE_PEAK_TAPS - 2;
  for (let b = 0, start = 0; start <= lastEnd; b++, start += TRUE_PEAK_SCAN_BLOCK) {
    // Windows ending in block b read samples from blocks b - 1 and b only.
    const loudest = Math.max(b > 0 ? peaks[b - 1]! : 0, b < peaks.length ? peaks[b]! : 0);
    if (loudest * TRUE_PEAK_BOUND <= peak) continue;
    for (let end = start, stop = Math.min(start + TRUE_PEAK_SCAN_BLOCK, lastEnd + 1); end < stop; end++) {
      const interior = end >= TRUE_PEAK_TAPS - 1 && end < left.length;
      const l = interior ? windowInterpolatedPeak(left, end) : paddedWindowInterpolatedPeak(left, end);
      const r = interior ? windowInterpolatedPeak(right, end) : paddedWindowInterpolatedPeak(right, end);
      if (l > peak) peak = l;
      if (r > peak) peak = r;
    }
  }
  return peak;
}

/** True peak in dBTP (ITU-R BS.1770-4 Annex 2, 4x oversampling); -Infinity for silence. */
export function truePeakDbtp(audio: StereoAudio): number {
  return 20 * Math.log10(stereoTruePeak(audio.left, audio.right));
}
