import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng.ts';
import type { KeySignature } from '../../score.ts';
import { chordScale, explainChromatic, isAllowedPitch } from './chromatic.ts';
import { parseRoman } from './roman.ts';
import { keyName, scalePitchClasses } from './scale.ts';
import { voiceChord } from './voicing.ts';

const C: KeySignature = { tonic: 0, mode: 'major' };
const Am: KeySignature = { tonic: 9, mode: 'minor' };

describe('scales and numerals', () => {
  it('lists scale pitch classes in degree order', () => {
    expect(scalePitchClasses(C)).toEqual([0, 2, 4, 5, 7, 9, 11]);
    expect(scalePitchClasses({ tonic: 2, mode: 'dorian' })).toEqual([2, 4, 5, 7, 9, 11, 0]);
    expect(keyName({ tonic: 10, mode: 'major' })).toBe('Bb major');
    expect(keyName({ tonic: 6, mode: 'minor' })).toBe('F# minor');
  });

  it.each([
    ['I', C, [0, 4, 7], 'C'],
    ['vi7', C, [9, 0, 4, 7], 'Am7'],
    ['V7', Am, [4, 8, 11, 2], 'E7'],
    ['bVII', C, [10, 2, 5], 'Bb'],
    ['iiø7', Am, [11, 2, 5, 9], 'Bm7b5'],
    ['Imaj7', { tonic: 5, mode: 'major' }, [5, 9, 0, 4], 'Fmaj7'],
  ] as const)('%s', (numeral, key, pitchClasses, symbol) => {
    expect(parseRoman(numeral, key)).toEqual({ root: pitchClasses[0], pitchClasses, symbol });
  });

  it('returns null for nonsense', () => {
    expect(parseRoman('xyz', C)).toBeNull();
    expect(parseRoman('I13#11', C)).toBeNull();
  });
});

describe('chromatic notes', () => {
  const E = parseRoman('V7', Am) ?? undefined;
  const A7 = parseRoman('VI7', C) ?? undefined;
  const Bb = parseRoman('bVII', C) ?? undefined;
  it('names the leading tone, secondary dominants, borrowed chords and blue notes', () => {
    expect(explainChromatic(68, Am, E)).toBe('leading-tone');
    expect(explainChromatic(61, C, A7)).toBe('secondary-dominant');
    expect(explainChromatic(70, C, Bb)).toBe('borrowed');
    expect(explainChromatic(63, C, parseRoman('I', C) ?? undefined, { blueNotes: true })).toBe('blue-note');
  });

  it('rejects chromatic notes with no reason', () => {
    expect(explainChromatic(61, C, parseRoman('I', C) ?? undefined)).toBeNull();
    expect(isAllowedPitch(66, C, parseRoman('IV', C) ?? undefined)).toBe(false);
    expect(isAllowedPitch(63, C, parseRoman('I', C) ?? undefined)).toBe(false);
    expect(isAllowedPitch(65, C, undefined)).toBe(true);
  });

  it('builds chord scales that replace the right neighbour', () => {
    expect(chordScale(C, parseRoman('III7', C) ?? undefined)).toEqual([0, 2, 4, 5, 8, 9, 11]);
    expect(chordScale(C, parseRoman('iv', C) ?? undefined)).toEqual([0, 2, 4, 5, 7, 8, 11]);
  });
});

describe('voicing', () => {
  it('keeps every voice within the range and moves little between chords', () => {
    const rng = createRng(1);
    const range = { low: 52, high: 76 };
    let previous: number[] | null = null;
    let movement = 0;
    for (const numeral of ['I', 'V', 'vi', 'IV', 'I', 'V', 'vi', 'IV']) {
      const chord = parseRoman(numeral, C);
      if (!chord) throw new Error(numeral);
      const notes = voiceChord(chord.pitchClasses, previous, range, 4, rng);
      expect(notes.every((n) => n >= range.low && n <= range.high)).toBe(true);
      expect(new Set(notes.map((n) => n % 12))).toEqual(new Set(chord.pitchClasses));
      if (previous) movement += notes.reduce((sum, n, i) => sum + Math.abs(n - (previous?.[i] ?? n)), 0);
      previous = notes;
    }
    // Seven changes of four voices: well under a fourth per voice on average.
    expect(movement / 28).toBeLessThan(3);
  });
});
