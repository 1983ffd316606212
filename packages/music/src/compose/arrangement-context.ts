import type { Brief } from '../brief/brief.ts';
import type { GenreProfile } from '../brief/genre-profile.ts';
import type { ChordEvent, KeySignature, ScoreSection } from '../score.ts';

/** What every part generator reads: the brief, the timeline and the harmony. */
export interface ArrangementContext {
  brief: Brief;
  profile: GenreProfile;
  key: KeySignature;
  beatsPerBar: number;
  /** 6/8-style meter with a dotted-quarter pulse. */
  compound: boolean;
  sections: readonly ScoreSection[];
  chords: readonly ChordEvent[];
  totalBeats: number;
}

/** Start beats of every bar of a section. */
export function barStarts(section: ScoreSection, beatsPerBar: number): number[] {
  return Array.from({ length: section.bars }, (_, bar) => section.startBeat + bar * beatsPerBar);
}

/** Clamps a MIDI velocity to 1..127. */
export function velocity(value: number): number {
  return Math.max(1, Math.min(127, Math.round(value)));
}
