import type { LyricLanguage } from './types.ts';

const stopWords: Record<LyricLanguage, string> = {
  en: "the and you i my me is it to of in your we with that this be are was for on what all just know don t m ll re ve can love oh baby like so when how never tonight",
  es: 'el la los las que de y en mi tu yo es un una por con no me te se lo pero como para más cuando quiero siempre está mis tus del al amor corazón noche vida hay sin ya soy eres',
  fr: "le la les et je tu il elle de des un une est pas que qui dans pour avec mon ma mes ton ta nous vous moi toi c j l qu d n sur au du ce ne plus amour toujours suis es sont nuit cœur",
  de: 'der die das und ich du nicht ist ein eine mit auf dich mich mir dir wir es sie zu den dem im in wie was so auch noch nur mein dein liebe herz nacht immer bin bist sind hab habe kein',
  it: "il la le e di che non un una per con mi ti io tu sei è sono del della nel ma come più ho cuore amore sempre notte anche questo mio tuo gli lo ci son ciao bella mia cosa dove ancora perché tutto già nella alla degli",
  pt: 'o a os as e de que não um uma com para eu você meu minha seu sua do da no na em é mais tem coração amor sempre noite te me mas como quando vou estou sou dos das',
};

const letterHints: Record<LyricLanguage, string> = {
  en: '',
  es: 'ñ¿¡',
  fr: 'œèêëîïûùâç',
  de: 'äöüß',
  it: 'ìò',
  pt: 'ãõâêôç',
};

const weights = new Map<string, Map<LyricLanguage, number>>();
for (const [language, list] of Object.entries(stopWords) as [LyricLanguage, string][]) {
  for (const word of list.split(' ')) {
    const entry = weights.get(word) ?? new Map<LyricLanguage, number>();
    entry.set(language, 1);
    weights.set(word, entry);
  }
}

const languages: readonly LyricLanguage[] = ['en', 'es', 'fr', 'de', 'it', 'pt'];

/**
 * Guesses the language of lyrics from stop-word frequencies and accented letters. A shared stop
 * word ("la", "de") counts for each of its languages in proportion; English is the default when
 * the text gives no clear sign of another language.
 */
export function detectLanguage(text: string): LyricLanguage {
  const lower = text.toLowerCase().replace(/\[[^\]]*\]/g, ' ');
  const score: Record<LyricLanguage, number> = { en: 0, es: 0, fr: 0, de: 0, it: 0, pt: 0 };
  const tokens = lower.split(/[^\p{L}]+/u).filter((t) => t !== '');
  const seen = new Map<string, number>();
  const distinct: Record<LyricLanguage, number> = { en: 0, es: 0, fr: 0, de: 0, it: 0, pt: 0 };
  for (const token of tokens) {
    const entry = weights.get(token);
    const times = (seen.get(token) ?? 0) + 1;
    seen.set(token, times);
    // A refrain of "na na na" is one piece of evidence, not many.
    if (entry === undefined || times > 2) continue;
    for (const language of entry.keys()) {
      score[language] += 1 / entry.size;
      if (times === 1) distinct[language]++;
    }
  }
  for (const language of languages) {
    for (const letter of letterHints[language]) score[language] += 1.5 * (lower.split(letter).length - 1);
  }
  // Final stressed vowels mark Italian ("città", "più", "perché"), acute vowels Spanish or Portuguese.
  score.it += 1.5 * (lower.match(/[àèìòù](?![\p{L}])/gu)?.length ?? 0);
  score.it += 0.5 * (lower.match(/gli|zz|cch|tt[aeio]\b|zione/g)?.length ?? 0);
  const best = languages.reduce((a, b) => (score[b] > score[a] ? b : a), 'en');
  const enough = score[best] >= Math.max(1.5, tokens.length * 0.08) && (distinct[best] >= 2 || score[best] >= 3);
  return best !== 'en' && enough && score[best] > score.en * 1.2 ? best : 'en';
}

const voices: Record<LyricLanguage, string> = { en: 'en-us', es: 'es', fr: 'fr', de: 'de', it: 'it', pt: 'pt-br' };

/** The espeak-ng voice that sings a language. */
export function espeakVoice(language: LyricLanguage): string {
  return voices[language];
}
