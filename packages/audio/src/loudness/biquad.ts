/** Second-order IIR section coefficients, normalised so a0 = 1. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** Running state of one biquad on one channel (transposed direct form II). */
export class BiquadState {
  private z1 = 0;
  private z2 = 0;
  constructor(private readonly c: Biquad) {}

  /** Filters `input` into `output` (may be the same array). */
  process(input: Float32Array | Float64Array, output: Float32Array | Float64Array): void {
    const { b0, b1, b2, a1, a2 } = this.c;
    let z1 = this.z1;
    let z2 = this.z2;
    for (let i = 0; i < input.length; i++) {
      const x = input[i]!;
      const y = b0 * x + z1;
      z1 = b1 * x - a1 * y + z2;
      z2 = b2 * x - a2 * y;
      output[i] = y;
    }
    this.z1 = z1;
    this.z2 = z2;
  }
}

/**
 * The two stages of the BS.1770 K-weighting filter designed for any sample rate from their
 * analogue prototypes (high shelf +4 dB at 1682 Hz, then a 38 Hz high-pass), as libebur128 does;
 * at 48 kHz they reproduce the coefficients printed in BS.1770-4.
 */
export function kWeightingFilters(sampleRate: number): [Biquad, Biquad] {
  const shelfK = Math.tan((Math.PI * 1681.974450955533) / sampleRate);
  const shelfQ = 0.7071752369554196;
  const vh = 10 ** (3.999843853973347 / 20);
  const vb = vh ** 0.4996667741545416;
  const a0 = 1 + shelfK / shelfQ + shelfK * shelfK;
  const shelf: Biquad = {
    b0: (vh + (vb * shelfK) / shelfQ + shelfK * shelfK) / a0,
    b1: (2 * (shelfK * shelfK - vh)) / a0,
    b2: (vh - (vb * shelfK) / shelfQ + shelfK * shelfK) / a0,
    a1: (2 * (shelfK * shelfK - 1)) / a0,
    a2: (1 - shelfK / shelfQ + shelfK * shelfK) / a0,
  };
  const hpK = Math.tan((Math.PI * 38.13547087602444) / sampleRate);
  const hpQ = 0.5003270373238773;
  const hpA0 = 1 + hpK / hpQ + hpK * hpK;
  const highPass: Biquad = {
    b0: 1,
    b1: -2,
    b2: 1,
    a1: (2 * (hpK * hpK - 1)) / hpA0,
    a2: (1 - hpK / hpQ + hpK * hpK) / hpA0,
  };
  return [shelf, highPass];
}

/** Butterworth (Q = 1/sqrt 2) second-order high-pass at `cutoffHz` (bilinear transform). */
export function highPassFilter(sampleRate: number, cutoffHz: number, q = Math.SQRT1_2): Biquad {
  const w = (2 * Math.PI * cutoffHz) / sampleRate;
  const alpha = Math.sin(w) / (2 * q);
  const cos = Math.cos(w);
  const a0 = 1 + alpha;
  return {
    b0: (1 + cos) / 2 / a0,
    b1: -(1 + cos) / a0,
    b2: (1 + cos) / 2 / a0,
    a1: (-2 * cos) / a0,
    a2: (1 - alpha) / a0,
  };
}
