/** A syllable as espeak phonemes: onset consonants, the sung vowel, and the rest (coda). */
export interface PhonemeSyllable {
  onset: string[];
  /** The vowel token that is held, stress marks removed. */
  vowel: string;
  /** The vowel's stress marks as espeak wrote them (`'` primary, `,` secondary, empty when unstressed). */
  stress: string;
  /** Everything after the held vowel: coda consonants and, after merging, further vowels. */
  coda: string[];
}

const STRESS_MARKS = /^['",%=]+/;
/** First characters of espeak vowel mnemonics across en, es, fr, de, it, pt (e.g. `3:`, `W~`, `&U~`, `6`). */
const VOWEL_START = /^[aeiouAEIOUVyYW@3&2968]/;

/** Strips espeak stress marks from a phoneme token. */
export function stripStress(token: string): string {
  return token.replace(STRESS_MARKS, '');
}

/** The stress marks in front of an espeak phoneme token. */
export function stressOf(token: string): string {
  return STRESS_MARKS.exec(token)?.[0] ?? '';
}

/** True when an espeak phoneme token is a vowel (or diphthong). */
export function isVowelToken(token: string): boolean {
  return VOWEL_START.test(stripStress(token));
}

/**
 * Splits one word's phoneme tokens into syllables, one per vowel: a single consonant between two
 * vowels starts the next syllable, further ones close the previous syllable. Pause tokens (`_`)
 * are dropped. A word without vowels becomes one syllable on a neutral `@`.
 */
export function splitPhonemeSyllables(tokens: readonly string[]): PhonemeSyllable[] {
  const clean = tokens.filter((t) => t !== '' && !t.startsWith('_'));
  const vowelAt = clean.flatMap((t, i) => (isVowelToken(t) ? [i] : []));
  if (vowelAt.length === 0) return [{ onset: clean.map(stripStress), vowel: '@', stress: '', coda: [] }];
  return vowelAt.map((v, k) => {
    const prev = vowelAt[k - 1];
    const next = vowelAt[k + 1];
    const onsetFrom = prev === undefined ? 0 : Math.max(prev + 1, v - 1);
    const codaTo = next === undefined ? clean.length : Math.max(v + 1, next - 1);
    return {
      onset: clean.slice(onsetFrom, v).map(stripStress),
      vowel: stripStress(clean[v] ?? '@'),
      stress: stressOf(clean[v] ?? ''),
      coda: clean.slice(v + 1, codaTo).map(stripStress),
    };
  });
}

/**
 * Fits phonemic syllables to `writtenCount` written syllables. Extra phonemic syllables merge into
 * their neighbours (the first vowel stays the held one); when there are fewer, the returned map
 * sends several written syllables to the same phonemic syllable (sung as a melisma on its vowel).
 * Returns the merged syllables and, for each written syllable, the index of its phonemic syllable.
 */
export function alignSyllables(
  syllables: readonly PhonemeSyllable[],
  writtenCount: number,
): { syllables: PhonemeSyllable[]; writtenToPhonemic: number[] } {
  const p = syllables.length;
  const w = Math.max(1, writtenCount);
  if (p <= w) {
    return { syllables: [...syllables], writtenToPhonemic: range(w).map((j) => Math.floor((j * p) / w)) };
  }
  const merged = range(w).map((j) => {
    const group = syllables.slice(Math.floor((j * p) / w), Math.floor(((j + 1) * p) / w));
    const [first, ...rest] = group;
    if (first === undefined) throw new Error('empty syllable group');
    const tail = rest.flatMap((s) => [...s.onset, s.vowel, ...s.coda]);
    return { onset: first.onset, vowel: first.vowel, stress: first.stress, coda: [...first.coda, ...tail] };
  });
  return { syllables: merged, writtenToPhonemic: range(w) };
}

/** espeak phoneme input for a syllable part, stressed so that every sung syllable is full. */
export function syllablePhonemes(onset: readonly string[], vowel: string, coda: readonly string[]): string {
  return `${onset.join('')}'${vowel}${coda.join('')}`;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
