import type { Rng } from '../../rng.ts';
import type { ChordEvent } from '../../score.ts';
import { voiceChord, type PitchRange } from '../theory/voicing.ts';

/** Voices every chord of the song in turn, each moving as little as possible from the one before. */
export function voiceChords(chords: readonly ChordEvent[], range: PitchRange, voices: number, rng: Rng): Map<ChordEvent, number[]> {
  const voicings = new Map<ChordEvent, number[]>();
  let previous: number[] | null = null;
  for (const chord of chords) {
    const notes = voiceChord(chord.pitchClasses, previous, range, voices, rng);
    voicings.set(chord, notes);
    previous = notes;
  }
  return voicings;
}

/** Power-chord voicings (root, fifth, octave) with the root in E2..D#3, for rock and metal guitars. */
export function powerChords(chords: readonly ChordEvent[]): Map<ChordEvent, number[]> {
  return new Map(chords.map((chord) => {
    const root = 40 + ((chord.root - 40 + 120) % 12);
    const fifth = chord.pitchClasses.includes((chord.root + 7) % 12) ? 7 : 6;
    return [chord, [root, root + fifth, root + 12]];
  }));
}
