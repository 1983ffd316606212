import { spellingRules, type SpellingRules } from './spelling-rules.ts';
import type { LyricLanguage } from './types.ts';

/** A vowel nucleus: letters [start, end) of the lower-cased word. */
export interface Nucleus {
  start: number;
  end: number;
}

function isVowelAt(word: string, i: number, language: LyricLanguage, rules: SpellingRules): boolean {
  const letter = word[i] ?? '';
  if (!rules.vowels.includes(letter)) return false;
  const previous = word[i - 1] ?? '';
  const next = word[i + 1] ?? '';
  const nextIsVowel = next !== '' && next !== 'y' && rules.vowels.includes(next);
  if (letter === 'u' && (previous === 'q' || (previous === 'g' && next !== '' && 'eiéèêí'.includes(next)))) {
    return false;
  }
  if (letter === 'y') {
    if (language === 'en') return i > 0 && (!nextIsVowel || (next === 'e' && i + 2 === word.length));
    if (language === 'es') return word.length === 1 || (next === '' && i > 0);
    return i > 0 || !nextIsVowel;
  }
  if (language === 'it' && letter === 'i' && nextIsVowel && i > 0) {
    return !('cg'.includes(previous) || word.slice(i - 2, i) === 'gl');
  }
  return true;
}

function splitsBetween(a: string, b: string, rules: SpellingRules, language: LyricLanguage): boolean {
  if (rules.vowelPairs.includes(a + b)) return false;
  switch (language) {
    case 'en':
      return false;
    case 'fr':
      return a === 'é' || b === 'ï';
    case 'de':
      return true;
    case 'es':
    case 'it':
    case 'pt':
      return !rules.weakVowels.includes(a) && !rules.weakVowels.includes(b);
  }
}

/** Splits a run of vowel letters into nuclei (hiatus), e.g. Spanish "ea" -> "e" + "a", German "eie" -> "ei" + "e". */
function splitRun(run: string, offset: number, rules: SpellingRules, language: LyricLanguage): Nucleus[] {
  const out: Nucleus[] = [];
  let start = 0;
  for (let i = 1; i < run.length; i++) {
    const pairedAlready = language === 'de' && i - start >= 2;
    if (pairedAlready || splitsBetween(run[i - 1] ?? '', run[i] ?? '', rules, language)) {
      out.push({ start: offset + start, end: offset + i });
      start = i;
    }
  }
  out.push({ start: offset + start, end: offset + run.length });
  return out;
}

/** The vowel nuclei of a lower-cased word, by the spelling rules of its language. */
export function writtenNuclei(word: string, language: LyricLanguage): Nucleus[] {
  const rules = spellingRules(language);
  const nuclei: Nucleus[] = [];
  let i = 0;
  while (i < word.length) {
    if (!isVowelAt(word, i, language, rules)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < word.length && isVowelAt(word, end, language, rules)) end++;
    nuclei.push(...splitRun(word.slice(i, end), i, rules, language));
    i = end;
  }
  return nuclei;
}

function consonantUnits(cluster: string, rules: SpellingRules): string[] {
  const units: string[] = [];
  let i = 0;
  while (i < cluster.length) {
    const unit = rules.consonantUnits.find((u) => cluster.startsWith(u, i)) ?? cluster[i] ?? '';
    units.push(unit);
    i += unit.length;
  }
  return units;
}

/** How many letters of the consonant cluster between two nuclei stay with the first syllable. */
function codaLength(cluster: string, rules: SpellingRules, language: LyricLanguage): number {
  const units = consonantUnits(cluster, rules);
  const last = units[units.length - 1];
  if (last === undefined) return 0;
  if (rules.codaUnits.includes(last)) return cluster.length;
  let onsetUnits = 1;
  if (units.length >= 2) {
    const pair = (units[units.length - 2] ?? '') + last;
    const sFirst = language === 'it' && units[units.length - 2] === 's';
    if (rules.onsets.includes(pair) || sFirst) onsetUnits = 2;
    if (language === 'en' && units.length === 2 && ['st', 'sp', 'sk', 'sc'].includes(pair)) onsetUnits = 1;
  }
  const onset = units.slice(units.length - onsetUnits).join('');
  return cluster.length - onset.length;
}

/** Cuts a word into one written chunk per nucleus, consonants between nuclei going to the following syllable's onset where the language allows. */
export function splitAtNuclei(word: string, nuclei: readonly Nucleus[], language: LyricLanguage): string[] {
  if (nuclei.length <= 1) return [word];
  const rules = spellingRules(language);
  const lower = word.toLowerCase();
  const cuts: number[] = [];
  for (let n = 1; n < nuclei.length; n++) {
    const before = nuclei[n - 1] as Nucleus;
    const after = nuclei[n] as Nucleus;
    const cluster = lower.slice(before.end, after.start);
    const syllabicLe = language === 'en' && after.end === lower.length && lower.endsWith('le') && cluster.length >= 2;
    cuts.push(syllabicLe ? after.start - 2 : before.end + codaLength(cluster, rules, language));
  }
  const chunks: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    chunks.push(word.slice(from, cut));
    from = cut;
  }
  chunks.push(word.slice(from));
  return chunks;
}
