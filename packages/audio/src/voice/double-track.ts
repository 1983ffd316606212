/** One copy of a double-tracked voice: how late it is and how its pitch drifts. */
export interface DoubleTrackVoice {
  /** Mean delay behind the original. */
  delayS: number;
  /** Peak pitch deviation in cents of the slow drift (the "detune"). */
  detuneCents: number;
  /** Rate of the drift. */
  rateHz: number;
  /** Start phase of the drift in radians (give each copy its own). */
  phase: number;
}

/** Samples between exact sine evaluations of the delay swing. */
const ROTATION_BLOCK = 4096;

/**
 * A delayed copy of `x` whose delay swings slowly, so its pitch drifts by ±`detuneCents` around
 * the original without the timing ever running away (a constant detune would drift out of time
 * over a whole song). Linear interpolation; returns a buffer as long as the input.
 */
export function doubleTrack(x: Float32Array, sampleRate: number, v: DoubleTrackVoice): Float32Array {
  const ratioDeviation = 2 ** (v.detuneCents / 1200) - 1;
  const swing = (ratioDeviation * sampleRate) / (2 * Math.PI * v.rateHz);
  const base = v.delayS * sampleRate;
  const w = (2 * Math.PI * v.rateHz) / sampleRate;
  const out = new Float32Array(x.length);
  // sin(w i + phase) by rotation, re-anchored every block so rounding cannot accumulate.
  const stepCos = Math.cos(w);
  const stepSin = Math.sin(w);
  for (let block = 0; block < x.length; block += ROTATION_BLOCK) {
    let sin = Math.sin(w * block + v.phase);
    let cos = Math.cos(w * block + v.phase);
    const end = Math.min(x.length, block + ROTATION_BLOCK);
    for (let i = block; i < end; i++) {
      const pos = i - base - swing * sin;
      const nextSin = sin * stepCos + cos * stepSin;
      cos = cos * stepCos - sin * stepSin;
      sin = nextSin;
      const k = Math.floor(pos);
      if (k < 0 || k + 1 >= x.length) continue;
      const f = pos - k;
      out[i] = x[k]! * (1 - f) + x[k + 1]! * f;
    }
  }
  return out;
}
