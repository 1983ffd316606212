import type { Rng } from '../../rng.ts';
import type { ChordEvent, NoteEvent, ScoreSection } from '../../score.ts';
import { barStarts, velocity, type ArrangementContext } from '../arrangement-context.ts';
import { chordAt, nextChord } from '../harmony/chord-at.ts';
import { pc } from '../theory/scale.ts';
import { BASS_PATTERNS, COMPOUND_BASS_PATTERNS, TRIPLE_BASS_PATTERNS, type BassHit, type BassTone } from './bass-patterns.ts';
import { barFamily, tilePattern } from './tile-pattern.ts';

/** Lowest bass root: A1. Roots sit in A1..G#2. */
const BASS_FLOOR = 33;

function rootPitch(rootPc: number): number {
  return BASS_FLOOR + pc(rootPc - BASS_FLOOR);
}

function tonePitch(tone: BassTone, chord: ChordEvent, next: ChordEvent | undefined): number {
  const root = rootPitch(chord.root);
  const has = (interval: number): boolean => chord.pitchClasses.includes(pc(chord.root + interval));
  const nextRoot = next ? rootPitch(next.root) : root;
  const approachTarget = Math.abs(nextRoot + 12 - root) < Math.abs(nextRoot - root) ? nextRoot + 12 : nextRoot;
  switch (tone) {
    case 'R':
      return root;
    case '5':
      return has(7) ? root + 7 : has(6) ? root + 6 : root + 12;
    case '8':
      return root + 12;
    case '3':
      return root + pc((chord.pitchClasses[1] ?? chord.root) - chord.root);
    case '7':
      return has(10) ? root + 10 : has(11) ? root + 11 : root + 12;
    case 'N':
      return approachTarget;
    case 'A':
      return approachTarget - 1 >= BASS_FLOOR - 5 ? approachTarget - 1 : approachTarget + 1;
  }
}

function patternsFor(ctx: ArrangementContext, energy: number): { patterns: readonly (readonly BassHit[])[]; beats: number } {
  const family = barFamily(ctx.beatsPerBar, ctx.compound);
  if (family === 'compound') return { patterns: COMPOUND_BASS_PATTERNS, beats: 3 };
  if (family === 'triple') return { patterns: TRIPLE_BASS_PATTERNS, beats: 3 };
  const style = energy < 0.3 && ctx.profile.bass !== 'walking' ? 'sustained' : ctx.profile.bass;
  return { patterns: style === ctx.profile.bass ? (ctx.profile.ownBass ?? BASS_PATTERNS[style]) : BASS_PATTERNS[style], beats: 4 };
}

function sectionBass(ctx: ArrangementContext, section: ScoreSection, isLast: boolean, rng: Rng): NoteEvent[] {
  const { patterns, beats } = patternsFor(ctx, section.energy);
  const fixed = rng.pick(patterns);
  const perBar = ctx.profile.bass === 'walking';
  const notes: NoteEvent[] = [];
  const bars = barStarts(section, ctx.beatsPerBar);
  bars.forEach((start, barIndex) => {
    const finalBar = isLast && barIndex === bars.length - 1;
    const hits: BassHit[] = finalBar ? [[0, ctx.beatsPerBar, 'R', 0.9]] : tilePattern(perBar ? rng.pick(patterns) : fixed, beats, ctx.beatsPerBar);
    for (const [offset, length, tone, level] of hits) {
      const chord = chordAt(ctx.chords, start + offset);
      if (!chord) continue;
      const end = Math.min(start + offset + length, chord.startBeat + chord.durationBeats + (tone === 'N' ? length : 0));
      notes.push({
        pitch: tonePitch(tone, chord, nextChord(ctx.chords, start + offset)),
        startBeat: start + offset,
        durationBeats: Math.max(0.1, end - start - offset - 0.02),
        velocity: velocity((62 + 50 * section.energy) * level),
      });
    }
  });
  return notes;
}

/** The bass line: the genre's bass style, one pattern per section (a fresh walk each bar for walking bass). */
export function bassNotes(ctx: ArrangementContext, rng: Rng): NoteEvent[] {
  return ctx.sections.flatMap((section, index) => sectionBass(ctx, section, index === ctx.sections.length - 1, rng.fork(`bass:${section.kind}`)));
}
