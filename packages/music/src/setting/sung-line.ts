import type { LyricLine, LyricWord } from '../lyrics/types.ts';

/** A lyric line in the order it is sung, lead words and backing echoes woven together. */
export interface SungLine {
  /** The line as one run of words: a lead line's echoes follow the word they answer. */
  line: LyricLine;
  /** One flag per word of `line`: true when the backing vocals sing it. */
  backing: boolean[];
  /** The line as written in the lyrics (for labels and repeats). */
  source: LyricLine;
}

/**
 * Weaves a line's parenthesised echoes into its words, each after the lead word it follows
 * ("I'm falling (ooh)" -> I'm, falling, ooh), so one rhythm places lead and backing words in
 * turn and an echo always sounds in the gap after its lead word. A backing line is all backing.
 */
export function weaveEchoes(line: LyricLine): SungLine {
  if (line.backing || line.echoes.length === 0) {
    return { line, backing: line.words.map(() => line.backing), source: line };
  }
  const words: LyricWord[] = [];
  const backing: boolean[] = [];
  const last = line.words.length - 1;
  const addEchoes = (after: number): void => {
    for (const echo of line.echoes) {
      if (Math.min(echo.afterWord, last) !== after) continue;
      words.push(...echo.line.words);
      backing.push(...echo.line.words.map(() => true));
    }
  };
  addEchoes(-1);
  line.words.forEach((word, index) => {
    words.push(word);
    backing.push(false);
    addEchoes(index);
  });
  return { line: { ...line, words, echoes: [] }, backing, source: line };
}

