import type { Rng } from '../../rng.ts';
import type { NoteEvent } from '../../score.ts';
import { velocity, type ArrangementContext } from '../arrangement-context.ts';
import { distinctToneCount, voiceChords } from './voice-chords.ts';

/**
 * The pad: each chord held for its full length in a smooth upper voicing (the section plans decide
 * where it plays). Triads are not doubled: a held doubled
 * note only thickens the sound while costing a voice for the whole chord.
 */
export function padNotes(ctx: ArrangementContext, rng: Rng): NoteEvent[] {
  const voicings = voiceChords(ctx.chords, { low: 55, high: 79 }, distinctToneCount, rng);
  const notes: NoteEvent[] = [];
  for (const section of ctx.sections) {
    const end = section.startBeat + section.bars * ctx.beatsPerBar;
    for (const chord of ctx.chords) {
      if (chord.startBeat < section.startBeat - 1e-6 || chord.startBeat >= end - 1e-6) continue;
      for (const pitch of voicings.get(chord) ?? []) {
        notes.push({ pitch, startBeat: chord.startBeat, durationBeats: chord.durationBeats - 0.05, velocity: velocity(42 + 38 * section.energy) });
      }
    }
  }
  return notes;
}
