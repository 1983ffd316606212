import type { Brief } from '../brief/brief.ts';
import type { GenreProfile } from '../brief/genre-profile.ts';
import type { ChordEvent, KeySignature, ScoreSection } from '../score.ts';
import type { SectionPlan } from './arrange/section-plan.ts';

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
  /** The arrangement of each section (parallel to `sections`). */
  plans: readonly SectionPlan[];
}

/** The arrangement plan of a section of the context. */
export function planOf(ctx: ArrangementContext, section: ScoreSection): SectionPlan {
  const plan = ctx.plans[ctx.sections.indexOf(section)];
  if (!plan) throw new RangeError(`no plan for section ${section.label}`);
  return plan;
}

/** The section sounding at a beat (the last one for beats past the end). */
export function sectionIndexAt(ctx: ArrangementContext, beat: number): number {
  let found = 0;
  for (let i = 0; i < ctx.sections.length; i++) if ((ctx.sections[i]?.startBeat ?? Infinity) <= beat + 1e-6) found = i;
  return found;
}

/** Start beats of every bar of a section. */
export function barStarts(section: ScoreSection, beatsPerBar: number): number[] {
  return Array.from({ length: section.bars }, (_, bar) => section.startBeat + bar * beatsPerBar);
}

/** Clamps a MIDI velocity to 1..127. */
export function velocity(value: number): number {
  return Math.max(1, Math.min(127, Math.round(value)));
}
