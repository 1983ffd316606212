import { pc } from '../compose/theory/scale.ts';
import type { PitchRange } from '../compose/theory/voicing.ts';

/** A melody that leaves the range by at most this many semitones may be flattened at the edge rather than moved an octave. */
export const MELODY_FLATTEN_SEMITONES = 3;

/** How a phrase may be kept in range. */
export interface KeepInRangeOptions {
  /** Semitones a note may stick out and still be flattened to the edge (default 0: the phrase moves by octaves first). */
  flatten?: number;
  /** Last pitch sung before the phrase (or where it should sit): among the octaves that fit, the nearest to it wins. */
  previous?: number;
}

const outside = (p: number, range: PitchRange): number => Math.max(0, p - range.high) + Math.max(0, range.low - p);

/** The pitch inside the range nearest to `pitch` whose pitch class is allowed (the nearest edge when none is). */
export function nearestInRange(pitch: number, range: PitchRange, allowed: readonly number[]): number {
  let best = Math.min(range.high, Math.max(range.low, pitch));
  let bestDistance = Infinity;
  for (let candidate = range.low; candidate <= range.high; candidate++) {
    if (!allowed.includes(pc(candidate))) continue;
    const distance = Math.abs(candidate - pitch);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function shiftCost(pitches: readonly number[], range: PitchRange, options: KeepInRangeOptions): number {
  const flatten = options.flatten ?? 0;
  const worst = Math.max(0, ...pitches.map((p) => outside(p, range)));
  const total = pitches.reduce((sum, p) => sum + outside(p, range) + (outside(p, range) > 0 ? 1 : 0), 0);
  const leap = options.previous === undefined || pitches[0] === undefined ? 0 : Math.abs(pitches[0] - options.previous);
  return (worst > flatten ? 1000 : 0) + total + 0.5 * leap;
}

/**
 * Keeps a phrase inside a range without changing its shape more than needed: it moves by the
 * octave (if any) that keeps every note within `flatten` semitones of the range, preferring fewer
 * notes and semitones outside and a start near the previous phrase's last note; then each note still outside
 * becomes the nearest pitch inside whose class `allowedAt(i)` lists (the scale under that note),
 * so a melody that grazes the edge flattens there instead of jumping an octave.
 */
export function keepInRange(pitches: readonly number[], range: PitchRange, allowedAt: (index: number) => readonly number[], options: KeepInRangeOptions = {}): number[] {
  let best = [...pitches];
  let bestCost = shiftCost(best, range, options);
  for (const shift of [12, -12, 24, -24]) {
    const candidate = pitches.map((p) => p + shift);
    const cost = shiftCost(candidate, range, options);
    if (cost < bestCost) [best, bestCost] = [candidate, cost];
  }
  return best.map((p, i) => (p < range.low || p > range.high ? nearestInRange(p, range, allowedAt(i)) : p));
}
