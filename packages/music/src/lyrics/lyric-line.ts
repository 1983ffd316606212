import { sungTokens } from './sung-tokens.ts';
import { syllabify, trimWord } from './syllabify.ts';
import type { BackingEcho, LyricLanguage, LyricLine, LyricWord } from './types.ts';

/** Splits text into sung words (on spaces, dashes and slashes), each with its syllables. */
export function lyricWords(text: string, language: LyricLanguage): LyricWord[] {
  const words: LyricWord[] = [];
  for (const token of text.split(/[\s/\u2013\u2014]+|(?<=\p{L})-(?=\p{L})/u)) {
    for (const sung of sungTokens(trimWord(token), language)) {
      const syllables = syllabify(sung, language);
      if (syllables.length > 0) words.push({ text: sung, syllables });
    }
  }
  return words;
}

/** Cuts a line into its lead text and parenthesised parts; an unclosed "(" runs to the end of the line. */
function splitParentheses(text: string): { lead: string; parts: { before: string; inside: string }[] } {
  const parts: { before: string; inside: string }[] = [];
  let lead = '';
  let rest = text;
  for (;;) {
    const open = rest.indexOf('(');
    if (open < 0) break;
    const close = rest.indexOf(')', open);
    const inside = rest.slice(open + 1, close < 0 ? undefined : close);
    lead += rest.slice(0, open);
    parts.push({ before: lead, inside });
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return { lead: (lead + rest).replace(/\s+/g, ' ').trim(), parts };
}

function plainLine(text: string, language: LyricLanguage, backing: boolean, phraseBreakBefore: boolean): LyricLine {
  return { text, words: lyricWords(text, language), backing, phraseBreakBefore, echoes: [] };
}

/**
 * Reads one lyric line. A line that is all parentheses is a backing line; parenthesised parts
 * inside a lead line become echoes placed after the lead word they follow. Returns undefined for a
 * line with nothing to sing.
 */
export function parseLyricLine(text: string, language: LyricLanguage, phraseBreakBefore: boolean): LyricLine | undefined {
  const { lead, parts } = splitParentheses(text.replace(/\[[^\]]*\]/g, ' '));
  const leadWords = lyricWords(lead, language);
  if (leadWords.length === 0) {
    const inside = parts.map((p) => p.inside.trim()).filter((p) => p !== '').join(' ');
    const line = plainLine(inside, language, true, phraseBreakBefore);
    return line.words.length > 0 ? line : undefined;
  }
  const echoes: BackingEcho[] = [];
  for (const part of parts) {
    const line = plainLine(part.inside.trim(), language, true, false);
    if (line.words.length > 0) echoes.push({ afterWord: lyricWords(part.before, language).length - 1, line });
  }
  return { text: lead, words: leadWords, backing: false, phraseBreakBefore, echoes };
}
