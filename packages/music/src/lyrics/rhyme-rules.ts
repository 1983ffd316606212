import { isVowelPhone, normalizeEnglishWord, pronunciations } from './pronunciation.ts';
import { rhymeKeys } from './rhyme.ts';
import { stressedNucleus } from './stress-rules.ts';
import type { LyricLanguage } from './types.ts';
import { writtenNuclei } from './written-syllables.ts';

/**
 * Rhyme keys by each language's own rules. A perfect rhyme shares the sound from the stressed
 * vowel to the end; a near rhyme (assonance, slant rhyme) shares the stressed vowel and the kind of
 * ending. English reads the CMU dictionary; Spanish, Italian and Portuguese cut the spelling at the
 * stressed vowel their stress rules find and spell the tail as it sounds; French reads the last
 * sounded vowel and what follows after its mute letters; German the last full vowel (not the schwa
 * of -e, -en, -er) and its consonants.
 */

const stripAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u0302\u0304-\u036f]/g, '').normalize('NFC');

function romanceTail(word: string, language: 'es' | 'it' | 'pt'): string {
  const nuclei = writtenNuclei(word, language);
  if (nuclei.length === 0) return word;
  const stressed = nuclei[stressedNucleus(word, nuclei, language)] ?? nuclei[nuclei.length - 1];
  let tail = word.slice(stressed?.start ?? 0);
  // A glide before the stressed vowel ("ie" of "tierra") is not part of the rhyme.
  const nucleusLength = (stressed?.end ?? 0) - (stressed?.start ?? 0);
  if (nucleusLength > 1 && tail.length > nucleusLength && /^[iuü][aeioáéíóúàèìòùâêôãõ]/.test(tail)) tail = tail.slice(1);
  tail = stripAccents(tail);
  if (language === 'es') tail = tail.replace(/ch/g, 'C').replace(/v/g, 'b').replace(/h/g, '').replace(/z|c(?=[ei])/g, 's').replace(/ll/g, 'y');
  if (language === 'pt') tail = tail.replace(/ss|ç|c(?=[ei])/g, 's').replace(/m$/, 'n');
  if (language === 'it') tail = tail.replace(/([bcdfglmnprstvz])\1/g, '$1$1');
  return tail;
}

const frenchSounds: readonly [RegExp, string][] = [
  [/(eaux|eau|aux|au|ôt|ot|os|o)$/, 'o'],
  [/(aient|ais|ait|ai|et|ès|êt|est)$/, 'E'],
  [/(ée|ées|és|er|ez|é)$/, 'e'],
  [/(ain|aint|ein|eint|in|ins|int|aim|im)$/, 'I'],
  [/(ens|ent|ant|ants|and|an|ang|amp|emps|en)$/, 'A'],
  [/(ond|ont|ons|on|om)$/, 'O'],
  [/(oux|oup|ous|out|ou|oût)$/, 'u'],
  [/(oix|oit|ois|oi|oie)$/, 'wa'],
  [/(eux|eut|eu|œu)$/, 'ø'],
  [/(uit|uis|ui|uie|uies)$/, 'ɥi'],
  [/(ues|ue|us|ut|u)$/, 'y'],
  [/(ies|ie|is|it|ix|i|ît|y)$/, 'i'],
  [/(as|at|a|à|ât)$/, 'a'],
];

const frenchOpenEr = new Set(['mer', 'fer', 'cher', 'hier', 'hiver', 'enfer', 'amer', 'vers', 'hivers', 'univers', 'travers', 'envers', 'fier', 'ver', 'verre', 'terre', 'guerre', 'pierre', 'lumière', 'hier', 'air', 'clair', 'éclair', 'chair', 'flair', 'paire', 'père', 'mère', 'frère', 'prière', 'rivière', 'frontière', 'poussière', 'colère', 'mystère', 'solitaire', 'éphémère', 'misère', 'hiver', 'désert', 'ouvert', 'offert', 'vert', 'perdre', 'concert']);

function frenchTail(word: string): string {
  if (frenchOpenEr.has(word) || /(ère|erre|aire|air|ert|erts)$/.test(word)) return 'Er';
  if (/eil(le)?s?$/.test(word)) return 'Ej';
  if (/ail(le)?s?$/.test(word)) return 'aj';
  if (/[^aeiouv]ille?s?$/.test(word) && !/^(ville|mille|tranquille)s?$/.test(word)) return 'ij';
  if (/(iel|el|elle|elles|els|èle|ele)$/.test(word)) return 'El';
  let w = word.replace(/(ent)$/, (m) => (/(m|v|d|l|c)ent$/.test(word) && word.length <= 6 ? m : 'e'));
  if (/[^aeiouyéèêàâîôû]es?$/.test(w)) {
    // A mute e: the rhyme is the vowel before and the consonants sounded after it ("belle" -> "El").
    const core = w.replace(/es?$/, '');
    const m = /([aeiouyéèêàâîôûœ]+)([^aeiouyéèêàâîôûœ]+)$/.exec(core);
    if (m === null) return core;
    const vowel = frenchSounds.find(([pattern]) => pattern.test(m[1] ?? ''))?.[1] ?? m[1] ?? '';
    const vowelSound = vowel === 'e' ? 'E' : vowel;
    return `${vowelSound}${(m[2] ?? '').replace(/ll/, 'l').replace(/([a-z])\1/, '$1').replace(/qu|c/, 'k')}`;
  }
  w = w.replace(/s$/, '').replace(/x$/, '');
  for (const [pattern, sound] of frenchSounds) {
    const m = pattern.exec(w);
    if (m !== null) return sound;
  }
  const m = /([aeiouyéèêàâîôûœ]+)([^aeiouyéèêàâîôûœ]+)$/.exec(w);
  if (m === null) return w;
  const vowel = frenchSounds.find(([pattern]) => pattern.test(m[1] ?? ''))?.[1] ?? m[1] ?? '';
  return `${vowel === 'e' ? 'E' : vowel}${m[2] ?? ''}`;
}

function germanTail(word: string): string {
  const w = word.replace(/ß/g, 'ss').replace(/dt$/, 't').replace(/th/g, 't').replace(/ä/g, 'e').replace(/äu/g, 'eu');
  const nuclei = writtenNuclei(w, 'de');
  if (nuclei.length === 0) return w;
  let index = nuclei.length - 1;
  const schwaTail = (i: number): boolean => {
    const n = nuclei[i];
    return n !== undefined && w.slice(n.start, n.end) === 'e' && /^e(n|r|l|s|m|rn|ns|nd)?$/.test(w.slice(n.start)) && i > 0;
  };
  while (index > 0 && schwaTail(index)) index--;
  return w.slice(nuclei[index]?.start ?? 0).replace(/ie|ih/g, 'i:').replace(/ah|aa/g, 'a:').replace(/oh|oo/g, 'o:').replace(/eh|ee/g, 'e:').replace(/uh/g, 'u:').replace(/ck/g, 'k').replace(/([bdfgklmnprstz])\1/g, '$1');
}

function englishNear(word: string): string[] {
  const found = pronunciations(normalizeEnglishWord(word));
  if (found.length === 0) return rhymeKeys(word);
  return found.map((phones) => {
    let from = phones.length - 1;
    while (from > 0 && !/[12]$/.test(phones[from] ?? '')) from--;
    const tail = phones.slice(from).map((p) => p.replace(/\d$/, ''));
    const vowel = tail[0] ?? '';
    const last = tail[tail.length - 1] ?? '';
    return `${vowel}/${isVowelPhone(`${last}0`) && last === vowel ? '' : consonantClass(last)}`;
  });
}

function consonantClass(phone: string): string {
  if (/^(P|T|K|B|D|G)$/.test(phone)) return 'stop';
  if (/^(M|N|NG)$/.test(phone)) return 'nasal';
  if (/^(F|V|TH|DH|S|Z|SH|ZH|CH|JH|HH)$/.test(phone)) return 'fric';
  if (/^(L|R)$/.test(phone)) return 'liquid';
  return phone;
}

/** The perfect-rhyme keys of a word in a language (English: one per dictionary pronunciation). */
export function perfectKeys(word: string, language: LyricLanguage): string[] {
  const lower = word.toLowerCase().replace(/[\u2019']/g, "'").replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (lower === '') return [];
  switch (language) {
    case 'en':
      return rhymeKeys(lower);
    case 'es':
    case 'it':
    case 'pt':
      return [romanceTail(lower, language)];
    case 'fr':
      return [frenchTail(lower)];
    case 'de':
      return [germanTail(lower)];
  }
}

/** Near-rhyme keys: the stressed vowel and the class of the final consonant (assonance in Spanish, Italian and Portuguese). */
export function nearKeys(word: string, language: LyricLanguage): string[] {
  if (language === 'en') return englishNear(word);
  return perfectKeys(word, language).map((tail) => {
    const vowels = tail.replace(/[^aeiouyEIAOøɥ:]/g, '');
    const ending = /[aeiouy:EIAO]$/.test(tail) ? '' : tail.replace(/^.*[aeiouyEIAOø:]/, '').slice(-1);
    return `${vowels}/${/[ptkbdg]/.test(ending) ? 'stop' : /[mn]/.test(ending) ? 'nasal' : /[lr]/.test(ending) ? 'liquid' : ending}`;
  });
}

function endWord(line: string): string {
  const words = line.split(/[\s\-\u2014]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '')).filter((w) => /\p{L}/u.test(w));
  return words[words.length - 1] ?? '';
}

/** How two lines rhyme: 'perfect', 'near' or 'none' (the same last word counts as perfect only when `sameWordCounts`). */
export function rhymeKind(a: string, b: string, language: LyricLanguage, sameWordCounts = false): 'perfect' | 'near' | 'none' {
  const [x, y] = [endWord(a).toLowerCase(), endWord(b).toLowerCase()];
  if (x === '' || y === '') return 'none';
  if (x === y) return sameWordCounts ? 'perfect' : 'none';
  const right = new Set(perfectKeys(y, language));
  if (perfectKeys(x, language).some((k) => right.has(k))) return 'perfect';
  const nearRight = new Set(nearKeys(y, language));
  return nearKeys(x, language).some((k) => nearRight.has(k)) ? 'near' : 'none';
}
