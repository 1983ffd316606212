import type { ChordEvent } from '../../score.ts';

/** The chord sounding at `beat` (the last one starting at or before it), or undefined before the first. */
export function chordAt(chords: readonly ChordEvent[], beat: number): ChordEvent | undefined {
  let low = 0;
  let high = chords.length - 1;
  let found: ChordEvent | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const chord = chords[mid];
    if (chord && chord.startBeat <= beat + 1e-6) {
      found = chord;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The chord after the one sounding at `beat`, if any. */
export function nextChord(chords: readonly ChordEvent[], beat: number): ChordEvent | undefined {
  const current = chordAt(chords, beat);
  return chords[current ? chords.indexOf(current) + 1 : 0];
}
