import { describe, expect, it } from 'vitest';
import { syllabify } from './syllabify.ts';
import type { LyricLanguage } from './types.ts';

/** word -> expected parts, the stressed one in capitals. */
function shape(word: string, language: LyricLanguage = 'en'): string {
  return syllabify(word, language)
    .map((s) => (s.stressed ? s.text.toUpperCase() : s.text.toLowerCase()))
    .join('-');
}

describe('syllabify (English, CMU dictionary)', () => {
  it.each([
    ['hello', 'hel-LO'],
    ['beautiful', 'BEAU-ti-ful'],
    ['fire', 'FIRE'],
    ['desire', 'de-SIRE'],
    ['every', 'E-ve-ry'],
    ['tonight', 'to-NIGHT'],
    ['remember', 're-MEM-ber'],
    ['together', 'to-GE-ther'],
    ['little', 'LIT-tle'],
    ['create', 'cre-ATE'],
    ['goodbye', 'good-BYE'],
    ['window', 'WIN-dow'],
    ['singing', 'SING-ing'],
    ['yesterday', 'YES-ter-day'],
    ['love', 'LOVE'],
    ['streetlight', 'STREET-light'],
  ])('%s -> %s', (word, expected) => {
    expect(shape(word)).toBe(expected);
  });

  it('leaves one-syllable function words unstressed and content words stressed', () => {
    for (const word of ['the', 'a', 'and', 'to', 'my', 'you']) expect(syllabify(word, 'en')[0]?.stressed).toBe(false);
    for (const word of ['rain', 'heart', 'night']) expect(syllabify(word, 'en')[0]?.stressed).toBe(true);
  });

  it('keeps the written word intact across its parts, with punctuation and apostrophes', () => {
    for (const word of ["lovin'", "don't", 'rhythm', 'chocolate', 'umbrella', 'Wonderful']) {
      expect(syllabify(word, 'en').map((s) => s.text).join('')).toBe(word);
    }
    expect(syllabify('night,', 'en').map((s) => s.text)).toEqual(['night']);
    expect(syllabify('...', 'en')).toEqual([]);
  });

  it('falls back to the syllable heuristic for words the dictionary lacks', () => {
    expect(syllabify('glimmerous', 'en')).toHaveLength(3);
    expect(syllabify('zorbitude', 'en').filter((s) => s.stressed)).toHaveLength(1);
  });
});

describe('syllabify (vowel-group rules)', () => {
  it.each<[string, LyricLanguage, string]>([
    ['corazón', 'es', 'co-ra-ZÓN'],
    ['quiero', 'es', 'QUIE-ro'],
    ['noche', 'es', 'NO-che'],
    ['guerra', 'es', 'GUE-rra'],
    ['día', 'es', 'DÍ-a'],
    ['amore', 'it', 'a-MO-re'],
    ['città', 'it', 'cit-TÀ'],
    ['giorno', 'it', 'GIOR-no'],
    ['coração', 'pt', 'co-ra-ÇÃO'],
    ['saudade', 'pt', 'sau-DA-de'],
    ['você', 'pt', 'vo-CÊ'],
    ['toujours', 'fr', 'tou-JOURS'],
    ['belle', 'fr', 'BELLE'],
    ['chantent', 'fr', 'CHANTENT'],
    ['oiseau', 'fr', 'oi-SEAU'],
    ['liebe', 'de', 'LIE-be'],
    ['geliebt', 'de', 'ge-LIEBT'],
    ['schwester', 'de', 'SCHWES-ter'],
    ['verloren', 'de', 'ver-LO-ren'],
  ])('%s (%s) -> %s', (word, language, expected) => {
    expect(shape(word, language)).toBe(expected);
  });

  it('stresses exactly one syllable of every longer word', () => {
    for (const [word, language] of [['canción', 'es'], ['bailar', 'es'], ['mattina', 'it'], ['cantar', 'pt'], ['heilige', 'de'], ['chanson', 'fr']] as const) {
      expect(syllabify(word, language).filter((s) => s.stressed)).toHaveLength(1);
    }
  });
});
