import type { LyricLanguage } from '../types.ts';
import type { LanguageBank } from './bank.ts';
import { germanBank } from './bank-de.ts';
import { englishBank } from './bank-en.ts';
import { spanishBank } from './bank-es.ts';
import { frenchBank } from './bank-fr.ts';
import { italianBank } from './bank-it.ts';
import { portugueseBank } from './bank-pt.ts';

/** The word bank of each language. */
export const languageBanks: Readonly<Record<LyricLanguage, LanguageBank>> = {
  en: englishBank,
  es: spanishBank,
  fr: frenchBank,
  de: germanBank,
  it: italianBank,
  pt: portugueseBank,
};
