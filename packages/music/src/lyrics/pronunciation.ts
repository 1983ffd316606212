import { dictionary } from 'cmu-pronouncing-dictionary';

/**
 * English pronunciations from the CMU pronouncing dictionary (ARPAbet phones, vowels carry a
 * stress digit: 1 primary, 2 secondary, 0 none). The dictionary module is parsed once when this
 * package loads; lookups are memoised.
 */

const cache = new Map<string, string[][]>();

/** Lower-cases a written word and strips what the dictionary does not spell (curly quotes, edge punctuation). */
export function normalizeEnglishWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, '')
    .replace(/^'+(?!(?:cause|bout|til|round|em|tis|twas)$)/, '');
}

function lookupExact(word: string): string[][] {
  const found: string[][] = [];
  const first = dictionary[word];
  if (first === undefined) return found;
  found.push(first.split(' '));
  for (let variant = 2; variant < 6; variant++) {
    const more = dictionary[`${word}(${variant})`];
    if (more === undefined) break;
    found.push(more.split(' '));
  }
  return found;
}

function lookupCompound(word: string): string[][] {
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = lookupExact(word.slice(0, cut))[0];
    const tail = lookupExact(word.slice(cut))[0];
    if (head !== undefined && tail !== undefined) {
      return [[...head, ...tail.map((phone) => phone.replace('1', '2'))]];
    }
  }
  return [];
}

function lookup(word: string): string[][] {
  const direct = lookupExact(word);
  if (direct.length > 0) return direct;
  if (word.endsWith("in'")) {
    const dropped = lookupExact(`${word.slice(0, -1)}g`);
    if (dropped.length > 0) return dropped;
  }
  const plain = word.replace(/'/g, '');
  if (plain !== word) {
    const withoutApostrophe = lookupExact(plain);
    if (withoutApostrophe.length > 0) return withoutApostrophe;
  }
  return plain.length >= 6 ? lookupCompound(plain) : [];
}

/** All dictionary pronunciations of a word (the first is the most common); empty when the word is unknown. */
export function pronunciations(word: string): string[][] {
  const key = normalizeEnglishWord(word);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = key === '' ? [] : lookup(key);
  cache.set(key, found);
  return found;
}

/** True for an ARPAbet vowel (it carries a stress digit). */
export function isVowelPhone(phone: string): boolean {
  return /\d$/.test(phone);
}
