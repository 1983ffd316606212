import type { LyricLanguage } from './types.ts';

/** How a language spells its syllables: what is a vowel, which letters stick together, which clusters open a syllable. */
export interface SpellingRules {
  vowels: string;
  /** Vowels that glide into a neighbour (Spanish/Italian/Portuguese i, u); empty when every run is one nucleus. */
  weakVowels: string;
  /** Vowel pairs that make one nucleus, for languages that split other runs (German). */
  vowelPairs: readonly string[];
  /** Consonant spellings never split, longest first. */
  consonantUnits: readonly string[];
  /** Units that stay with the syllable before them (English "ck", "ng", "x"). */
  codaUnits: readonly string[];
  /** Two-unit clusters that can open a syllable ("tr", "bl"...), checked at the end of a consonant run. */
  onsets: readonly string[];
}

const stopLiquid = ['bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'pl', 'pr', 'tr'];

const rules: Record<LyricLanguage, SpellingRules> = {
  en: {
    vowels: 'aeiouy',
    weakVowels: '',
    vowelPairs: [],
    consonantUnits: ['tch', 'th', 'sh', 'ch', 'ph', 'wh', 'ck', 'ng', 'gh', 'qu'],
    codaUnits: ['ck', 'ng', 'x', 'gh', 'tch'],
    onsets: [...stopLiquid, 'st', 'sp', 'sk', 'sc', 'sw', 'tw', 'thr', 'shr'],
  },
  es: {
    vowels: 'aeiouáéíóúüy',
    weakVowels: 'iuüy',
    vowelPairs: [],
    consonantUnits: ['ch', 'll', 'rr', 'qu', 'gu'],
    codaUnits: [],
    onsets: stopLiquid,
  },
  it: {
    vowels: 'aeiouàèéìíòóùú',
    weakVowels: 'iu',
    vowelPairs: [],
    consonantUnits: ['sch', 'sci', 'gli', 'ch', 'gh', 'gn', 'qu', 'ci', 'gi'],
    codaUnits: [],
    onsets: [...stopLiquid, 'sb', 'sc', 'sd', 'sf', 'sg', 'sl', 'sm', 'sn', 'sp', 'sr', 'st', 'sv'],
  },
  pt: {
    vowels: 'aeiouáéíóúâêôãõàü',
    weakVowels: 'iuü',
    vowelPairs: ['ão', 'ãe', 'õe', 'ãi'],
    consonantUnits: ['ch', 'lh', 'nh', 'qu', 'gu'],
    codaUnits: [],
    onsets: stopLiquid,
  },
  fr: {
    vowels: 'aeiouyéèêëàâîïôûùüœæ',
    weakVowels: '',
    vowelPairs: [],
    consonantUnits: ['ch', 'ph', 'gn', 'th', 'qu', 'gu'],
    codaUnits: [],
    onsets: [...stopLiquid, 'vr'],
  },
  de: {
    vowels: 'aeiouyäöü',
    weakVowels: '',
    vowelPairs: ['äu', 'ei', 'ie', 'au', 'eu', 'ai', 'aa', 'ee', 'oo'],
    consonantUnits: ['sch', 'ch', 'ck', 'ph', 'th', 'qu'],
    codaUnits: [],
    onsets: [...stopLiquid, 'pfl', 'schl', 'schr', 'schw', 'kl', 'kr'],
  },
};

/** The spelling rules of a language. */
export function spellingRules(language: LyricLanguage): SpellingRules {
  return rules[language];
}
