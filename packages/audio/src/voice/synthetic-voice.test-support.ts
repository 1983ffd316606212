/** Synthetic test signals for the voice DSP: tones and a formant-filtered pulse train. */

/** A sine of `hz` for `seconds`. */
export function sine(hz: number, seconds: number, sampleRate: number, amplitude = 0.5): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate);
  return out;
}

/** Sum of harmonics of `hz`; `amplitudes[k]` is harmonic k + 1 (0 leaves it out). */
export function harmonics(hz: number, amplitudes: readonly number[], seconds: number, sampleRate: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  amplitudes.forEach((a, k) => {
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + a * Math.sin((2 * Math.PI * hz * (k + 1) * i) / sampleRate + k);
  });
  return out;
}

/** A resonance of a source-filter vowel. */
export interface Formant {
  hz: number;
  bandwidthHz: number;
}

/**
 * A vowel-like signal, exactly periodic: every harmonic of `f0` below Nyquist with the
 * magnitude of parallel two-pole resonances (one per formant) over a −12 dB/octave source, as in
 * espeak's formant synthesis.
 */
export function formantVowel(f0: number, formants: readonly Formant[], seconds: number, sampleRate: number): Float32Array {
  const n = Math.round(seconds * sampleRate);
  const out = new Float32Array(n);
  for (let k = 1; k * f0 < sampleRate / 2 - 200; k++) {
    const hz = k * f0;
    const gain = formants.reduce((sum, f) => sum + resonance(hz, f), 0) / k;
    const w = (2 * Math.PI * hz) / sampleRate;
    for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + gain * Math.cos(w * i + 0.3 * k * k);
  }
  const peak = out.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return out.map((v) => (0.5 * v) / peak);
}

/** Magnitude of a resonance (normalised to 1 at its centre) at `hz`. */
function resonance(hz: number, f: Formant): number {
  const x = (hz - f.hz) / (f.bandwidthHz / 2);
  return 1 / Math.sqrt(1 + x * x);
}

/** Concatenates signals. */
export function concat(...parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Root mean square of `x` (optionally of `x[from, to)`). */
export function rms(x: Float32Array, from = 0, to = x.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += (x[i] ?? 0) ** 2;
  return Math.sqrt(s / Math.max(1, to - from));
}

/** Median of the voiced frames' f0 in `[fromS, toS]`, or null. */
export function medianHz(frames: ReadonlyArray<{ timeS: number; hz: number | null }>, fromS: number, toS: number): number | null {
  const hz = frames.filter((f) => f.timeS >= fromS && f.timeS <= toS && f.hz !== null).map((f) => f.hz ?? 0);
  hz.sort((a, b) => a - b);
  return hz[Math.floor(hz.length / 2)] ?? null;
}

/** Deterministic white noise in [-amplitude, amplitude) (a 32-bit LCG; tests only). */
export function noise(length: number, amplitude: number, seed = 1): Float32Array {
  const out = new Float32Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = amplitude * (2 * (s / 2 ** 32) - 1);
  }
  return out;
}

/** Element-wise sum of equally long signals. */
export function mix(a: Float32Array, b: Float32Array): Float32Array {
  return a.map((v, i) => v + (b[i] ?? 0));
}
