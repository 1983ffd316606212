import type { StereoAudio } from '../stereo-audio.ts';

/**
 * Trailing sliding minimum, in place: `values[k]` becomes min(values[max(0, k - window + 1) .. k]).
 * Van Herk / Gil-Werman: minima from the start and from the end of each block of `window` values;
 * any window spans at most two blocks. Three linear passes, no queue.
 */
export function trailingMinInPlace(values: Float32Array, window: number): void {
  const n = values.length;
  const fromEnd = new Float32Array(n);
  for (let start = 0; start < n; start += window) {
    const end = Math.min(n, start + window);
    let min = values[end - 1]!;
    for (let k = end - 1; k >= start; k--) {
      if (values[k]! < min) min = values[k]!;
      fromEnd[k] = min;
    }
    min = values[start]!;
    for (let k = start; k < end; k++) {
      if (values[k]! < min) min = values[k]!;
      values[k] = min;
    }
  }
  for (let k = n - 1; k >= window; k--) {
    const head = fromEnd[k - window + 1]!;
    if (head < values[k]!) values[k] = head;
  }
}

/** Options of {@link limiterGainCurve}. */
export interface LimiterGainOptions {
  /** Look-ahead in steps: the attack ramp and the hold both last this long. */
  window: number;
  /** Per-step release coefficient of the one-pole return towards unity gain. */
  releaseCoef: number;
}

/**
 * Gain per step of a look-ahead peak limiter, given the gain each step requires (<= 1). Each
 * requirement is first widened to its two neighbours (so that interpolating between steps stays
 * under it, see {@link applyBlockGains}); the trailing minimum over the window holds it for
 * `window` steps, an exponential release returns it towards 1, and a moving average over the next
 * `window` steps turns the step into a ramp that starts `window` steps before the peak. Every value
 * the average reads at step p, p - 1 or p + 1 is at most required[p], so neither is the gain.
 */
export function limiterGainCurve(required: Float32Array, options: LimiterGainOptions): Float32Array {
  const steps = required.length;
  const { window, releaseCoef } = options;
  const held = new Float32Array(steps + window).fill(1);
  for (let k = 0; k <= steps; k++) held[k] = Math.min(required[k - 1] ?? 1, required[k] ?? 1, required[k + 1] ?? 1);
  trailingMinInPlace(held, window);
  const sums = new Float64Array(held.length + 1);
  let released = 1;
  for (let k = 0; k < held.length; k++) {
    const h = held[k]!;
    released = h < released ? h : h + (released - h) * releaseCoef;
    sums[k + 1] = sums[k]! + released;
  }
  const gain = new Float32Array(steps);
  for (let i = 0; i < steps; i++) gain[i] = Math.min(1, (sums[i + window]! - sums[i]!) / window);
  return gain;
}

/**
 * Returns `audio * scale * gain`, where the gain per frame comes from one gain per block of
 * `blockFrames` frames: linear between block centres, flat before the first and after the last.
 * Each frame's gain is a mix of its own block's gain and a neighbour's, so it is at most the larger
 * of the two.
 */
export function applyBlockGains(audio: StereoAudio, blockGains: Float32Array, blockFrames: number, scale: number): StereoAudio {
  const { left, right } = audio;
  const frames = left.length;
  const outLeft = new Float32Array(frames);
  const outRight = new Float32Array(frames);
  const blocks = blockGains.length;
  const centre = (blockFrames - 1) / 2;
  let i = 0;
  // Frames from the centre of block b to the centre of block b + 1 (b = -1: before the first centre).
  for (let b = -1; b < blocks; b++) {
    const from = scale * blockGains[Math.max(0, b)]!;
    const to = b + 1 < blocks ? scale * blockGains[b + 1]! : from;
    const stop = b + 1 < blocks ? Math.min(frames, Math.ceil((b + 1) * blockFrames + centre)) : frames;
    const slope = (to - from) / blockFrames;
    const origin = b * blockFrames + centre;
    for (; i < stop; i++) {
      const gain = from + slope * (i - origin);
      outLeft[i] = left[i]! * gain;
      outRight[i] = right[i]! * gain;
    }
  }
  return { sampleRate: audio.sampleRate, left: outLeft, right: outRight };
}
