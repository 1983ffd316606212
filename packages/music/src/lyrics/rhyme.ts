import { isVowelPhone, normalizeEnglishWord, pronunciations } from './pronunciation.ts';
import { syllabify, trimWord } from './syllabify.ts';
import type { LyricLanguage } from './types.ts';

/** The phones from the last stressed vowel to the end, without stress digits ("night" -> "AY T"). */
function rhymeTail(phones: readonly string[]): string {
  let from = -1;
  for (const level of ['1', '2']) {
    for (let i = phones.length - 1; i >= 0 && from < 0; i--) if ((phones[i] ?? '').endsWith(level)) from = i;
  }
  if (from < 0) for (let i = phones.length - 1; i >= 0 && from < 0; i--) if (isVowelPhone(phones[i] ?? '')) from = i;
  return phones
    .slice(Math.max(0, from))
    .map((p) => p.replace(/\d$/, ''))
    .join(' ');
}

/** Spelling stand-in for a word the dictionary lacks: its last vowel group and what follows ("-ight"). */
function spelledTail(word: string): string {
  const match = /[aeiouy]+[^aeiouy]*e?$/.exec(word);
  return `~${match?.[0] ?? word}`;
}

/**
 * Every rhyme key of an English word, one per dictionary pronunciation: the phones from the last
 * stressed vowel on (a perfect rhyme shares one). Unknown words get a spelling-based key.
 */
export function rhymeKeys(word: string): string[] {
  const key = normalizeEnglishWord(word);
  if (key === '') return [];
  const found = pronunciations(key);
  if (found.length === 0) return [spelledTail(key)];
  return [...new Set(found.map(rhymeTail))];
}

function lastWord(line: string): string {
  const words = line.split(/[\s\-\u2014]+/).map(trimWord).filter((w) => /\p{L}/u.test(w));
  return words[words.length - 1] ?? '';
}

/**
 * True when the last words of two English lines (or two words) rhyme perfectly: they share the
 * phones from the last stressed vowel on, in some dictionary pronunciation. Identical words count.
 */
export function checkRhyme(a: string, b: string): boolean {
  const left = rhymeKeys(lastWord(a));
  const right = new Set(rhymeKeys(lastWord(b)));
  return left.some((key) => right.has(key));
}

/** Sung syllables in a line of text (words split on spaces and hyphens; punctuation and parentheses ignored). */
export function countSyllables(line: string, language: LyricLanguage = 'en'): number {
  return line
    .split(/[\s\-\u2014()]+/)
    .reduce((total, word) => total + syllabify(word, language).length, 0);
}
