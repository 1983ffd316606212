import type { Rng } from '../../rng.ts';
import type { NoteEvent, Part, ScoreSection } from '../../score.ts';
import type { DrumFeel, SectionPlan } from '../arrange/section-plan.ts';
import { barStarts, velocity, type ArrangementContext } from '../arrangement-context.ts';
import { DRUM_KEYS, type DrumLane } from './drum-keys.ts';
import { LONG_FILLS, SHORT_FILLS } from './fills.ts';
import { stepLevel, type GrooveBar } from './groove.ts';
import { COMPOUND_GROOVES, GROOVES, HALF_TIME, TRIPLE_GROOVES } from './grooves.ts';

function grooveChoices(ctx: ArrangementContext): readonly GrooveBar[] {
  if (ctx.compound) return COMPOUND_GROOVES;
  if (ctx.beatsPerBar === 3) return TRIPLE_GROOVES;
  return (ctx.profile.ownGroove ?? GROOVES[ctx.profile.groove]).common;
}

function lanesFor(ctx: ArrangementContext, bar: GrooveBar, feel: DrumFeel): Array<[DrumLane, string]> {
  const groove = ctx.profile.ownGroove ?? GROOVES[ctx.profile.groove];
  let lanes = Object.entries(bar.lanes) as Array<[DrumLane, string]>;
  if (feel === 'half-time') return lanes;
  if (feel === 'sparse') lanes = lanes.filter(([lane]) => groove.quiet.includes(lane));
  else if (feel === 'groove') lanes = lanes.filter(([lane]) => lane !== 'open' && lane !== 'tamb');
  if (feel === 'lift' && groove.lift && !ctx.compound && ctx.beatsPerBar !== 3) {
    const lift = Object.entries(groove.lift) as Array<[DrumLane, string]>;
    lanes = [...lanes.filter(([lane]) => !groove.lift?.[lane]), ...lift];
  }
  return lanes;
}

function playBar(ctx: ArrangementContext, bar: GrooveBar, lanes: Array<[DrumLane, string]>, start: number, until: number, energy: number): NoteEvent[] {
  const notes: NoteEvent[] = [];
  const base = 60 + 55 * energy;
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
  const base = 64 + 52 * energy;
  return fill.map(([offset, lane, level]) => ({ pitch: DRUM_KEYS[lane], startBeat: start + offset, durationBeats: 0.25, velocity: velocity(base * level) }));
}

/** An EDM build: a snare roll in quarters, then eighths, then sixteenths, swelling into the drop; no kick. */
function buildRoll(ctx: ArrangementContext, section: ScoreSection): NoteEvent[] {
  const notes: NoteEvent[] = [];
  const beats = section.bars * ctx.beatsPerBar;
  for (let t = 0; t < beats - 1e-9; ) {
    const progress = t / beats;
    const step = progress < 0.5 ? 1 : progress < 0.75 ? 0.5 : 0.25;
    notes.push({ pitch: DRUM_KEYS.snare, startBeat: section.startBeat + t, durationBeats: step, velocity: velocity(30 + 70 * progress ** 1.5) });
    if (progress >= 0.5 && Math.abs(t % 1) < 1e-9) notes.push({ pitch: DRUM_KEYS.hat, startBeat: section.startBeat + t + 0.5, durationBeats: 0.25, velocity: velocity(50 + 40 * progress) });
    t += step;
  }
  return notes;
}

function sectionDrums(ctx: ArrangementContext, section: ScoreSection, index: number, plan: SectionPlan, bar: GrooveBar, rng: Rng): NoteEvent[] {
  const notes: NoteEvent[] = [];
  const next = ctx.sections[index + 1];
  const bars = barStarts(section, ctx.beatsPerBar);
  const feel = plan.drums;
  if (feel === 'build') return buildRoll(ctx, section);
  const groove = feel === 'half-time' && !ctx.compound && ctx.beatsPerBar === 4 ? HALF_TIME : bar;
  const lanes = lanesFor(ctx, groove, feel);
  const silentIntro = section.kind === 'intro' && section.bars >= 2 && rng.chance(0.5) ? Math.floor(section.bars / 2) : 0;
  // Fills mark phrases more often in every returning chorus, and always in the final one.
  const fillChance = plan.final ? 1 : 0.3 + 0.25 * Math.min(2, plan.repeat);
  bars.forEach((start, barIndex) => {
    const end = start + ctx.beatsPerBar;
    if (!next && barIndex === bars.length - 1) {
      notes.push({ pitch: DRUM_KEYS.crash, startBeat: start, durationBeats: ctx.beatsPerBar, velocity: velocity(70 + 40 * section.energy) });
      notes.push({ pitch: DRUM_KEYS.kick, startBeat: start, durationBeats: 1, velocity: velocity(75 + 40 * section.energy) });
      return;
    }
    if (feel === 'none' || barIndex < silentIntro) return;
    const lastBar = barIndex === bars.length - 1 && next !== undefined;
    const phraseFill = !lastBar && barIndex % 4 === 3 && section.energy >= 0.5 && rng.chance(fillChance);
    const window = !lastBar && !phraseFill ? 0 : Math.min(ctx.beatsPerBar - 1, lastBar && section.energy >= 0.6 ? 2 : 1);
    notes.push(...playBar(ctx, groove, lanes, start, end - window, section.energy));
    if (window > 0 && feel !== 'sparse') notes.push(...fillNotes(window, end - window, section.energy, rng));
    const opens = barIndex === 0 || barIndex === silentIntro;
    const crashes = (opens && index > 0 && feel !== 'sparse') || (barIndex % 4 === 0 && (plan.final || (feel === 'lift' && plan.repeat > 0)));
    if (crashes) notes.push({ pitch: DRUM_KEYS.crash, startBeat: start, durationBeats: 2, velocity: velocity(72 + 45 * section.energy) });
  });
  return notes;
}

const ORCHESTRA_KIT = 48;
/** Pitch class the kit is taken to sound at untuned. */
const KIT_PITCH_CLASS = 4;

/** The smallest shift (-3..+3 semitones) that puts the kit on the song's tonic or fifth, as producers tune kicks, toms and cymbals. */
export function drumTuningFor(tonic: number): number {
  const shifts = [0, 1, -1, 2, -2, 3, -3];
  return shifts.find((t) => [tonic, (tonic + 7) % 12].includes((((KIT_PITCH_CLASS + t) % 12) + 12) % 12)) ?? 0;
}

/** Kit pieces that stay in the centre; cymbals, hats and hand percussion go to the percussion part. */
const CENTRE_KEYS: ReadonlySet<number> = new Set([DRUM_KEYS.kick, DRUM_KEYS.snare, DRUM_KEYS.rim, DRUM_KEYS.clap, DRUM_KEYS.tomHi, DRUM_KEYS.tomMid, DRUM_KEYS.tomLo]);

/**
 * The drum parts: the genre's groove played with each section's feel (none, sparse, groove, lift,
 * an EDM build's snare roll, a breakdown's half time). Each return of a section kind takes the
 * next groove variant, so two choruses never drum alike; fills lead into each new section, crashes
 * mark section starts (every phrase in lifted choruses), a final hit ends the song. Kick, snare and toms stay centred ("drums"); hats, cymbals and
 * hand percussion ("percussion", same kit) sit to one side, as a drummer's kit is heard.
 */
export function drumParts(ctx: ArrangementContext, rng: Rng): Part[] {
  const choices = grooveChoices(ctx);
  const firstVariant = new Map<string, number>();
  const notes = ctx.sections.flatMap((section, index) => {
    const plan = ctx.plans[index]!;
    let variant = firstVariant.get(section.kind);
    if (variant === undefined) {
      variant = rng.int(0, choices.length - 1);
      firstVariant.set(section.kind, variant);
    }
    const bar = choices[(variant + plan.repeat) % choices.length]!;
    return sectionDrums(ctx, section, index, plan, bar, rng.fork(`drums:${index}`));
  });
  const common = { program: 0, isDrums: true, drumKit: ctx.brief.drumKit ?? 0, drumTuning: drumTuningFor(ctx.key.tonic), reverb: Math.round(30 * (ctx.profile.space ?? 1)), chorus: 0 };
  const volume = ctx.profile.doubleTracked ? 78 : 100;
  const kit: Part = { id: 'drums', role: 'drums', name: 'Drums', ...common, volume, pan: 64, notes: notes.filter((n) => CENTRE_KEYS.has(n.pitch)) };
  const percussion = notes.filter((n) => !CENTRE_KEYS.has(n.pitch));
  if (percussion.length === 0) return [kit];
  // The GS orchestra kit tunes keys 41-53 as timpani: its cymbals and hats come from the standard kit.
  const drumKit = common.drumKit === ORCHESTRA_KIT ? 0 : common.drumKit;
  return [kit, { id: 'percussion', role: 'percussion', name: 'Cymbals & percussion', ...common, drumKit, volume: volume - 8, pan: 98, notes: percussion }];
}
