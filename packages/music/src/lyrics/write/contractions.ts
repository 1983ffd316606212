import type { LyricLanguage } from '../types.ts';

const rules: Partial<Record<LyricLanguage, readonly [RegExp, string][]>> = {
  es: [
    [/(?<!\p{L})de el(?!\p{L})/gu, 'del'],
    [/(?<!\p{L})a el(?!\p{L})/gu, 'al'],
  ],
  fr: [
    [/(?<!\p{L})de le(?!\p{L})/gu, 'du'],
    [/(?<!\p{L})de les(?!\p{L})/gu, 'des'],
    [/(?<!\p{L})à le(?!\p{L})/gu, 'au'],
    [/(?<!\p{L})à les(?!\p{L})/gu, 'aux'],
    [/(?<!\p{L})jusqu’à le(?!\p{L})/gu, 'jusqu’au'],
    [/(?<!\p{L})jusqu’à les(?!\p{L})/gu, 'jusqu’aux'],
    [/(?<!\p{L})de ([aeiouhéèê])/gu, 'd’$1'],
    [/(?<!\p{L})que ([aeiouéè])/gu, 'qu’$1'],
  ],
  it: [
    [/(?<!\p{L})(?:di|de) il(?!\p{L})/gu, 'del'],
    [/(?<!\p{L})(?:di|de) la(?!\p{L})/gu, 'della'],
    [/(?<!\p{L})(?:di|de) le(?!\p{L})/gu, 'delle'],
    [/(?<!\p{L})(?:di|de) i(?!\p{L})/gu, 'dei'],
    [/(?<!\p{L})(?:di|de) l’/gu, 'dell’'],
    [/(?<!\p{L})(?:di|de) l'/gu, "dell'"],
    [/(?<!\p{L})de(?!\p{L})/gu, 'di'],
    [/(?<!\p{L})a il(?!\p{L})/gu, 'al'],
    [/(?<!\p{L})a la(?!\p{L})/gu, 'alla'],
    [/(?<!\p{L})a le(?!\p{L})/gu, 'alle'],
    [/(?<!\p{L})a i(?!\p{L})/gu, 'ai'],
    [/(?<!\p{L})a l['’]/gu, 'all’'],
    [/(?<!\p{L})in il(?!\p{L})/gu, 'nel'],
    [/(?<!\p{L})in la(?!\p{L})/gu, 'nella'],
    [/(?<!\p{L})in i(?!\p{L})/gu, 'nei'],
    [/(?<!\p{L})in l['’]/gu, 'nell’'],
    [/(?<!\p{L})su il(?!\p{L})/gu, 'sul'],
    [/(?<!\p{L})su la(?!\p{L})/gu, 'sulla'],
    [/(?<!\p{L})su i(?!\p{L})/gu, 'sui'],
    [/(?<!\p{L})su l['’]/gu, 'sull’'],
    [/(?<!\p{L})su le(?!\p{L})/gu, 'sulle'],
    [/(?<!\p{L})in le(?!\p{L})/gu, 'nelle'],
    [/(?<!\p{L})da il(?!\p{L})/gu, 'dal'],
    [/(?<!\p{L})da la(?!\p{L})/gu, 'dalla'],
    [/(?<!\p{L})da le(?!\p{L})/gu, 'dalle'],
    [/(?<!\p{L})da i(?!\p{L})/gu, 'dai'],
    [/(?<!\p{L})da l['’]/gu, 'dall’'],
  ],
  pt: [
    [/(?<!\p{L})de o(?!\p{L})/gu, 'do'],
    [/(?<!\p{L})de a(?!\p{L})/gu, 'da'],
    [/(?<!\p{L})de os(?!\p{L})/gu, 'dos'],
    [/(?<!\p{L})de as(?!\p{L})/gu, 'das'],
    [/(?<!\p{L})em o(?!\p{L})/gu, 'no'],
    [/(?<!\p{L})em a(?!\p{L})/gu, 'na'],
    [/(?<!\p{L})em os(?!\p{L})/gu, 'nos'],
    [/(?<!\p{L})em as(?!\p{L})/gu, 'nas'],
    [/(?<!\p{L})por o(?!\p{L})/gu, 'pelo'],
    [/(?<!\p{L})por a(?!\p{L})/gu, 'pela'],
    [/(?<!\p{L})por os(?!\p{L})/gu, 'pelos'],
    [/(?<!\p{L})por as(?!\p{L})/gu, 'pelas'],
    [/(?<!\p{L})a o(?!\p{L})/gu, 'ao'],
    [/(?<!\p{L})pra o(?!\p{L})/gu, 'pro'],
    [/(?<!\p{L})pra a(?!\p{L})/gu, 'pra'],
  ],
};

/** Joins a preposition and the article after it the way the language writes them ("de el" -> "del", "a il" -> "al", "em a" -> "na"). */
export function contract(text: string, language: LyricLanguage): string {
  return (rules[language] ?? []).reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
