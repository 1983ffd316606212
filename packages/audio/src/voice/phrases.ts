import type { SungSyllable } from './sung-syllables.ts';

/** Syllables sung in one breath, spoken to the synthesizer as one stretch of connected speech. */
export interface Phrase {
  syllables: SungSyllable[];
  /** Index of the phrase's first syllable in the part. */
  first: number;
  /** Silence before the phrase (seconds; the part's start counts as a long rest). */
  restBeforeS: number;
}

/** A rest at least this long between two words starts a new phrase. */
export const PHRASE_GAP_S = 0.25;
/** Longest phrase in syllables; longer stretches break at the widest gap between words. */
const MAX_PHRASE_SYLLABLES = 20;

/** Splits a part's syllables into phrases at rests between words (and in long runs, at the widest gap). */
export function splitPhrases(syllables: readonly SungSyllable[], beatS: number): Phrase[] {
  const gapBefore = syllables.map((s, i) => {
    const prev = syllables[i - 1];
    if (prev === undefined) return Infinity;
    if (prev.wordIndex === s.wordIndex) return -Infinity;
    const last = prev.notes.at(-1);
    const prevEnd = last === undefined ? 0 : (last.startBeat + last.durationBeats) * beatS;
    return (s.notes[0]?.startBeat ?? 0) * beatS - prevEnd;
  });
  const starts: number[] = [];
  syllables.forEach((_, i) => {
    if ((gapBefore[i] ?? 0) >= PHRASE_GAP_S) starts.push(i);
  });
  if (syllables.length > 0 && starts[0] !== 0) starts.unshift(0);
  const bounded = starts.flatMap((from, k) => splitLong(from, starts[k + 1] ?? syllables.length, gapBefore));
  return bounded.map((from, k) => ({
    syllables: syllables.slice(from, bounded[k + 1] ?? syllables.length),
    first: from,
    restBeforeS: Math.min(10, gapBefore[from] ?? 10),
  }));
}

function splitLong(from: number, to: number, gapBefore: readonly number[]): number[] {
  if (to - from <= MAX_PHRASE_SYLLABLES) return [from];
  let cut = -1;
  for (let i = from + 4; i <= to - 4; i++) if (cut < 0 || (gapBefore[i] ?? -Infinity) > (gapBefore[cut] ?? -Infinity)) cut = i;
  if (cut < 0 || gapBefore[cut] === -Infinity) return [from];
  return [...splitLong(from, cut, gapBefore), ...splitLong(cut, to, gapBefore)];
}

/** The phrase as espeak phoneme input: words separated by spaces, each syllable with its own stress. */
export function phrasePhonemes(phrase: Phrase): string {
  const words: string[] = [];
  let current = -1;
  for (const s of phrase.syllables) {
    const { onset, stress, vowel, coda } = s.syllable;
    const text = `${onset.join('')}${stress}${vowel}${coda.join('')}`;
    if (s.wordIndex !== current) words.push(text);
    else words[words.length - 1] += text;
    current = s.wordIndex;
  }
  return words.join(' ');
}
