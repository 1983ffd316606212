import { describe, expect, it } from 'vitest';
import { alignSyllables, isVowelToken, splitPhonemeSyllables, syllablePhonemes } from './phoneme-syllables.ts';

describe('splitPhonemeSyllables', () => {
  it('gives one syllable per vowel, a single middle consonant starting the next one', () => {
    expect(splitPhonemeSyllables(['h', '@', 'l', "'oU"])).toEqual([
      { onset: ['h'], vowel: '@', stress: '', coda: [] },
      { onset: ['l'], vowel: 'oU', stress: "'", coda: [] },
    ]);
  });

  it('closes the previous syllable with all but the last consonant of a cluster', () => {
    // "extra": 'E k s t r @
    expect(splitPhonemeSyllables(["'E", 'k', 's', 't', 'r', '@'])).toEqual([
      { onset: [], vowel: 'E', stress: "'", coda: ['k', 's', 't'] },
      { onset: ['r'], vowel: '@', stress: '', coda: [] },
    ]);
  });

  it('keeps onset and coda clusters of one-vowel words and drops pauses', () => {
    expect(splitPhonemeSyllables(['s', 't', 'r', "'I", 'N', 'z', '_:'])).toEqual([{ onset: ['s', 't', 'r'], vowel: 'I', stress: "'", coda: ['N', 'z'] }]);
  });

  it('recognises vowels of several languages and sings a vowel-less word on @', () => {
    for (const v of ['a', "'3:", 'W~', '&U~', ',6', 'y:', '2:', '9', 'V']) expect(isVowelToken(v)).toBe(true);
    for (const c of ['s', 'N', 'T', 'D', 'tS', 'R', 'x', 'C']) expect(isVowelToken(c)).toBe(false);
    expect(splitPhonemeSyllables(['h', 'm'])).toEqual([{ onset: ['h', 'm'], vowel: '@', stress: '', coda: [] }]);
  });
});

describe('alignSyllables', () => {
  const three = splitPhonemeSyllables(['b', "'j", 'u', 't', 'I', 'f', 'U', 'l']);

  it('merges extra phonemic syllables into their neighbours, keeping the first vowel held', () => {
    const { syllables, writtenToPhonemic } = alignSyllables(splitPhonemeSyllables(['f', "'aI", '@', 'r']), 1);
    expect(syllables).toEqual([{ onset: ['f'], vowel: 'aI', stress: "'", coda: ['@', 'r'] }]);
    expect(writtenToPhonemic).toEqual([0]);
  });

  it('maps more written syllables than vowels onto the same syllable (a melisma)', () => {
    const { syllables, writtenToPhonemic } = alignSyllables(splitPhonemeSyllables(['f', "'aI", 'r']), 2);
    expect(syllables).toHaveLength(1);
    expect(writtenToPhonemic).toEqual([0, 0]);
  });

  it('keeps a one-to-one match untouched', () => {
    const { syllables, writtenToPhonemic } = alignSyllables(three, three.length);
    expect(syllables).toEqual(three);
    expect(writtenToPhonemic).toEqual([0, 1, 2]);
  });

  it('writes every sung syllable stressed', () => {
    expect(syllablePhonemes(['s', 't'], 'eI', ['n'])).toBe("st'eIn");
  });
});
