import type { Rng } from '../../rng.ts';
import type { ChordEvent } from '../../score.ts';
import { voiceChord, type PitchRange } from '../theory/voicing.ts';

/**
 * Voices every chord of the song in turn, each moving as little as possible from the one before.
 * `voices` is a count for every chord, or a function choosing it per chord.
 */
export function voiceChords(chords: readonly ChordEvent[], range: PitchRange, voices: number | ((chord: ChordEvent) => number), rng: Rng): Map<ChordEvent, number[]> {
  const voicings = new Map<ChordEvent, number[]>();
  let previous: number[] | null = null;
  for (const chord of chords) {
    const notes = voiceChord(chord.pitchClasses, previous, range, typeof voices === 'number' ? voices : voices(chord), rng);
    voicings.set(chord, notes);
    previous = notes;
  }
  return voicings;
}

/** Voices for a chord without doubling: three for a triad, four for a seventh or richer chord. */
export function distinctToneCount(chord: ChordEvent): number {
  return Math.min(4, Math.max(3, chord.pitchClasses.length));
}

/** Power-chord voicings (root, fifth, octave) with the root in E2..D#3, for rock and metal guitars. */
export function powerChords(chords: readonly ChordEvent[]): Map<ChordEvent, number[]> {
  return new Map(chords.map((chord) => {
    const root = 40 + ((chord.root - 40 + 120) % 12);
    const fifth = chord.pitchClasses.includes((chord.root + 7) % 12) ? 7 : 6;
    return [chord, [root, root + fifth, root + 12]];
  }));
}
