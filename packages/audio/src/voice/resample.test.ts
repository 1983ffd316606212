import { describe, expect, it } from 'vitest';
import { resample } from './resample.ts';
import { rms, sine } from './synthetic-voice.test-support.ts';

/** Frequency of a clean sine from its upward zero crossings (interpolated) over the middle of `x`. */
function sineFrequency(x: Float32Array, sr: number): number {
  const crossings: number[] = [];
  for (let i = Math.floor(x.length / 10); i < Math.floor((9 * x.length) / 10); i++) {
    const a = x[i] ?? 0, b = x[i + 1] ?? 0;
    if (a < 0 && b >= 0) crossings.push(i + a / (a - b));
  }
  const first = crossings[0] ?? 0;
  const last = crossings.at(-1) ?? 0;
  return ((crossings.length - 1) * sr) / (last - first);
}

describe('resample', () => {
  it('keeps frequency and level of sines, up and down, on both resampling paths', () => {
    // 30011 Hz shares no factor with 44100: that pair takes the interpolated-kernel path.
    for (const [from, to] of [[22050, 44100], [44100, 22050], [22050, 48000], [44100, 30011]] as const) {
      for (const hz of [110, 440, 3000, 8000]) {
        const x = sine(hz, 0.5, from, 0.5);
        const y = resample(x, from, to);
        expect(y.length).toBe(Math.round((x.length * to) / from));
        expect(Math.abs(sineFrequency(y, to) / hz - 1)).toBeLessThan(1e-4);
        const middle = (z: Float32Array): number => rms(z, Math.floor(z.length / 10), Math.floor((9 * z.length) / 10));
        const level = 20 * Math.log10(middle(y) / middle(x));
        expect(Math.abs(level)).toBeLessThan(0.1);
      }
    }
  });

  it('removes content above the new Nyquist frequency when going down', () => {
    const x = sine(15000, 0.3, 44100, 0.5);
    const y = resample(x, 44100, 22050);
    expect(20 * Math.log10(rms(y, 1000, y.length - 1000) / rms(x))).toBeLessThan(-40);
  });

  it('copies when the rates are equal', () => {
    const x = sine(440, 0.1, 44100);
    const y = resample(x, 44100, 44100);
    expect(y).toEqual(x);
    expect(y).not.toBe(x);
  });
});
