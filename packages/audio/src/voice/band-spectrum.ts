/** Frame length of {@link bandSpectrum} in samples (a power of two). */
export const SPECTRUM_SIZE = 512;

/**
 * Spectral shape of one frame: energies in `bandCount` log-spaced bands from `loHz` to `hiHz`
 * (Hann window, 512-point FFT), in dB relative to the frame's mean band energy, so that two
 * frames compare by shape and not by level.
 */
export function bandSpectrum(x: Float32Array, start: number, sampleRate: number, bandCount = 16, loHz = 150, hiHz = 5000): Float64Array {
  const n = SPECTRUM_SIZE;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) re[i] = (x[start + i] ?? 0) * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
  fftInPlace(re, im);
  const bands = new Float64Array(bandCount);
  for (let b = 0; b < bandCount; b++) {
    const from = Math.floor((loHz * (hiHz / loHz) ** (b / bandCount) * n) / sampleRate);
    const to = Math.max(from + 1, Math.floor((loHz * (hiHz / loHz) ** ((b + 1) / bandCount) * n) / sampleRate));
    let e = 1e-12;
    for (let k = from; k < to && k < n / 2; k++) e += (re[k] ?? 0) ** 2 + (im[k] ?? 0) ** 2;
    bands[b] = 10 * Math.log10(e);
  }
  const mean = bands.reduce((s, v) => s + v, 0) / bandCount;
  return bands.map((v) => v - mean);
}

/** Mean absolute difference in dB between two band spectra. */
export function spectralDistance(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / Math.max(1, a.length);
}

/** Twiddle factors per FFT size: for each stage of length `len`, cos and sin of -2πk/len. */
const twiddles = new Map<number, { cos: Float64Array; sin: Float64Array }>();

function twiddlesFor(n: number): { cos: Float64Array; sin: Float64Array } {
  let t = twiddles.get(n);
  if (t !== undefined) return t;
  t = { cos: new Float64Array(n), sin: new Float64Array(n) };
  for (let len = 2; len <= n; len <<= 1) {
    const angle = (-2 * Math.PI) / len;
    for (let k = 0; k < len / 2; k++) {
      t.cos[len / 2 + k] = Math.cos(angle * k);
      t.sin[len / 2 + k] = Math.sin(angle * k);
    }
  }
  twiddles.set(n, t);
  return t;
}

/** Iterative radix-2 FFT; `re.length` must be a power of two. */
export function fftInPlace(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const r = re[i]!;
      re[i] = re[j]!;
      re[j] = r;
      const m = im[i]!;
      im[i] = im[j]!;
      im[j] = m;
    }
  }
  const { cos, sin } = twiddlesFor(n);
  for (let len = 2; len <= n; len <<= 1) {
    const half = len / 2;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < half; k++) {
        const wr = cos[half + k]!;
        const wi = sin[half + k]!;
        const a = i + k;
        const b = a + half;
        const xr = re[b]! * wr - im[b]! * wi;
        const xi = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a] = re[a]! + xr;
        im[a] = im[a]! + xi;
      }
    }
  }
}
