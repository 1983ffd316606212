import { fftInPlace as fft } from '../voice/band-spectrum.ts';

export { fft };

/**
 * Power spectra of Hann-windowed mono frames (left + right) / 2 of `size` samples every `hop`
 * samples: one Float64Array of size / 2 + 1 bins per frame.
 */
export function powerSpectra(left: Float32Array, right: Float32Array, size: number, hop: number): Float64Array[] {
  const window = Float64Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size));
  const frames: Float64Array[] = [];
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let start = 0; start + size <= left.length; start += hop) {
    for (let i = 0; i < size; i++) {
      re[i] = ((left[start + i]! + right[start + i]!) / 2) * window[i]!;
      im[i] = 0;
    }
    fft(re, im);
    const power = new Float64Array(size / 2 + 1);
    for (let k = 0; k <= size / 2; k++) power[k] = re[k]! * re[k]! + im[k]! * im[k]!;
    frames.push(power);
  }
  return frames;
}
