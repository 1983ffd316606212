import { englishNumberWords } from './number-words.ts';
import type { LyricLanguage } from './types.ts';

/** A written word longer than this is sung in pieces of this size: no line of a song holds more. */
export const LONGEST_SUNG_WORD = 24;

const digitNames = 'zero one two three four five six seven eight nine'.split(' ');

/**
 * English words for a run of digits, as sung: up to 999,999 as a number ("twelve thousand four
 * hundred"), longer runs digit by digit. The result never holds a digit.
 */
export function sungEnglishNumber(digits: string): string {
  const n = Number(digits);
  if (digits.length <= 4 || n > 999_999) {
    if (n <= 9999 && !(digits.length > 1 && digits.startsWith('0'))) return englishNumberWords(n);
    return [...digits].map((d) => digitNames[Number(d)] ?? '').join(' ');
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${englishNumberWords(thousands)} thousand${rest === 0 ? '' : ` ${englishNumberWords(rest)}`}`;
}

/** A decimal digit of any script as 0-9 (digits come in runs of ten, from zero, in Unicode). */
function asciiDigit(digit: string): string {
  let start = digit.codePointAt(0) ?? 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String(((digit.codePointAt(0) ?? 0) - start) % 10);
}

/**
 * What a trimmed token is sung as: control characters dropped, digits of every script read as
 * 0-9 (which espeak says), English numbers spelled out, a word
 * longer than {@link LONGEST_SUNG_WORD} letters cut into pieces of that size; else as written.
 */
export function sungTokens(trimmed: string, language: LyricLanguage): string[] {
  const token = trimmed.replace(/\p{Cc}/gu, '').replace(/(?![0-9])\p{Nd}/gu, asciiDigit);
  if (token === '') return [];
  if (language === 'en' && /^\d+$/.test(token)) return sungEnglishNumber(token).split(' ');
  const letters = [...token];
  if (letters.length <= LONGEST_SUNG_WORD) return [token];
  const pieces: string[] = [];
  for (let i = 0; i < letters.length; i += LONGEST_SUNG_WORD) pieces.push(letters.slice(i, i + LONGEST_SUNG_WORD).join(''));
  return pieces;
}
