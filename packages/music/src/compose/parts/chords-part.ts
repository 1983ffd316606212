import type { CompingStyle } from '../../brief/genre-profile.ts';
import type { Rng } from '../../rng.ts';
import type { ChordEvent, NoteEvent, ScoreSection } from '../../score.ts';
import { barStarts, planOf, velocity, type ArrangementContext } from '../arrangement-context.ts';
import { chordAt } from '../harmony/chord-at.ts';
import { BREAKDOWN_CHUG, COMPING_PATTERNS, COMPOUND_COMPING, PALM_MUTED, TRIPLE_COMPING, type Stroke } from './comping-patterns.ts';
import { isGuitarLike } from './guitar.ts';
import { barFamily, tilePattern } from './tile-pattern.ts';
import { distinctToneCount, powerChords, voiceChords } from './voice-chords.ts';

const RHYTHMIC: ReadonlySet<CompingStyle> = new Set(['eighths', 'power', 'funk', 'stabs', 'montuno', 'strum', 'skank']);
const FINGERPICK_ORDER = [0, 2, 1, 2, 3, 2, 1, 2] as const;

/** Picks a pattern by the seed, moved on by `repeat` so a returning chorus comps differently. */
function pickFrom<T>(choices: readonly T[], rng: Rng, repeat: number): T {
  return choices[(rng.int(0, choices.length - 1) + repeat) % choices.length] as T;
}

function strokesFor(ctx: ArrangementContext, section: ScoreSection, style: CompingStyle, rng: Rng): { strokes: readonly Stroke[]; beats: number } {
  const family = barFamily(ctx.beatsPerBar, ctx.compound);
  const { repeat, drums } = planOf(ctx, section);
  if (family === 'compound') return { strokes: pickFrom(COMPOUND_COMPING, rng, repeat), beats: 3 };
  if (family === 'triple') return { strokes: pickFrom(TRIPLE_COMPING, rng, repeat), beats: 3 };
  if (style === 'power' && drums === 'half-time') return { strokes: BREAKDOWN_CHUG, beats: 4 };
  if (style === 'power' && section.energy < 0.62) return { strokes: PALM_MUTED, beats: 4 };
  const quiet = section.energy < 0.4 && RHYTHMIC.has(style);
  const own = style === ctx.profile.comping ? ctx.profile.ownComping : undefined;
  return { strokes: pickFrom(quiet || !own ? COMPING_PATTERNS[quiet ? 'block' : style] : own, rng, repeat), beats: 4 };
}

function strum(chord: ChordEvent, voicing: readonly number[], start: number, length: number, level: number, guitar: boolean): NoteEvent[] {
  const end = Math.min(start + length, chord.startBeat + chord.durationBeats);
  return voicing.map((pitch, i) => {
    const offset = guitar ? i * 0.012 : 0;
    return { pitch, startBeat: start + offset, durationBeats: Math.max(0.08, end - start - offset - 0.02), velocity: velocity(level) };
  });
}

function fingerpick(ctx: ArrangementContext, voicings: Map<ChordEvent, number[]>, barStart: number, level: number): NoteEvent[] {
  const notes: NoteEvent[] = [];
  const step = ctx.compound ? 0.5 : ctx.beatsPerBar >= 4 ? 0.5 : 0.5;
  for (let t = 0, i = 0; t < ctx.beatsPerBar - 1e-9; t += step, i++) {
    const chord = chordAt(ctx.chords, barStart + t);
    const voicing = chord ? voicings.get(chord) : undefined;
    if (!chord || !voicing) continue;
    const pitch = voicing[(FINGERPICK_ORDER[i % FINGERPICK_ORDER.length] ?? 0) % voicing.length] ?? voicing[0] ?? 60;
    const end = Math.min(barStart + t + step * 2, chord.startBeat + chord.durationBeats);
    notes.push({ pitch, startBeat: barStart + t, durationBeats: Math.max(0.1, end - barStart - t), velocity: velocity(level * (i % 4 === 0 ? 1 : 0.8)) });
  }
  return notes;
}

function sectionComping(ctx: ArrangementContext, section: ScoreSection, style: CompingStyle, voicings: Map<ChordEvent, number[]>, program: number, rng: Rng): NoteEvent[] {
  const base = 48 + 52 * section.energy;
  const { strokes, beats } = strokesFor(ctx, section, style, rng);
  const last = section === ctx.sections[ctx.sections.length - 1];
  const bars = barStarts(section, ctx.beatsPerBar);
  return bars.flatMap((start, barIndex) => {
    if (style === 'fingerpick' && !(last && barIndex === bars.length - 1)) return fingerpick(ctx, voicings, start, base);
    const pattern: readonly Stroke[] = last && barIndex === bars.length - 1 ? [[0, ctx.beatsPerBar, 0.85]] : tilePattern(strokes, beats, ctx.beatsPerBar);
    return pattern.flatMap(([offset, length, level]) => {
      const chord = chordAt(ctx.chords, start + offset);
      const voicing = chord ? voicings.get(chord) : undefined;
      if (!chord || !voicing) return [];
      // Keyboard eighths: the full chord on the beats, only its top two notes on the off-beats.
      const played = style === 'eighths' && !isGuitarLike(program) && !Number.isInteger(offset) ? voicing.slice(-2) : voicing;
      return strum(chord, played, start + offset, length, base * level, isGuitarLike(program));
    });
  });
}

/**
 * The chord part: voice-led voicings (power chords for rock and metal) played in the genre's
 * comping rhythm, calmer in quiet sections. `second` marks a doubling instrument, which plays
 * sustained chords higher up so the two do not collide.
 */
export function chordNotes(ctx: ArrangementContext, program: number, second: boolean, rng: Rng): NoteEvent[] {
  const style: CompingStyle = second ? 'sustain' : ctx.profile.comping;
  const guitar = isGuitarLike(program);
  const range = second ? { low: 60, high: 84 } : guitar ? { low: 48, high: 72 } : { low: 52, high: 76 };
  // Keyboards and strings play triads as three notes: the bass already sounds the root, and a
  // doubled note would ring (and cost a voice) on every strike. Guitars keep their fuller shapes.
  const voices = guitar ? 4 : distinctToneCount;
  const voicings = style === 'power' && guitar ? powerChords(ctx.chords) : voiceChords(ctx.chords, range, voices, rng.fork('voicing'));
  return ctx.sections.flatMap((section) => sectionComping(ctx, section, style, voicings, program, rng.fork(`comping:${section.kind}`)));
}
