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
  for (let i = 0; i < x.length; i++) {
    const pos = i - base - swing * Math.sin(w * i + v.phase);
    const k = Math.floor(pos);
    if (k < 0 || k + 1 >= x.length) continue;
    const f = pos - k;
    out[i] = (x[k] ?? 0) * (1 - f) + (x[k + 1] ?? 0) * f;
  }
  return out;
}
