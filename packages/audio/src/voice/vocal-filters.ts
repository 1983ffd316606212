import type { Biquad } from '../loudness/biquad.ts';

/** RBJ-cookbook peaking EQ: `gainDb` at `centerHz` with bandwidth set by `q`. */
export function peakingFilter(sampleRate: number, centerHz: number, gainDb: number, q: number): Biquad {
  const a = 10 ** (gainDb / 40);
  const w = (2 * Math.PI * centerHz) / sampleRate;
  const alpha = Math.sin(w) / (2 * q);
  const cos = Math.cos(w);
  const a0 = 1 + alpha / a;
  return {
    b0: (1 + alpha * a) / a0,
    b1: (-2 * cos) / a0,
    b2: (1 - alpha * a) / a0,
    a1: (-2 * cos) / a0,
    a2: (1 - alpha / a) / a0,
  };
}

/** RBJ-cookbook high shelf (slope 1): `gainDb` above about `cornerHz`. */
export function highShelfFilter(sampleRate: number, cornerHz: number, gainDb: number): Biquad {
  const a = 10 ** (gainDb / 40);
  const w = (2 * Math.PI * cornerHz) / sampleRate;
  const cos = Math.cos(w);
  const alpha = Math.sin(w) / Math.SQRT2;
  const s = 2 * Math.sqrt(a) * alpha;
  const a0 = a + 1 - (a - 1) * cos + s;
  return {
    b0: (a * (a + 1 + (a - 1) * cos + s)) / a0,
    b1: (-2 * a * (a - 1 + (a + 1) * cos)) / a0,
    b2: (a * (a + 1 + (a - 1) * cos - s)) / a0,
    a1: (2 * (a - 1 - (a + 1) * cos)) / a0,
    a2: (a + 1 - (a - 1) * cos - s) / a0,
  };
}

/** Magnitude response in dB of a biquad at `hz` (for tests and tuning). */
export function biquadGainDb(c: Biquad, sampleRate: number, hz: number): number {
  const w = (2 * Math.PI * hz) / sampleRate;
  const re = (b0: number, b1: number, b2: number): [number, number] => [
    b0 + b1 * Math.cos(w) + b2 * Math.cos(2 * w),
    -(b1 * Math.sin(w) + b2 * Math.sin(2 * w)),
  ];
  const [nr, ni] = re(c.b0, c.b1, c.b2);
  const [dr, di] = re(1, c.a1, c.a2);
  return 10 * Math.log10((nr * nr + ni * ni) / (dr * dr + di * di));
}
