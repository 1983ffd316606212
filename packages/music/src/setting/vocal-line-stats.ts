import type { NoteEvent, Score } from '../score.ts';

/** How singable a vocal line is, measured on its notes in time order. */
export interface VocalLineStats {
  notes: number;
  intervals: number;
  /** Share of intervals of 0–2 semitones. */
  stepsAndRepeats: number;
  /** Share of intervals larger than a fourth (over 5 semitones). */
  leapsOverFourth: number;
  /** Intervals of exactly 6 semitones. */
  tritoneLeaps: number;
  /** Highest minus lowest pitch. */
  rangeSemitones: number;
  low: number;
  high: number;
  /** Rests of at least a beat per bar sung: where a singer breathes. */
  breathsPerBar: number;
}

/** The lead vocal's notes of a score, in time order. */
export function leadVocalNotes(score: Score): NoteEvent[] {
  return (score.parts.find((p) => p.role === 'vocal')?.notes ?? []).slice().sort((a, b) => a.startBeat - b.startBeat);
}

/** Singability statistics of a vocal line (intervals across line and section joins included). */
export function vocalLineStats(notes: readonly NoteEvent[], beatsPerBar: number): VocalLineStats {
  const pitches = notes.map((n) => n.pitch);
  let steps = 0;
  let leaps = 0;
  let tritones = 0;
  let breaths = 0;
  for (let i = 1; i < notes.length; i++) {
    const interval = Math.abs((pitches[i] ?? 0) - (pitches[i - 1] ?? 0));
    if (interval <= 2) steps++;
    if (interval > 5) leaps++;
    if (interval === 6) tritones++;
    const previous = notes[i - 1] as NoteEvent;
    if ((notes[i] as NoteEvent).startBeat - (previous.startBeat + previous.durationBeats) >= 0.9) breaths++;
  }
  const intervals = Math.max(1, notes.length - 1);
  const low = Math.min(...pitches);
  const high = Math.max(...pitches);
  const first = notes[0]?.startBeat ?? 0;
  const last = notes[notes.length - 1];
  const bars = Math.max(1, ((last ? last.startBeat + last.durationBeats : 0) - first) / beatsPerBar);
  return {
    notes: notes.length,
    intervals: notes.length - 1,
    stepsAndRepeats: steps / intervals,
    leapsOverFourth: leaps / intervals,
    tritoneLeaps: tritones,
    rangeSemitones: notes.length === 0 ? 0 : high - low,
    low,
    high,
    breathsPerBar: breaths / bars,
  };
}
