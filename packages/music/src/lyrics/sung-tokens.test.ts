import { describe, expect, it } from 'vitest';
import { parseLyrics } from './parse-lyrics.ts';
import { LONGEST_SUNG_WORD, sungEnglishNumber, sungTokens } from './sung-tokens.ts';

describe('sung tokens', () => {
  it('spells every run of digits in words, however long (10000 used to overflow the stack)', () => {
    expect(sungEnglishNumber('10000')).toBe('ten thousand');
    expect(sungEnglishNumber('12345')).toBe('twelve thousand three hundred forty five');
    expect(sungEnglishNumber('999999')).toBe('nine hundred ninety nine thousand nine hundred ninety nine');
    expect(sungEnglishNumber('1000000')).toBe('one zero zero zero zero zero zero');
    expect(sungEnglishNumber('007')).toBe('zero zero seven');
    expect(sungEnglishNumber('1999')).toBe('nineteen ninety nine');
    for (const digits of ['10000', '123456789012345678901234567890', '9'.repeat(400)]) expect(sungEnglishNumber(digits)).not.toMatch(/\d/);
    const sheet = parseLyrics('[Verse]\nTen thousand miles, 10000 miles\nCall 5551234567 tonight');
    const words = sheet.sections.flatMap((s) => s.lines.flatMap((l) => l.words.map((w) => w.text)));
    expect(words.slice(0, 8)).toEqual(['Ten', 'thousand', 'miles', 'ten', 'thousand', 'miles', 'Call', 'five']);
  });

  it('cuts a very long word into singable pieces and drops control characters', () => {
    const pieces = sungTokens('a'.repeat(100), 'en');
    expect(pieces.map((p) => p.length)).toEqual([24, 24, 24, 24, 4]);
    expect(pieces.every((p) => p.length <= LONGEST_SUNG_WORD)).toBe(true);
    expect(sungTokens('we\u0000run', 'en')).toEqual(['werun']);
    expect(sungTokens('\u0007', 'en')).toEqual([]);
    expect(sungTokens('love', 'fr')).toEqual(['love']);
    expect(sungTokens('٣٤٥', 'en')).toEqual(['three', 'hundred', 'forty', 'five']);
    expect(sungTokens('１２', 'en')).toEqual(['twelve']);
    expect(sungTokens('𝟗𝟖', 'de')).toEqual(['98']);
  });
});
