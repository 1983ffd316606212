import { fftInPlace } from './band-spectrum.ts';

const FRAME = 512;
const BANDS = 20;
const LO_HZ = 100;
const HI_HZ = 8000;
/** Weight of a frame's level (dB) against its spectral shape (dB per band) in the frame distance. */
const LEVEL_WEIGHT = 0.5;
/** How far, as a share of the longer render, the path may stray from the diagonal. */
const BAND_SHARE = 0.3;

/**
 * Aligns two renders of the same phonemes by dynamic time warping over 10 ms frames of log band
 * energies: `reference` (syllables spoken one by one, whose boundaries are known) against
 * `target` (the phrase spoken connected). Returns a function that maps a reference sample to
 * the target sample it corresponds to, monotone, linear between frame centres.
 */
export function alignRenders(reference: Float32Array, target: Float32Array, sampleRate: number): (referenceSample: number) => number {
  const hop = Math.round(0.01 * sampleRate);
  const a = frameFeatures(reference, sampleRate, hop);
  const b = frameFeatures(target, sampleRate, hop);
  const path = warpPath(a, b);
  const matched = new Float64Array(a.length);
  const counts = new Float64Array(a.length);
  for (const [i, j] of path) {
    matched[i] = matched[i]! + j;
    counts[i] = counts[i]! + 1;
  }
  for (let i = 0; i < a.length; i++) matched[i] = matched[i]! / Math.max(1, counts[i]!);
  return (sample) => {
    const f = Math.max(0, Math.min(a.length - 1, sample / hop - 0.5));
    const i = Math.floor(f);
    const frac = f - i;
    const j = (matched[i] ?? 0) * (1 - frac) + (matched[Math.min(a.length - 1, i + 1)] ?? 0) * frac;
    return Math.max(0, Math.min(target.length, (j + 0.5) * hop + (sample - (f + 0.5) * hop)));
  };
}

function frameFeatures(x: Float32Array, sampleRate: number, hop: number): Float64Array[] {
  const frames = Math.max(1, Math.ceil(x.length / hop));
  const edges = Array.from({ length: BANDS + 1 }, (_, b) => Math.round((LO_HZ * (HI_HZ / LO_HZ) ** (b / BANDS) * FRAME) / sampleRate));
  const window = Float64Array.from({ length: FRAME }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / FRAME));
  const re = new Float64Array(FRAME);
  const im = new Float64Array(FRAME);
  const power = [new Float64Array(FRAME / 2 + 1), new Float64Array(FRAME / 2 + 1)] as const;
  const out: Float64Array[] = [];
  // Two real frames per complex FFT: frame f in the real part, frame f + 1 in the imaginary part.
  for (let f = 0; f < frames; f += 2) {
    const s0 = f * hop + Math.round(hop / 2) - FRAME / 2;
    const s1 = s0 + hop;
    const second = f + 1 < frames;
    for (let i = 0; i < FRAME; i++) {
      re[i] = (x[s0 + i] ?? 0) * window[i]!;
      im[i] = second ? (x[s1 + i] ?? 0) * window[i]! : 0;
    }
    fftInPlace(re, im);
    for (let k = 0; k <= FRAME / 2; k++) {
      const j = (FRAME - k) % FRAME;
      const ar = (re[k]! + re[j]!) / 2;
      const ai = (im[k]! - im[j]!) / 2;
      const br = (im[k]! + im[j]!) / 2;
      const bi = (re[j]! - re[k]!) / 2;
      power[0][k] = ar * ar + ai * ai;
      power[1][k] = br * br + bi * bi;
    }
    out.push(bandFeatures(power[0], edges));
    if (second) out.push(bandFeatures(power[1], edges));
  }
  return out;
}

/** Band levels (dB) relative to their mean, then the frame's level. */
function bandFeatures(power: Float64Array, edges: readonly number[]): Float64Array {
  const v = new Float64Array(BANDS + 1);
  let total = 0;
  for (let b = 0; b < BANDS; b++) {
    let e = 1e-9;
    for (let k = edges[b]!; k < Math.max(edges[b]! + 1, edges[b + 1]!); k++) e += power[k]!;
    v[b] = 10 * Math.log10(e);
    total += e;
  }
  const level = 10 * Math.log10(total);
  let mean = 0;
  for (let b = 0; b < BANDS; b++) mean += v[b]!;
  mean /= BANDS;
  for (let b = 0; b < BANDS; b++) v[b] = v[b]! - mean;
  v[BANDS] = level;
  return v;
}

function distance(p: Float64Array, q: Float64Array): number {
  let sum = 0;
  for (let b = 0; b < BANDS; b++) sum += Math.abs(p[b]! - q[b]!);
  // Silence has no shape: below -60 dB only the level difference counts.
  const quiet = Math.max(p[BANDS]!, q[BANDS]!) < -60;
  return (quiet ? 0 : sum / BANDS) + LEVEL_WEIGHT * Math.abs(p[BANDS]! - q[BANDS]!);
}

/** The minimal-cost monotone path from (0, 0) to (n-1, m-1), within a band around the diagonal. */
function warpPath(a: Float64Array[], b: Float64Array[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const band = Math.max(4, Math.ceil(BAND_SHARE * Math.max(n, m)));
  const cost = new Float64Array(n * m).fill(Infinity);
  const from = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) {
    const centre = Math.round((i * (m - 1)) / Math.max(1, n - 1));
    const lo = Math.max(0, centre - band);
    const hi = Math.min(m - 1, centre + band);
    for (let j = lo; j <= hi; j++) {
      const d = distance(a[i]!, b[j]!);
      if (i === 0 && j === 0) {
        cost[0] = d;
        continue;
      }
      const diag = i > 0 && j > 0 ? cost[(i - 1) * m + j - 1]! : Infinity;
      const up = i > 0 ? cost[(i - 1) * m + j]! : Infinity;
      const left = j > 0 ? cost[i * m + j - 1]! : Infinity;
      let best = diag;
      let step = 0;
      if (up < best) {
        best = up;
        step = 1;
      }
      if (left < best) {
        best = left;
        step = 2;
      }
      cost[i * m + j] = best + d * (step === 0 ? 2 : 1);
      from[i * m + j] = step;
    }
  }
  const path: Array<[number, number]> = [];
  let i = n - 1;
  let j = m - 1;
  while (i > 0 || j > 0) {
    path.push([i, j]);
    const step = from[i * m + j];
    if (step === 0) {
      i--;
      j--;
    } else if (step === 1) i--;
    else j--;
    if (i < 0 || j < 0) break;
  }
  path.push([0, 0]);
  return path.reverse();
}
