import { barsNeeded } from '../lyrics/place-syllables.ts';
import type { LyricLine } from '../lyrics/types.ts';
import { weaveEchoes, type SungLine } from './sung-line.ts';

/** Where one sung line sits in its section. */
export interface LineLayout {
  sung: SungLine;
  /** First bar of the line, counted from the section start. */
  startBar: number;
  bars: number;
}

/** The bars of a section and where each of its lines goes. */
export interface SectionLayout {
  bars: number;
  lines: LineLayout[];
}

/** Bars of silence before the first line and after the last (a sung intro's lead-in, a sung outro's tail). */
export interface LayoutPadding {
  leadInBars: number;
  tailBars: number;
}

const MIN_SUNG_BARS = 4;

/** Adds a bar before a stanza (a blank line in the lyrics) that would otherwise start on an odd bar. */
function breatheAtBreaks(lines: readonly SungLine[], bars: number[]): void {
  let used = 0;
  lines.forEach((sung, i) => {
    if (i > 0 && sung.source.phraseBreakBefore && used % 2 === 1) {
      bars[i - 1] = (bars[i - 1] ?? 0) + 1;
      used += 1;
    }
    used += bars[i] ?? 0;
  });
}

/**
 * Gives the bars that rounding adds to the shortest lines (a line at most doubles, to at least two
 * bars); what is left stays as rest at the end of the section.
 */
function spreadExtra(needed: readonly number[], bars: number[], extra: number): number {
  let left = extra;
  while (left > 0) {
    let pick = -1;
    bars.forEach((b, i) => {
      const cap = Math.max(2, 2 * (needed[i] ?? 1));
      if (b < cap && (pick < 0 || b <= (bars[pick] ?? 0))) pick = i;
    });
    if (pick < 0) break;
    bars[pick] = (bars[pick] ?? 0) + 1;
    left--;
  }
  return left;
}

/**
 * Lays a section's lines out in order, each in the bars `barsNeeded` asks for (echoes included),
 * a bar added before a stanza that would start on an odd bar, the total rounded up to an even
 * number of at least four bars, then padded.
 */
export function layoutSection(lines: readonly LyricLine[], beatsPerBar: number, padding: LayoutPadding): SectionLayout {
  const sung = lines.map(weaveEchoes).filter((s) => s.line.words.length > 0);
  const needed = sung.map((s) => barsNeeded(s.line, beatsPerBar));
  const bars = [...needed];
  breatheAtBreaks(sung, bars);
  const total = bars.reduce((sum, b) => sum + b, 0);
  const rounded = Math.max(MIN_SUNG_BARS, total + (total % 2));
  const rest = spreadExtra(needed, bars, rounded - total);
  let startBar = padding.leadInBars;
  const layouts = sung.map((s, i) => {
    const layout: LineLayout = { sung: s, startBar, bars: bars[i] ?? 1 };
    startBar += layout.bars;
    return layout;
  });
  return { bars: startBar + rest + padding.tailBars, lines: layouts };
}
