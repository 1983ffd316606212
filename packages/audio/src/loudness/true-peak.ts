import type { StereoAudio } from '../stereo-audio.ts';

/** The 48-tap 4x interpolation filter of ITU-R BS.1770-4 Annex 2, as four 12-tap phases. */
export const TRUE_PEAK_PHASES: readonly (readonly number[])[] = [
  [0.001708984375, 0.010986328125, -0.0196533203125, 0.033203125, -0.0594482421875, 0.1373291015625, 0.97216796875, -0.102294921875, 0.0476074218750, -0.0266113281250, 0.0148925781250, -0.00830078125],
  [-0.0291748046875, 0.029296875, -0.0517578125, 0.089111328125, -0.16650390625, 0.465087890625, 0.77978515625, -0.2003173828125, 0.1015625, -0.0582275390625, 0.0330810546875, -0.0189208984375],
  [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625, -0.2003173828125, 0.77978515625, 0.465087890625, -0.16650390625, 0.089111328125, -0.0517578125, 0.029296875, -0.0291748046875],
  [-0.00830078125, 0.0148925781250, -0.0266113281250, 0.0476074218750, -0.102294921875, 0.97216796875, 0.1373291015625, -0.0594482421875, 0.033203125, -0.0196533203125, 0.010986328125, 0.001708984375],
];
/** Taps per phase; the interpolated values at input index n lie between samples n - 6 and n - 5. */
export const TRUE_PEAK_TAPS = 12;
const FLAT = Float64Array.from(TRUE_PEAK_PHASES.flat());

/**
 * Largest absolute value among the 4x-oversampled points computed from the last 12 samples of a
 * ring buffer (`ring[(head - j) & 15]` is the sample j steps back).
 */
export function interpolatedPeak(ring: Float64Array, head: number): number {
  let peak = 0;
  for (let phase = 0; phase < 4; phase++) {
    let sum = 0;
    const base = phase * TRUE_PEAK_TAPS;
    for (let j = 0; j < TRUE_PEAK_TAPS; j++) sum += FLAT[base + j]! * ring[(head - j) & 15]!;
    const value = Math.abs(sum);
    if (value > peak) peak = value;
  }
  return peak;
}

/** Linear true peak of one channel: max of the samples and of their 4x-oversampled interpolation. */
export function channelTruePeak(samples: Float32Array): number {
  const ring = new Float64Array(16);
  let peak = 0;
  for (let n = 0; n < samples.length + TRUE_PEAK_TAPS; n++) {
    const x = n < samples.length ? samples[n]! : 0;
    ring[n & 15] = x;
    const sample = Math.abs(x);
    if (sample > peak) peak = sample;
    const interpolated = interpolatedPeak(ring, n);
    if (interpolated > peak) peak = interpolated;
  }
  return peak;
}

/** True peak in dBTP (ITU-R BS.1770-4 Annex 2, 4x oversampling); -Infinity for silence. */
export function truePeakDbtp(audio: StereoAudio): number {
  return 20 * Math.log10(Math.max(channelTruePeak(audio.left), channelTruePeak(audio.right)));
}
