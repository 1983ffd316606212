import type { Rng } from '../../rng.ts';
import type { NoteEvent, Part, ScoreSection } from '../../score.ts';
import { barStarts, velocity, type ArrangementContext } from '../arrangement-context.ts';
import { DRUM_KEYS, type DrumLane } from './drum-keys.ts';
import { LONG_FILLS, SHORT_FILLS } from './fills.ts';
import { stepLevel, type GrooveBar } from './groove.ts';
import { COMPOUND_GROOVES, GROOVES, TRIPLE_GROOVES } from './grooves.ts';

function grooveChoices(ctx: ArrangementContext): readonly GrooveBar[] {
  if (ctx.compound) return COMPOUND_GROOVES;
  if (ctx.beatsPerBar === 3) return TRIPLE_GROOVES;
  return GROOVES[ctx.profile.groove].common;
}

function lanesFor(ctx: ArrangementContext, bar: GrooveBar, energy: number): Array<[DrumLane, string]> {
  const groove = GROOVES[ctx.profile.groove];
  let lanes = Object.entries(bar.lanes) as Array<[DrumLane, string]>;
  if (energy < 0.35) lanes = lanes.filter(([lane]) => groove.quiet.includes(lane));
  else if (energy < 0.6) lanes = lanes.filter(([lane]) => lane !== 'open' && lane !== 'tamb');
  if (energy >= 0.72 && groove.lift && !ctx.compound && ctx.beatsPerBar !== 3) {
    const lift = Object.entries(groove.lift) as Array<[DrumLane, string]>;
    lanes = [...lanes.filter(([lane]) => !groove.lift?.[lane]), ...lift];
  }
  return lanes;
}

function playBar(ctx: ArrangementContext, bar: GrooveBar, lanes: Array<[DrumLane, string]>, start: number, until: number, energy: number): NoteEvent[] {
  const notes: NoteEvent[] = [];
  const base = 68 + 45 * energy;
  for (const [lane, pattern] of lanes) {
    const length = pattern.length * bar.step;
    for (let t = 0; t < ctx.beatsPerBar - 1e-9; t += bar.step) {
      const level = stepLevel(pattern.charAt(Math.round((t % length) / bar.step)));
      if (level === 0 || start + t >= until - 1e-9) continue;
      notes.push({ pitch: DRUM_KEYS[lane], startBeat: start + t, durationBeats: bar.step, velocity: velocity(base * level) });
    }
  }
  return notes;
}

function fillNotes(window: number, start: number, energy: number, rng: Rng): NoteEvent[] {
  const fill = rng.pick(window >= 2 ? LONG_FILLS : SHORT_FILLS);
  const base = 70 + 45 * energy;
  return fill.map(([offset, lane, level]) => ({ pitch: DRUM_KEYS[lane], startBeat: start + offset, durationBeats: 0.25, velocity: velocity(base * level) }));
}

function sectionDrums(ctx: ArrangementContext, section: ScoreSection, index: number, bar: GrooveBar, rng: Rng): NoteEvent[] {
  const notes: NoteEvent[] = [];
  const next = ctx.sections[index + 1];
  const bars = barStarts(section, ctx.beatsPerBar);
  const lanes = lanesFor(ctx, bar, section.energy);
  const silentIntro = section.kind === 'intro' && section.bars >= 2 && rng.chance(0.5) ? Math.floor(section.bars / 2) : 0;
  bars.forEach((start, barIndex) => {
    const end = start + ctx.beatsPerBar;
    if (!next && barIndex === bars.length - 1) {
      notes.push({ pitch: DRUM_KEYS.crash, startBeat: start, durationBeats: ctx.beatsPerBar, velocity: velocity(70 + 40 * section.energy) });
      notes.push({ pitch: DRUM_KEYS.kick, startBeat: start, durationBeats: 1, velocity: velocity(75 + 40 * section.energy) });
      return;
    }
    if (barIndex < silentIntro) return;
    const lastBar = barIndex === bars.length - 1 && next !== undefined;
    const phraseFill = !lastBar && barIndex % 4 === 3 && section.energy >= 0.5 && rng.chance(0.3);
    const window = !lastBar && !phraseFill ? 0 : Math.min(ctx.beatsPerBar - 1, lastBar && section.energy >= 0.6 ? 2 : 1);
    notes.push(...playBar(ctx, bar, lanes, start, end - window, section.energy));
    if (window > 0) notes.push(...fillNotes(window, end - window, section.energy, rng));
    const opens = barIndex === 0 || barIndex === silentIntro;
    if (opens && index > 0 && section.energy >= 0.45) {
      notes.push({ pitch: DRUM_KEYS.crash, startBeat: start, durationBeats: 2, velocity: velocity(72 + 45 * section.energy) });
    }
  });
  return notes;
}

/**
 * The drum part: the genre's groove (a variant per kind of section), thinned in quiet sections and
 * lifted in loud ones, a fill leading into each new section, a crash on section starts and a final
 * hit on the last bar.
 */
export function drumPart(ctx: ArrangementContext, rng: Rng): Part {
  const choices = grooveChoices(ctx);
  const variantByKind = new Map<string, GrooveBar>();
  const notes = ctx.sections.flatMap((section, index) => {
    let bar = variantByKind.get(section.kind);
    if (!bar) {
      bar = rng.pick(choices);
      variantByKind.set(section.kind, bar);
    }
    return sectionDrums(ctx, section, index, bar, rng.fork(`drums:${index}`));
  });
  return {
    id: 'drums',
    role: 'drums',
    name: 'Drums',
    program: 0,
    isDrums: true,
    drumKit: ctx.brief.drumKit ?? 0,
    volume: 100,
    pan: 64,
    reverb: 30,
    chorus: 0,
    notes,
  };
}
