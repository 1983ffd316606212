/**
 * Refuses requests whose text contains an operator's blocked word or names a well-known real
 * artist. Pure: the word lists come in through options.
 *
 * Where each list applies:
 * - blocked words: every text field (prompt, style, title, negativeTags);
 * - artist names: `style`, and `prompt` only when it is a description (customMode false). Never in
 *   lyrics (customMode true), titles or negativeTags: lyrics are free text where "queen", "Adele"
 *   or "rolling stones" are ordinary words, and naming an artist to exclude is not imitation.
 * - names that are also given names, words or phrases (KNOWN_ARTISTS_STYLE_ONLY): `style` only.
 */
import { KNOWN_ARTISTS, KNOWN_ARTISTS_STYLE_ONLY } from './known-artists.ts';

/** Options of {@link createContentFilter}. */
export interface ContentFilterOptions {
  /** Words or phrases refused anywhere (whole words, case- and accent-insensitive). */
  blockedWords: readonly string[];
  /** Refuse the names of well-known real artists (see known-artists.ts). */
  blockArtists: boolean;
}

/** The text fields of a request, and the mode that says whether `prompt` is lyrics. */
export interface ContentFields {
  /** true: `prompt` holds lyrics; false: `prompt` is a description of the song. */
  customMode: boolean;
  prompt?: string | undefined;
  style?: string | undefined;
  title?: string | undefined;
  negativeTags?: string | undefined;
}

/** The outcome of a check: the first field that holds a refused term, and the term as listed. */
export type ContentCheck =
  | { ok: true }
  | { ok: false; field: keyof Omit<ContentFields, 'customMode'>; term: string; kind: 'blocked_word' | 'artist' };

/** A content filter built once from its lists. */
export interface ContentFilter {
  check(fields: ContentFields): ContentCheck;
}

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i',
};

/**
 * Text reduced for whole-word matching: lowercase, without accents, `&` read as "and",
 * apostrophes and the dots of initialisms dropped ("Guns N' Roses" -> "guns n roses",
 * "B.I.G." -> "big"), any other punctuation a single space.
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/['’‘ʼ`]/g, '')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (initialism) => initialism.replaceAll('.', ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Term {
  listed: string;
  /** Normalized, padded with spaces so that a substring search matches whole words only. */
  needle: string;
}

function toTerms(words: readonly string[]): Term[] {
  const terms: Term[] = [];
  for (const listed of words) {
    const normalized = normalizeForMatching(listed);
    if (normalized !== '') terms.push({ listed, needle: ` ${normalized} ` });
  }
  return terms;
}

function findTerm(text: string | undefined, terms: readonly Term[]): string | null {
  if (text === undefined || terms.length === 0) return null;
  const haystack = ` ${normalizeForMatching(text)} `;
  return terms.find((term) => haystack.includes(term.needle))?.listed ?? null;
}

/** Builds a filter; the lists are normalized once here. */
export function createContentFilter(options: ContentFilterOptions): ContentFilter {
  const blocked = toTerms(options.blockedWords);
  const artists = options.blockArtists ? toTerms(KNOWN_ARTISTS) : [];
  const styleOnlyArtists = options.blockArtists ? toTerms(KNOWN_ARTISTS_STYLE_ONLY) : [];

  return {
    check(fields) {
      const textFields = ['prompt', 'style', 'title', 'negativeTags'] as const;
      for (const field of textFields) {
        const term = findTerm(fields[field], blocked);
        if (term !== null) return { ok: false, field, term, kind: 'blocked_word' };
      }
      const styleArtist = findTerm(fields.style, artists) ?? findTerm(fields.style, styleOnlyArtists);
      if (styleArtist !== null) return { ok: false, field: 'style', term: styleArtist, kind: 'artist' };
      if (!fields.customMode) {
        const promptArtist = findTerm(fields.prompt, artists);
        if (promptArtist !== null) return { ok: false, field: 'prompt', term: promptArtist, kind: 'artist' };
      }
      return { ok: true };
    },
  };
}
