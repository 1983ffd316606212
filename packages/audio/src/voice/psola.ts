import type { PitchMarks } from './pitch-marks.ts';

/** One output grain: where it goes, which source time it shows, and its gain. */
export interface GrainPlan {
  /** Output sample of the grain's centre. */
  at: number;
  /** Source sample whose nearest analysis mark is copied. */
  source: number;
  gain: number;
}

/**
 * Time-domain PSOLA: for each planned grain, the source's two-period Hann-windowed grain around
 * the analysis mark nearest `source` is added at `at`. Spacing the grains by the wanted period
 * sets the pitch while each grain's spectral envelope (the formants) stays where it was; which
 * source time each grain shows sets the timing (a held vowel shows its steady part slowly,
 * consonants pass at their own pace). Each grain is scaled by its hop over the analysis period
 * so the overlap-add keeps the source's level whatever the pitch.
 */
export function overlapAddGrains(source: Float32Array, marks: PitchMarks, periodSamples: number, grains: readonly GrainPlan[], length: number): Float32Array {
  const out = new Float32Array(length);
  const half = Math.max(2, periodSamples);
  let markIndex = 0;
  for (let g = 0; g < grains.length; g++) {
    const grain = grains[g]!;
    const before = grains[g - 1]?.at ?? grain.at - periodSamples;
    const after = grains[g + 1]?.at ?? grain.at + periodSamples;
    const hop = Math.max(1, Math.min(periodSamples, (after - before) / 2));
    markIndex = nearestMark(marks.at, grain.source, markIndex);
    // Between two marks the grain is a blend of both, so a slowly read vowel changes smoothly.
    const lower = (marks.at[markIndex] ?? 0) <= grain.source ? markIndex : Math.max(0, markIndex - 1);
    const upper = Math.min(marks.at.length - 1, lower + 1);
    const a = marks.at[lower] ?? grain.source;
    const b = marks.at[upper] ?? a;
    const blend = b > a ? Math.min(1, Math.max(0, (grain.source - a) / (b - a))) : 0;
    const scale = (grain.gain * hop) / periodSamples;
    addGrain(out, source, grain.at, a, half, scale * (1 - blend));
    if (blend > 0) addGrain(out, source, grain.at, b, half, scale * blend);
  }
  return out;
}

/** Adds the Hann-windowed two-period grain around source position `mark`, centred at output position `at` (both fractional). */
function addGrain(out: Float32Array, source: Float32Array, at: number, mark: number, half: number, scale: number): void {
  // Grains land at fractional positions: rounding them to whole samples would jitter the
  // period by up to a sample, an audible roughness at high pitches.
  const from = Math.max(0, Math.ceil(at - half));
  const to = Math.min(out.length - 1, Math.floor(at + half));
  for (let o = from; o <= to; o++) {
    const u = o - at;
    const p = mark + u;
    const i = Math.floor(p);
    if (i < 0 || i + 1 >= source.length) continue;
    const f = p - i;
    const w = 0.5 + 0.5 * Math.cos((Math.PI * u) / half);
    out[o] = out[o]! + scale * w * (source[i]! * (1 - f) + source[i + 1]! * f);
  }
}

/** Index of the mark nearest `t`, searching from `hint` (grains mostly move forward). */
export function nearestMark(marks: Float64Array, t: number, hint: number): number {
  let i = Math.max(0, Math.min(marks.length - 1, hint));
  while (i > 0 && (marks[i] ?? 0) > t) i--;
  while (i + 1 < marks.length && Math.abs((marks[i + 1] ?? 0) - t) <= Math.abs((marks[i] ?? 0) - t)) i++;
  return i;
}
