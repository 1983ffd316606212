import type { KeySignature } from '../../score.ts';
import { pc, pitchClassName } from './scale.ts';

/** A chord read from a roman numeral, before it is placed in time. */
export interface ChordSpec {
  root: number;
  /** Pitch classes, root first. */
  pitchClasses: number[];
  symbol: string;
}

const NUMERAL_SEMITONES: Readonly<Record<string, number>> = { i: 0, ii: 2, iii: 4, iv: 5, v: 7, vi: 9, vii: 11 };

/** Interval sets and symbol suffixes by (upper/lower case numeral, written suffix). */
const QUALITIES: Readonly<Record<string, { intervals: readonly number[]; suffix: string }>> = {
  'U:': { intervals: [0, 4, 7], suffix: '' },
  'U:7': { intervals: [0, 4, 7, 10], suffix: '7' },
  'U:maj7': { intervals: [0, 4, 7, 11], suffix: 'maj7' },
  'U:9': { intervals: [0, 4, 7, 10, 2], suffix: '9' },
  'U:maj9': { intervals: [0, 4, 7, 11, 2], suffix: 'maj9' },
  'U:add9': { intervals: [0, 4, 7, 2], suffix: 'add9' },
  'U:6': { intervals: [0, 4, 7, 9], suffix: '6' },
  'U:sus2': { intervals: [0, 2, 7], suffix: 'sus2' },
  'U:sus4': { intervals: [0, 5, 7], suffix: 'sus4' },
  'U:5': { intervals: [0, 7], suffix: '5' },
  'L:': { intervals: [0, 3, 7], suffix: 'm' },
  'L:7': { intervals: [0, 3, 7, 10], suffix: 'm7' },
  'L:9': { intervals: [0, 3, 7, 10, 2], suffix: 'm9' },
  'L:add9': { intervals: [0, 3, 7, 2], suffix: 'madd9' },
  'L:6': { intervals: [0, 3, 7, 9], suffix: 'm6' },
  'L:ø7': { intervals: [0, 3, 6, 10], suffix: 'm7b5' },
  'L:°': { intervals: [0, 3, 6], suffix: 'dim' },
  'L:°7': { intervals: [0, 3, 6, 9], suffix: 'dim7' },
};

const ROMAN = /^(b|#)?(vii|vi|iv|v|iii|ii|i|VII|VI|IV|V|III|II|I)(.*)$/;

/**
 * Reads a roman numeral relative to the tonic's major scale ("bVII", "ii7", "V7", "iiø7",
 * "Imaj7"): upper case is major, lower case minor; accidentals move the root. Returns null for
 * anything it cannot read.
 */
export function parseRoman(numeral: string, key: KeySignature): ChordSpec | null {
  const match = ROMAN.exec(numeral.trim());
  if (!match) return null;
  const [, accidental, roman = '', written = ''] = match;
  const upper = roman === roman.toUpperCase();
  const quality = QUALITIES[`${upper ? 'U' : 'L'}:${written}`];
  const degree = NUMERAL_SEMITONES[roman.toLowerCase()];
  if (!quality || degree === undefined) return null;
  const shift = accidental === 'b' ? -1 : accidental === '#' ? 1 : 0;
  const root = pc(key.tonic + degree + shift);
  return {
    root,
    pitchClasses: quality.intervals.map((interval) => pc(root + interval)),
    symbol: `${pitchClassName(root, key, accidental === 'b' ? true : accidental === '#' ? false : undefined)}${quality.suffix}`,
  };
}
