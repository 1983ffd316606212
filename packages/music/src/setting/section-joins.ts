import { chordAt } from '../compose/harmony/chord-at.ts';
import { MAX_SUNG_LEAP } from '../compose/melody/singable-line.ts';
import { chordScale } from '../compose/theory/chromatic.ts';
import { pc } from '../compose/theory/scale.ts';
import type { NoteEvent } from '../score.ts';
import { harmonizePhrase } from './chorus-harmony.ts';
import type { SingContext } from './sing-section.ts';

const singable = (a: number, b: number): boolean => Math.abs(a - b) <= MAX_SUNG_LEAP && Math.abs(a - b) !== 6;

/**
 * Sections start from their own register and repeated lines keep their tune, so the note before a
 * line may be far from its first note. A new line's first note then moves to the scale tone nearest
 * it within a fourth of both neighbours; before a line whose tune is fixed (a chorus line, a
 * repeated hook) the last note of the line before moves instead. Line starts are beats of first notes.
 */
export function approachLineStarts(
  lead: readonly NoteEvent[],
  lineStarts: readonly number[],
  fixedStarts: ReadonlySet<number>,
  ctx: Pick<SingContext, 'chords' | 'key' | 'range'>,
): NoteEvent[] {
  const notes = lead.map((n) => ({ ...n }));
  const nearestBetween = (index: number, neighbours: readonly number[]): void => {
    const note = notes[index];
    if (note === undefined) return;
    const scale = chordScale(ctx.key, chordAt(ctx.chords, note.startBeat));
    let best: number | undefined;
    for (let p = ctx.range.low; p <= ctx.range.high; p++) {
      if (!scale.includes(pc(p)) || !neighbours.every((n) => singable(p, n))) continue;
      if (best === undefined || Math.abs(p - note.pitch) < Math.abs(best - note.pitch)) best = p;
    }
    if (best !== undefined) note.pitch = best;
  };
  for (const start of lineStarts) {
    const k = notes.findIndex((n) => n.startBeat >= start - 1e-6);
    const first = notes[k];
    const before = notes[k - 1];
    if (k < 1 || first === undefined || before === undefined || singable(before.pitch, first.pitch)) continue;
    if (fixedStarts.has(start)) nearestBetween(k - 1, [first.pitch, notes[k - 2]?.pitch ?? before.pitch]);
    else nearestBetween(k, [before.pitch, notes[k + 1]?.pitch ?? first.pitch]);
  }
  return notes;
}

/** The backing harmony under lead lines that start at `lineStarts`, up to `endBeat` (one phrase per line). */
export function harmonizeLines(lead: readonly NoteEvent[], lineStarts: readonly number[], endBeat: number, ctx: Pick<SingContext, 'chords' | 'key' | 'range'>): NoteEvent[] {
  return lineStarts.flatMap((start, i) => {
    const end = Math.min(lineStarts[i + 1] ?? Infinity, endBeat);
    const line = lead.filter((n) => n.startBeat >= start - 1e-6 && n.startBeat < end - 1e-6);
    return line.length === 0 ? [] : harmonizePhrase(line, ctx.chords, ctx.key, ctx.range);
  });
}
