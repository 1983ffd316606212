import type { Brief } from '../brief/brief.ts';
import { genreProfile } from '../brief/genres/index.ts';
import { createRng } from '../rng.ts';
import type { ChordEvent, Score, ScoreSection } from '../score.ts';
import type { ArrangementContext } from './arrangement-context.ts';
import { planSections } from './arrange/section-plan.ts';
import { buildPitchedParts } from './build-parts.ts';
import { drumParts } from './drums/drum-part.ts';
import type { FormSection } from './form/form-section.ts';
import { planForm } from './form/plan-form.ts';
import { sectionEnergies } from './form/section-energy.ts';
import { chooseProgressions } from './harmony/choose-progressions.ts';
import { sectionChords } from './harmony/section-chords.ts';
import { humanize } from './humanize.ts';
import { colourParts } from './parts/colour-parts.ts';
import { riserPart } from './parts/riser-part.ts';
import { beatsPerBar as barBeats, isCompoundMeter, MIN_TAIL_SECONDS } from './timing.ts';

/** Options of {@link composeSong}. */
export interface ComposeOptions {
  /** A form to use instead of planning one (e.g. decided by the lyrics). Bars are kept, then trimmed from the end only if the song would exceed `brief.maxSeconds`. */
  form?: ReadonlyArray<FormSection>;
}

const MAX_TAIL_SECONDS = 4;

function trimToMax(form: readonly FormSection[], secondsPerBar: number, maxSeconds: number): FormSection[] {
  const maxBars = Math.max(1, Math.floor((maxSeconds - 1) / secondsPerBar));
  const result: FormSection[] = [];
  let used = 0;
  for (const section of form) {
    const bars = Math.min(Math.max(1, Math.round(section.bars)), maxBars - used);
    if (bars <= 0) break;
    result.push({ ...section, bars });
    used += bars;
  }
  return result;
}

function placeSections(form: readonly FormSection[], brief: Brief, beatsPerBar: number): ScoreSection[] {
  const profile = genreProfile(brief.genre);
  const energies = sectionEnergies(form, brief.energy, { arc: brief.arc, sectionEnergy: profile.sectionEnergy });
  let startBeat = 0;
  return form.map((section, i) => {
    const placed: ScoreSection = { kind: section.kind, label: section.label, startBeat, bars: section.bars, energy: energies[i] ?? 0.5 };
    startBeat += section.bars * beatsPerBar;
    return placed;
  });
}

/**
 * Composes a song for a brief: form, harmony, then every part (lead, chords, pad, bass, arpeggio,
 * counter-melody, drums), humanised. A pure function of `brief`, `seed` and `options`. With a
 * planned form, music plus tail lasts exactly `brief.targetSeconds`.
 */
export function composeSong(brief: Brief, seed: number, options: ComposeOptions = {}): Score {
  const rng = createRng(seed);
  const beatsPerBar = barBeats(brief);
  const secondsPerBar = (beatsPerBar * 60) / brief.tempo;
  const form = options.form ? trimToMax(options.form, secondsPerBar, brief.maxSeconds) : planForm(brief, rng.fork('form'));
  const sections = placeSections(form, brief, beatsPerBar);
  const totalBeats = form.reduce((sum, s) => sum + s.bars, 0) * beatsPerBar;
  const progressions = chooseProgressions(brief, rng.fork('harmony'));
  const chords: ChordEvent[] = sections.flatMap((section, i) =>
    sectionChords(section, progressions[section.kind], brief.key, beatsPerBar, i === sections.length - 1),
  );
  const profile = genreProfile(brief.genre);
  const requested = new Set([...brief.instrumentation.filter((slot) => slot.requested).map((slot) => slot.role), ...(profile.featured ?? [])]);
  const plans = planSections({ profile: { ...profile, arc: brief.arc }, sections, requested });
  const ctx: ArrangementContext = { brief, profile, key: brief.key, beatsPerBar, compound: isCompoundMeter(brief), sections, chords, totalBeats, plans };
  const parts = buildPitchedParts(ctx, rng.fork('parts'));
  if (brief.hasDrums) parts.push(...drumParts(ctx, rng.fork('drums')));
  const riser = riserPart(ctx);
  if (riser) parts.push(riser);
  colourParts(parts, brief.sound);
  const swing = ctx.compound ? 0 : brief.swing;
  for (const part of parts) {
    const loose = createRng(seed).fork(`humanize:${part.id}`);
    part.notes = humanize(part.notes, loose, { tempo: brief.tempo, swing, timingMs: part.isDrums ? 5 : 9, velocitySpread: part.isDrums ? 5 : 7, totalBeats });
  }
  const durationSeconds = (totalBeats * 60) / brief.tempo;
  const wantedTail = brief.targetSeconds - durationSeconds;
  const tailSeconds = options.form
    ? Math.max(0, Math.min(MAX_TAIL_SECONDS, Math.max(MIN_TAIL_SECONDS, wantedTail), brief.maxSeconds - durationSeconds))
    : Math.max(0, Math.min(wantedTail, brief.maxSeconds - durationSeconds));
  return {
    tempo: brief.tempo,
    timeSignature: { ...brief.timeSignature },
    beatsPerBar,
    key: { ...brief.key },
    sections,
    chords,
    parts,
    totalBeats,
    durationSeconds,
    tailSeconds,
  };
}
