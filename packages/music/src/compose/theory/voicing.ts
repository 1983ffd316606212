import type { Rng } from '../../rng.ts';
import { pc } from './scale.ts';

/** The pitch span a voicing must fit in. */
export interface PitchRange {
  low: number;
  high: number;
}

function chooseTones(pitchClasses: readonly number[], voices: number): number[] {
  const tones = [...pitchClasses];
  // Drop the fifth first when there are more tones than voices; double the root when fewer.
  while (tones.length > voices) {
    const fifth = tones.findIndex((t, i) => i > 0 && pc(t - (pitchClasses[0] ?? 0)) === 7);
    tones.splice(fifth > 0 ? fifth : tones.length - 1, 1);
  }
  while (tones.length < voices) tones.push(pitchClasses[0] ?? 0);
  return tones;
}

function closeVoicings(tones: readonly number[], range: PitchRange): number[][] {
  const result: number[][] = [];
  for (let rotation = 0; rotation < tones.length; rotation++) {
    const order = [...tones.slice(rotation), ...tones.slice(0, rotation)];
    const first = order[0] ?? 0;
    for (let bottom = range.low + pc(first - range.low); bottom <= range.high; bottom += 12) {
      const notes = [bottom];
      for (const tone of order.slice(1)) {
        const previous = notes[notes.length - 1] ?? bottom;
        notes.push(previous + (pc(tone - previous) || 12));
      }
      if ((notes[notes.length - 1] ?? 0) <= range.high) result.push(notes);
    }
  }
  return result;
}

function distance(a: readonly number[], b: readonly number[]): number {
  if (a.length === b.length) return a.reduce((sum, note, i) => sum + Math.abs(note - (b[i] ?? note)), 0);
  return a.reduce((sum, note) => sum + Math.min(...b.map((other) => Math.abs(other - note))), 0);
}

/**
 * Voices a chord inside `range`, choosing among close and drop-2 voicings of every inversion the one
 * that moves least from `previous` (or sits nearest the middle of the range for the first chord).
 * `rng` breaks near-ties, so different seeds voice the same progression differently.
 */
export function voiceChord(pitchClasses: readonly number[], previous: readonly number[] | null, range: PitchRange, voices: number, rng: Rng): number[] {
  const tones = chooseTones(pitchClasses, voices);
  const close = closeVoicings(tones, range);
  const drop2 = close
    .filter((notes) => notes.length >= 4)
    .map((notes) => [...notes].map((note, i) => (i === notes.length - 2 ? note - 12 : note)).sort((a, b) => a - b))
    .filter((notes) => (notes[0] ?? 0) >= range.low);
  const candidates = [...close, ...drop2];
  if (candidates.length === 0) return [range.low + pc((pitchClasses[0] ?? 0) - range.low)];
  const centre = (range.low + range.high) / 2;
  let best = candidates[0] ?? [];
  let bestCost = Infinity;
  for (const notes of candidates) {
    const mean = notes.reduce((a, b) => a + b, 0) / notes.length;
    const low = notes[0] ?? 0;
    const mud = low < 52 && (notes[1] ?? 99) - low < 5 ? 4 : 0;
    const cost = (previous ? distance(notes, previous) : Math.abs(mean - centre)) + mud + rng.next() * 1.5;
    if (cost < bestCost) {
      best = notes;
      bestCost = cost;
    }
  }
  return best;
}
