import { chordAt } from '../compose/harmony/chord-at.ts';
import { chordScale } from '../compose/theory/chromatic.ts';
import { pc } from '../compose/theory/scale.ts';
import type { PitchRange } from '../compose/theory/voicing.ts';
import type { ChordEvent, KeySignature, NoteEvent } from '../score.ts';
import { keepInRange } from './keep-in-range.ts';

const HARMONY_VELOCITY_DROP = 14;

/** Index in the scale of a pitch, or of its nearest neighbour in the scale (a blue note). */
function degreeOf(pitch: number, scale: readonly number[]): number {
  for (const offset of [0, 1, -1]) {
    const index = scale.indexOf(pc(pitch + offset));
    if (index >= 0) return index;
  }
  return 0;
}

/** The highest pitch below `pitch` whose pitch class is `target` (an octave below when equal). */
function below(pitch: number, target: number): number {
  const distance = pc(pitch - target);
  return pitch - (distance === 0 ? 12 : distance);
}

/**
 * The harmony pitch for one lead note: a diatonic third below (in the scale of the chord under
 * it), or a sixth below when a stressed or held note would otherwise sit off the chord while the
 * sixth is a chord tone (and not below `lowest`).
 */
export function harmonyPitch(note: NoteEvent, chords: readonly ChordEvent[], key: KeySignature, lowest = -Infinity): number {
  const chord = chordAt(chords, note.startBeat);
  const scale = chordScale(key, chord);
  const degree = degreeOf(note.pitch, scale);
  const third = below(note.pitch, scale[(degree + 5) % 7] ?? key.tonic);
  const sixth = below(note.pitch, scale[(degree + 2) % 7] ?? key.tonic);
  const important = note.lyric?.stressed === true || note.durationBeats >= 1;
  if (chord && important && sixth >= lowest && !chord.pitchClasses.includes(pc(third)) && chord.pitchClasses.includes(pc(sixth))) return sixth;
  return third;
}

/**
 * A backing harmony for one sung phrase: the same rhythm and syllables a third (or sixth) below
 * the lead, quieter, kept in the range by whole-phrase octaves (a phrase sung too low for a third
 * below is sung a sixth above instead).
 */
export function harmonizePhrase(lead: readonly NoteEvent[], chords: readonly ChordEvent[], key: KeySignature, range: PitchRange): NoteEvent[] {
  const scaleAt = (i: number): number[] => chordScale(key, chordAt(chords, lead[i]?.startBeat ?? 0));
  const pitches = keepInRange(
    lead.map((note) => harmonyPitch(note, chords, key, range.low)),
    range,
    scaleAt,
  );
  return lead.map((note, i) => ({ ...note, pitch: pitches[i] ?? note.pitch, velocity: Math.max(1, note.velocity - HARMONY_VELOCITY_DROP) }));
}
