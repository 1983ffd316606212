import { describe, expect, it } from 'vitest';
import { fftInPlace } from './band-spectrum.ts';

function dft(re: Float64Array, im: Float64Array): [Float64Array, Float64Array] {
  const n = re.length;
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    for (let t = 0; t < n; t++) {
      const a = (-2 * Math.PI * k * t) / n;
      outRe[k] = outRe[k]! + re[t]! * Math.cos(a) - im[t]! * Math.sin(a);
      outIm[k] = outIm[k]! + re[t]! * Math.sin(a) + im[t]! * Math.cos(a);
    }
  }
  return [outRe, outIm];
}

describe('fftInPlace', () => {
  it.each([8, 64, 512])('equals the direct DFT of a complex signal of %i samples, twiddles reused across calls', (n) => {
    for (let run = 0; run < 2; run++) {
      const re = Float64Array.from({ length: n }, (_, i) => Math.sin(0.37 * i + run) + ((i * 7) % 5) * 0.1);
      const im = Float64Array.from({ length: n }, (_, i) => Math.cos(0.11 * i * (run + 1)));
      const [wantRe, wantIm] = dft(re, im);
      fftInPlace(re, im);
      for (let k = 0; k < n; k++) {
        expect(re[k]).toBeCloseTo(wantRe[k]!, 8);
        expect(im[k]).toBeCloseTo(wantIm[k]!, 8);
      }
    }
  });
});
