import { syllable } from 'syllable';
import { isVowelPhone, normalizeEnglishWord, pronunciations } from './pronunciation.ts';
import { isFunctionWord, stressedNucleus } from './stress-rules.ts';
import type { LyricLanguage, SyllableInfo } from './types.ts';
import { splitAtNuclei, writtenNuclei, type Nucleus } from './written-syllables.ts';

const frenchSoundedEnt = new Set(
  'vent lent cent dent gent souvent argent parent présent absent accent talent serpent torrent urgent violent différent évident content moment ment'.split(' '),
);

/** Drops the French mute final e ("belle", "tristes", verb endings "-ent") when the word has another nucleus. */
function dropFrenchMuteE(word: string, nuclei: Nucleus[]): Nucleus[] {
  const last = nuclei[nuclei.length - 1];
  if (nuclei.length < 2 || last === undefined || word.slice(last.start, last.end) !== 'e') return nuclei;
  const tail = word.slice(last.end);
  const muteEnt = tail === 'nt' && !word.endsWith('ment') && !frenchSoundedEnt.has(word);
  return tail === '' || tail === 's' || muteEnt ? nuclei.slice(0, -1) : nuclei;
}

/**
 * The dictionary hears "fire", "hour", "desire" with a final ER after the diphthong (F AY1 ER0);
 * songs sing it as one syllable with the diphthong ("fire" rhymes with "higher" only in speech).
 */
function sungVowels(word: string, vowels: string[]): string[] {
  const last = vowels[vowels.length - 1];
  const before = vowels[vowels.length - 2];
  if (last === 'ER0' && before !== undefined && /^(AY|AW)\d$/.test(before) && /(ire[sd]?|our[s]?|yre[sd]?)$/.test(word)) return vowels.slice(0, -1);
  return vowels;
}

/** Stress position and count from the CMU dictionary, or from `syllable` plus a guess for unknown words. */
function englishShape(word: string): { count: number; stress: number } {
  const phones = pronunciations(word)[0];
  if (phones === undefined) return { count: Math.max(1, syllable(word)), stress: /^(a|be|de|re|un|to)[^aeiou]/.test(word) ? 1 : 0 };
  const vowels = sungVowels(word, phones.filter(isVowelPhone));
  const primary = vowels.findIndex((v) => v.endsWith('1'));
  const secondary = vowels.findIndex((v) => v.endsWith('2'));
  return { count: Math.max(1, vowels.length), stress: Math.max(0, primary >= 0 ? primary : secondary) };
}

function mergeClosest(nuclei: Nucleus[]): Nucleus[] {
  let best = 1;
  for (let i = 2; i < nuclei.length; i++) {
    const gap = (nuclei[i] as Nucleus).start - (nuclei[i - 1] as Nucleus).end;
    if (gap < (nuclei[best] as Nucleus).start - (nuclei[best - 1] as Nucleus).end) best = i;
  }
  const merged = { start: (nuclei[best - 1] as Nucleus).start, end: (nuclei[best] as Nucleus).end };
  return [...nuclei.slice(0, best - 1), merged, ...nuclei.slice(best + 1)];
}

function splitWidest(nuclei: Nucleus[], word: string): Nucleus[] {
  let widest = -1;
  nuclei.forEach((n, i) => {
    if (n.end - n.start >= 2 && (widest < 0 || n.end - n.start > (nuclei[widest] as Nucleus).end - (nuclei[widest] as Nucleus).start)) widest = i;
  });
  if (widest >= 0) {
    const n = nuclei[widest] as Nucleus;
    const mid = n.start + Math.floor((n.end - n.start) / 2);
    return [...nuclei.slice(0, widest), { start: n.start, end: mid }, { start: mid, end: n.end }, ...nuclei.slice(widest + 1)];
  }
  // No vowel run to split ("hour" already split, "rhythm"): add a nucleus at the last consonant that has none.
  const taken = new Set(nuclei.flatMap((n) => Array.from({ length: n.end - n.start }, (_, k) => n.start + k)));
  for (let i = word.length - 1; i >= 0; i--) {
    if (!taken.has(i)) return [...nuclei, { start: i, end: i + 1 }].sort((a, b) => a.start - b.start);
  }
  return nuclei;
}

const hiatus = /ia|io|eo|ea|ua|uo|iu/;

/** True when the last nucleus is a silent final e ("love", "loves", "loved"), but not the syllabic "-le" of "little". */
function silentFinalE(word: string, nuclei: readonly Nucleus[]): boolean {
  const last = nuclei[nuclei.length - 1];
  if (last === undefined || nuclei.length < 2) return false;
  const tail = word.slice(last.start);
  return /^e[sd]?$/.test(tail) && !/[^aeiou]le$/.test(word) && !/[aeiouy]/.test(word[last.start - 1] ?? 'a');
}

/** Fits the written vowel groups of an English word to the number of syllables the dictionary hears. */
function fitNuclei(word: string, count: number): Nucleus[] {
  let nuclei = writtenNuclei(word, 'en');
  if (nuclei.length === 0) nuclei = [{ start: 0, end: word.length }];
  if (silentFinalE(word, nuclei)) {
    const others = nuclei.slice(0, -1);
    const splittable = others.some((n) => hiatus.test(word.slice(n.start, n.end)));
    if (nuclei.length > count || splittable) nuclei = others;
  }
  while (nuclei.length > count) nuclei = mergeClosest(nuclei);
  for (let guard = 0; nuclei.length < count && guard < count; guard++) nuclei = splitWidest(nuclei, word);
  return nuclei;
}

function englishSyllables(written: string, lower: string): SyllableInfo[] {
  const key = normalizeEnglishWord(lower);
  const { count, stress } = englishShape(key);
  const letters = written.replace(/[^\p{L}']/gu, '').length;
  const nuclei = fitNuclei(lower, Math.min(count, Math.max(1, letters)));
  const chunks = splitAtNuclei(written, nuclei, 'en');
  const lonelyFunctionWord = chunks.length === 1 && isFunctionWord(key, 'en');
  return chunks.map((text, i) => ({ text, stressed: i === Math.min(stress, chunks.length - 1) && !lonelyFunctionWord }));
}

function ruleSyllables(written: string, lower: string, language: LyricLanguage): SyllableInfo[] {
  let nuclei = writtenNuclei(lower, language);
  if (language === 'fr') nuclei = dropFrenchMuteE(lower, nuclei);
  if (nuclei.length === 0) return [{ text: written, stressed: false }];
  const stress = stressedNucleus(lower, nuclei, language);
  const chunks = splitAtNuclei(written, nuclei, language);
  const unstressed = chunks.length === 1 && isFunctionWord(lower.replace(/'$/, ''), language);
  return chunks.map((text, i) => ({ text, stressed: i === stress && !unstressed }));
}

/** Strips punctuation around a word, keeping the apostrophes of "'cause" and "lovin'". */
export function trimWord(word: string): string {
  const core = word.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const lead = /^\W*'(cause|cos|cuz|til|bout|round|em)\b/i.test(word.replace(/[\u2018\u2019]/g, "'")) ? "'" : '';
  const trail = /in'\W*$/i.test(word.replace(/[\u2018\u2019]/g, "'")) ? "'" : '';
  return core === '' ? '' : lead + core + trail;
}

/**
 * Splits a word into sung syllables with their stress. English uses the CMU dictionary for the count
 * and stress (falling back to the `syllable` heuristic) and cuts the spelling into as many parts;
 * other languages use vowel-group rules (French drops the mute final e). Punctuation at the edges is
 * ignored; a word without letters gives no syllables.
 */
export function syllabify(word: string, language: LyricLanguage = 'en'): SyllableInfo[] {
  const written = trimWord(word);
  if (!/[\p{L}\p{N}]/u.test(written)) return [];
  const lower = written.toLowerCase();
  const safeWritten = lower.length === written.length ? written : lower;
  return language === 'en' ? englishSyllables(safeWritten, lower) : ruleSyllables(safeWritten, lower, language);
}
