import { findPhrase } from './text-match.ts';

/** A time signature. */
export interface Meter {
  numerator: number;
  denominator: number;
}

/** An explicit time signature ("3/4", "6/8 time", "in 5/4", "waltz time") in normalised text, or null. */
export function parseMeter(text: string): Meter | null {
  const match = /(?<![\d/])(\d{1,2})\s*\/\s*(2|4|8|16)(?![\d/])/.exec(text);
  if (match) {
    const numerator = Number(match[1]);
    const denominator = Number(match[2]);
    if (numerator >= 2 && numerator <= 15) return { numerator, denominator };
  }
  if (findPhrase(text, 'waltz time') >= 0 || findPhrase(text, 'triple meter') >= 0) return { numerator: 3, denominator: 4 };
  if (findPhrase(text, 'compound time') >= 0) return { numerator: 6, denominator: 8 };
  return null;
}

/** Quarter-note beats in one bar of a meter (6/8 -> 3). */
export function beatsPerBar(meter: Meter): number {
  return (meter.numerator * 4) / meter.denominator;
}
