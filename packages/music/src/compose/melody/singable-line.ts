import { pc } from '../theory/scale.ts';
import type { PitchRange } from '../theory/voicing.ts';

/** What smoothing a sung line needs to know about each note. */
export interface SingableNote {
  pitch: number;
  /** True for a stressed syllable on a strong beat, which should sound a chord tone. */
  strong: boolean;
  /** Pitch classes of the scale under the note. */
  scale: readonly number[];
  /** Pitch classes of the chord under the note. */
  chord: readonly number[];
}

/** Largest interval a sung line takes: a perfect fourth. */
export const MAX_SUNG_LEAP = 5;
const TRITONE = 6;

function candidates(range: PitchRange, allowed: readonly number[], previous: number, maxLeap: number): number[] {
  const out: number[] = [];
  for (let p = Math.max(range.low, previous - maxLeap); p <= Math.min(range.high, previous + maxLeap); p++) {
    if (allowed.includes(pc(p)) && Math.abs(p - previous) !== TRITONE) out.push(p);
  }
  return out;
}

function closest(options: readonly number[], target: number, previous: number): number | undefined {
  let best: number | undefined;
  let bestCost = Infinity;
  for (const p of options) {
    const cost = Math.abs(p - target) + 0.25 * Math.abs(p - previous);
    if (cost < bestCost) [best, bestCost] = [p, cost];
  }
  return best;
}

/**
 * Makes a vocal line singable while keeping its contour: every note stays within the range; no
 * interval is larger than a fourth or a tritone; a weak (unstressed or off-beat) note that would
 * skip more than a whole tone (or a third outside the chord) moves to the scale tone a step from the note before, towards where the
 * melody was going; a strong note keeps its pitch when it can, else takes the chord tone nearest
 * to it within a fourth. `previous` is the pitch sung (or imagined) before the first note.
 */
export function singableLine(notes: readonly SingableNote[], range: PitchRange, previous: number): number[] {
  const out: number[] = [];
  let last = previous;
  for (const note of notes) {
    const target = Math.min(range.high, Math.max(range.low, note.pitch));
    const interval = Math.abs(target - last);
    let pitch: number | undefined;
    if (note.strong) {
      pitch = interval <= MAX_SUNG_LEAP && interval !== TRITONE && target === note.pitch ? target : closest(candidates(range, note.chord, last, MAX_SUNG_LEAP), target, last);
    } else if ((interval <= 2 && note.scale.includes(pc(target))) || (interval <= 4 && note.chord.includes(pc(target)))) {
      pitch = target;
    } else {
      pitch = closest(candidates(range, note.scale, last, 2), target, last);
    }
    pitch ??= closest(candidates(range, note.scale, last, MAX_SUNG_LEAP), target, last) ?? last;
    out.push(pitch);
    last = pitch;
  }
  return out;
}
