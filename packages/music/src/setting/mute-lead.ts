import type { NoteEvent, Part } from '../score.ts';

/** A stretch of the song in beats, end exclusive. */
export interface BeatSpan {
  startBeat: number;
  endBeat: number;
}

/** Humanised notes may start a few milliseconds early; a note this close before a span belongs to it. */
const EARLY_BEATS = 0.1;
const SHORTEST_KEPT = 0.1;

function trimAround(note: NoteEvent, spans: readonly BeatSpan[]): NoteEvent | undefined {
  let end = note.startBeat + note.durationBeats;
  for (const span of spans) {
    if (note.startBeat >= span.startBeat - EARLY_BEATS && note.startBeat < span.endBeat) return undefined;
    if (note.startBeat < span.startBeat && end > span.startBeat) end = span.startBeat;
  }
  const durationBeats = end - note.startBeat;
  return durationBeats >= SHORTEST_KEPT ? { ...note, durationBeats } : undefined;
}

/**
 * Silences the instrumental lead where the voice sings: its notes starting inside a span are
 * removed and notes ringing into one are cut at its start. Other parts are returned unchanged.
 */
export function muteLeadWhereSung(parts: readonly Part[], spans: readonly BeatSpan[]): Part[] {
  return parts.map((part) => {
    if (part.role !== 'lead') return part;
    const notes = part.notes.flatMap((note) => trimAround(note, spans) ?? []);
    return { ...part, notes };
  });
}
