import type { Nucleus } from './written-syllables.ts';
import type { LyricLanguage } from './types.ts';

/** Short words sung unstressed: articles, pronouns, prepositions, conjunctions, auxiliaries. */
const functionWords: Record<LyricLanguage, ReadonlySet<string>> = {
  en: new Set(
    ('a an the and or but nor so if as at by for from in into of off on onto to up upon with ' +
      "i me my you your he him his she her it its we us our they them their i'm you're it's " +
      "is am are was were be been do does did has have had can could will would shall should " +
      "may might must that than then this these those there when where while what who whom " +
      "not no yes oh ah ooh la da i'll you'll we'll i've you've i'd you'd don't can't won't " +
      "we're they're he's she's that's there's i'll we'd 'cause til 'til just").split(' '),
  ),
  es: new Set('el la los las lo un una unos y e o u de del a al en con por para sin que mi tu su mis tus sus me te se nos le les yo es ya si no ni'.split(' ')),
  fr: new Set("le la les l un une des de du d et ou à au aux en dans par pour sur que qu qui je j tu il elle on nous vous ils me m te t se s ce c ne n mon ma mes ton ta tes son sa ses est".split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer und oder aber in im an am auf aus bei mit nach von vom zu zum zur ich du er sie es wir ihr mich dich sich mir dir uns ist bin bist sind war so wie als'.split(' ')),
  it: new Set("il lo la i gli le l un uno una un' e ed o di del della dei a al alla da in nel nella con su per tra fra che mi ti si ci vi ne io tu lui lei noi voi è ma non se".split(' ')),
  pt: new Set('o a os as um uma uns umas e ou de do da dos das em no na nos nas por pelo pela com sem para que me te se lhe nos eu tu ele ela meu minha teu tua seu sua é mas não'.split(' ')),
};

/** True for a short function word that is sung unstressed when it has one syllable. */
export function isFunctionWord(word: string, language: LyricLanguage): boolean {
  return functionWords[language].has(word);
}

function markedNucleus(word: string, nuclei: readonly Nucleus[], marks: RegExp): number {
  return nuclei.findIndex((n) => marks.test(word.slice(n.start, n.end)));
}

function penultimateUnless(word: string, nuclei: readonly Nucleus[], finalStress: RegExp): number {
  if (nuclei.length < 2) return 0;
  return finalStress.test(word) ? nuclei.length - 1 : nuclei.length - 2;
}

function germanStress(word: string, nuclei: readonly Nucleus[]): number {
  if (nuclei.length < 2) return 0;
  if (/ieren$|ion$|tät$/.test(word)) return nuclei.length - (word.endsWith('ieren') ? 2 : 1);
  const strongPrefix = /^(ver|zer|ent|emp)/.test(word);
  const weakPrefix = /^(be|ge)[^aeiouäöü]/.test(word) && (nuclei.length >= 3 || !/(e|en|er|el)$/.test(word));
  return strongPrefix || weakPrefix ? 1 : 0;
}

/** Index of the stressed nucleus of a lower-cased word by the usual rules of its (non-English) language. */
export function stressedNucleus(word: string, nuclei: readonly Nucleus[], language: LyricLanguage): number {
  const last = nuclei.length - 1;
  switch (language) {
    case 'es': {
      const marked = markedNucleus(word, nuclei, /[áéíóú]/);
      return marked >= 0 ? marked : penultimateUnless(word, nuclei, /[^aeiouns]$/);
    }
    case 'it': {
      const marked = markedNucleus(word, nuclei, /[àèéìíòóùú]/);
      return marked >= 0 ? marked : penultimateUnless(word, nuclei, /$^/);
    }
    case 'pt': {
      const acute = markedNucleus(word, nuclei, /[áéíóúâêô]/);
      if (acute >= 0) return acute;
      const tilde = markedNucleus(word, nuclei, /[ãõ]/);
      if (tilde >= 0) return tilde;
      return penultimateUnless(word, nuclei, /([iulrzx]|[iu]s|im|ins|um|uns)$/);
    }
    case 'fr':
      return Math.max(0, last);
    case 'de':
      return germanStress(word, nuclei);
    case 'en':
      return 0;
  }
}
