import type { Rng } from '../../rng.ts';
import type { NoteEvent, ScoreSection, SectionKind } from '../../score.ts';
import type { ArrangementContext } from '../arrangement-context.ts';
import { generateMelody, type MelodyOptions } from '../melody/generate-melody.ts';
import { planLeadPhrases, type LeadRhythmOptions } from '../melody/lead-rhythm.ts';
import { melodyRange } from './instrument-range.ts';

const DENSITY: Partial<Record<SectionKind, number>> = { verse: 0.35, 'pre-chorus': 0.45, chorus: 0.5, 'post-chorus': 0.55, bridge: 0.4, solo: 0.85, instrumental: 0.6 };
const REGISTER: Partial<Record<SectionKind, number>> = { verse: 0.3, 'pre-chorus': 0.45, chorus: 0.62, 'post-chorus': 0.62, bridge: 0.5, solo: 0.55, instrumental: 0.5 };
const QUOTES_HOOK: ReadonlySet<SectionKind> = new Set(['intro', 'outro', 'breakdown']);

/** Register and scale options of the lead melody in a kind of section. */
export function leadMelodyOptions(ctx: ArrangementContext, program: number, kind: SectionKind): MelodyOptions {
  return { key: ctx.key, range: melodyRange(program), register: REGISTER[kind] ?? 0.5, blueNotes: ctx.profile.blueNotes };
}

/** Rhythm options of the lead in a kind of section (independent of per-section energy, so choruses match). */
export function leadRhythmOptions(ctx: ArrangementContext, kind: SectionKind): LeadRhythmOptions {
  const density = Math.min(1, Math.max(0, (DENSITY[kind] ?? 0.5) + (ctx.brief.energy - 0.5) * 0.4));
  return { beatsPerBar: ctx.beatsPerBar, compound: ctx.compound, density, noSixteenths: ctx.brief.tempo > 140 };
}

function hookQuote(ctx: ArrangementContext, section: ScoreSection, program: number, rng: Rng): NoteEvent[] {
  const bars = Math.min(section.bars, 2);
  const start = section.kind === 'intro' ? section.startBeat + (section.bars - bars) * ctx.beatsPerBar : section.startBeat;
  const plan = planLeadPhrases('chorus', start, bars, leadRhythmOptions(ctx, 'chorus'), rng.fork('rhythm:chorus'));
  const first = plan.phrases[0];
  if (!first) return [];
  return generateMelody(section, ctx.chords, { phrases: [first] }, rng.fork('melody:chorus'), leadMelodyOptions(ctx, program, 'chorus'));
}

/**
 * The lead melody: a melody per kind of section (the same rhythm and motifs every time that kind
 * returns, so each chorus repeats the hook), and a quote of the hook in some intros, outros and
 * breakdowns.
 */
export function leadNotes(ctx: ArrangementContext, program: number, rng: Rng): NoteEvent[] {
  return ctx.sections.flatMap((section, index) => {
    if (QUOTES_HOOK.has(section.kind)) {
      const quote = section.bars >= 2 && rng.fork(`quote:${index}`).chance(section.kind === 'outro' ? 0.7 : 0.55);
      return quote ? hookQuote(ctx, section, program, rng) : [];
    }
    const plan = planLeadPhrases(section.kind, section.startBeat, section.bars, leadRhythmOptions(ctx, section.kind), rng.fork(`rhythm:${section.kind}`));
    return generateMelody(section, ctx.chords, plan, rng.fork(`melody:${section.kind}`), leadMelodyOptions(ctx, program, section.kind));
  });
}
