import type { LyricSyllable } from '../score.ts';
import type { Rng } from '../rng.ts';
import { metricWeight } from './meter.ts';
import type { LyricLine, PlacedSyllable } from './types.ts';

/** Where one sung line goes: its first beat and its length in bars. */
export interface LineSlot {
  startBeat: number;
  bars: number;
  beatsPerBar: number;
}

export interface PlaceOptions {
  /** Song-wide index of the line's first word (LyricSyllable.wordIndex counts on from here). Default 0. */
  firstWordIndex?: number;
  /** A 3-beat bar is 6/8 (pulses on 1 and 4) unless this is false (3/4). Default true for 3 beats. */
  compound?: boolean;
  /** Beats left silent at the end of the slot for a breath. Default 0.5 (less if the line needs it). */
  restBeats?: number;
  /** Split long notes of a sparse line into two (a melisma). Default true. */
  melisma?: boolean;
}

const maxHoldBeats = 3;

function flatten(line: LyricLine, firstWordIndex: number): LyricSyllable[] {
  return line.words.flatMap((word, w) =>
    word.syllables.map((s, i) => ({ text: s.text, word: word.text, wordIndex: firstWordIndex + w, syllableIndex: i, stressed: s.stressed })),
  );
}

/** Comfortable length of a line: mostly eighth notes, stressed syllables on strong beats, a held last note and a breath. */
export function barsNeeded(line: LyricLine, beatsPerBar: number): number {
  const syllables = flatten(line, 0);
  if (syllables.length === 0) return 0;
  const stressed = syllables.filter((s) => s.stressed).length;
  const strongPerBar = beatsPerBar >= 3 ? 2 : 1;
  const byTime = Math.ceil((syllables.length * 0.5 + 1.5) / beatsPerBar);
  return Math.max(1, byTime, Math.ceil(stressed / strongPerBar));
}

function syllableScore(s: LyricSyllable, weight: number): number {
  if (s.stressed) return [-8, -4, 4, 9, 12][weight] ?? 0;
  return weight >= 3 ? -weight + 1 : 0;
}

function gapScore(current: LyricSyllable, gapBeats: number, unit: number): number {
  let score = gapBeats < 0.5 && unit < 0.5 ? -1 : 0;
  const limit = current.syllableIndex > 0 ? 1 : 2;
  if (gapBeats > limit) score -= (gapBeats - limit) * 2;
  return score;
}

function endScore(firstBeat: number, lastHold: number): number {
  let score = firstBeat > 1 ? -(firstBeat - 1) * 1.5 : 0;
  if (lastHold < 1) score -= (1 - lastHold) * 4;
  if (lastHold > maxHoldBeats) score -= (lastHold - maxHoldBeats) * 1.5;
  return score;
}

interface Grid {
  unit: number;
  positions: number;
  singBeats: number;
}

function chooseGrid(count: number, slotBeats: number, restBeats: number): Grid | undefined {
  for (const unit of [0.5, 0.25]) {
    for (const rest of [restBeats, Math.min(restBeats, 0.25), 0]) {
      const singBeats = slotBeats - rest;
      const positions = Math.floor(singBeats / unit + 1e-9);
      if (positions >= count) return { unit, positions, singBeats };
    }
  }
  return undefined;
}

interface Layout {
  beats: number[];
  score: number;
  grid: Grid;
}

/** Best positions for the syllables on a grid (dynamic programming over syllable x grid position). */
function layout(syllables: readonly LyricSyllable[], grid: Grid, slot: LineSlot, compound: boolean, jitter: readonly number[]): Layout {
  const n = syllables.length;
  const { unit, positions } = grid;
  const weight = (g: number): number => metricWeight((g * unit) % slot.beatsPerBar, slot.beatsPerBar, compound);
  const score: number[][] = syllables.map(() => new Array<number>(positions).fill(-Infinity));
  const from: number[][] = syllables.map(() => new Array<number>(positions).fill(-1));
  syllables.forEach((syl, i) => {
    const row = score[i] as number[];
    for (let g = i; g <= positions - n + i; g++) {
      const own = syllableScore(syl, weight(g)) + (jitter[g] ?? 0);
      if (i === 0) {
        row[g] = own;
        continue;
      }
      const previous = score[i - 1] as number[];
      for (let h = i - 1; h < g; h++) {
        const candidate = (previous[h] ?? -Infinity) + own + gapScore(syl, (g - h) * unit, unit);
        if (candidate > (row[g] ?? -Infinity)) {
          row[g] = candidate;
          (from[i] as number[])[g] = h;
        }
      }
    }
  });
  let best = -Infinity;
  let end = -1;
  const lastRow = score[n - 1] as number[];
  lastRow.forEach((value, g) => {
    const total = value + endScore(0, grid.singBeats - g * unit);
    if (total > best) [best, end] = [total, g];
  });
  const cells: number[] = [];
  for (let i = n - 1, g = end; i >= 0; g = (from[i] as number[])[g] ?? -1, i--) cells.unshift(g);
  const first = (cells[0] ?? 0) * unit;
  return { beats: cells.map((g) => g * unit), score: best + endScore(first, maxHoldBeats), grid };
}

function toNotes(syllables: readonly LyricSyllable[], beats: readonly number[], singBeats: number, slotStart: number): PlacedSyllable[] {
  return syllables.map((syllable, i) => {
    const start = beats[i] ?? 0;
    const next = beats[i + 1];
    const gap = (next ?? singBeats) - start;
    const duration = next === undefined ? Math.min(gap, maxHoldBeats) : gap > 1.5 ? gap - 0.5 : gap;
    return { startBeat: slotStart + start, durationBeats: duration, syllable };
  });
}

/** Splits the longest notes of a sparse line into two notes on one syllable (the second with empty text). */
function addMelismas(notes: PlacedSyllable[], slotBeats: number, rng: Rng): PlacedSyllable[] {
  const sparse = notes.length < slotBeats * 0.6;
  const wanted = sparse ? Math.min(3, Math.ceil((slotBeats * 0.6 - notes.length) / 2)) : rng.chance(0.25) ? 1 : 0;
  const long = notes
    .map((note, i) => ({ note, i }))
    .filter(({ note }) => note.durationBeats >= 1.5)
    .sort((a, b) => b.note.durationBeats - a.note.durationBeats || b.i - a.i)
    .slice(0, wanted)
    .map(({ i }) => i);
  return notes.flatMap((note, i) => {
    if (!long.includes(i)) return [note];
    const firstPart = Math.max(0.5, Math.round((note.durationBeats / 2) * 2) / 2);
    const continuation = { ...note.syllable, text: '' };
    return [
      { ...note, durationBeats: firstPart },
      { startBeat: note.startBeat + firstPart, durationBeats: note.durationBeats - firstPart, syllable: continuation },
    ];
  });
}

/**
 * Sets one line to rhythm inside its slot: one note per syllable in order, stressed syllables on
 * strong beats where the line allows, unstressed ones on weaker subdivisions (eighths, sixteenths
 * only when the line is fast), the last syllable held, a breath before the slot ends, and melismas
 * on sparse lines. Throws a RangeError when the line cannot fit even in sixteenths: size slots
 * with {@link barsNeeded}.
 */
export function placeSyllables(line: LyricLine, slot: LineSlot, rng: Rng, options: PlaceOptions = {}): PlacedSyllable[] {
  const syllables = flatten(line, options.firstWordIndex ?? 0);
  if (syllables.length === 0) return [];
  const slotBeats = slot.bars * slot.beatsPerBar;
  const compound = options.compound ?? slot.beatsPerBar === 3;
  const eighths = chooseGrid(syllables.length, slotBeats, options.restBeats ?? 0.5);
  if (eighths === undefined) {
    throw new RangeError(`line of ${syllables.length} syllables does not fit ${slot.bars} bars; it needs ${barsNeeded(line, slot.beatsPerBar)}`);
  }
  const grids = eighths.unit === 0.5 && !compound ? [eighths, { ...eighths, unit: 0.25, positions: Math.floor(eighths.singBeats / 0.25 + 1e-9) }] : [eighths];
  const jitter = Array.from({ length: Math.ceil(slotBeats / 0.25) + 1 }, () => rng.next() * 0.8);
  const layouts = grids.map((grid) => layout(syllables, grid, slot, compound, grid.unit === 0.5 ? jitter.filter((_, k) => k % 2 === 0) : jitter));
  const best = layouts.reduce((a, b) => (b.score > a.score + 3 ? b : a));
  const notes = toNotes(syllables, best.beats, best.grid.singBeats, slot.startBeat);
  return options.melisma === false ? notes : addMelismas(notes, slotBeats, rng);
}
