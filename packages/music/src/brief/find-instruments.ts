import { INSTRUMENT_CATALOG, type InstrumentEntry } from './instrument-catalog.ts';
import { findPhrase } from './text-match.ts';

/** An instrument named in a text, and where. */
export interface InstrumentMention {
  entry: InstrumentEntry;
  phrase: string;
  at: number;
}

const PHRASES: ReadonlyArray<{ entry: InstrumentEntry; phrase: string }> = INSTRUMENT_CATALOG.flatMap((entry) =>
  entry.words.map((phrase) => ({ entry, phrase })),
).sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * Instruments named in normalised text, in order of appearance. Longer names are matched first and
 * their words consumed, so "acoustic guitar" is not also read as "guitar".
 */
export function findInstruments(text: string): InstrumentMention[] {
  let rest = text;
  const mentions: InstrumentMention[] = [];
  for (const { entry, phrase } of PHRASES) {
    const at = findPhrase(rest, phrase);
    if (at < 0) continue;
    rest = rest.slice(0, at) + ' '.repeat(phrase.length) + rest.slice(at + phrase.length);
    if (!mentions.some((m) => m.entry === entry)) mentions.push({ entry, phrase, at });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** Words that ask for (or, negated, remove) a drum kit. */
export const DRUM_WORDS: readonly string[] = ['drums', 'drum', 'percussion', 'drum kit', 'drum machine', 'live drums', 'beat', 'beats', 'brushes', 'kick', 'snare'];

/** Kits implied by some drum words. */
export const DRUM_KIT_WORDS: ReadonlyArray<{ words: readonly string[]; kit: number }> = [
  { words: ['brushes', 'brush drums'], kit: 40 },
  { words: ['drum machine', 'electronic drums', '909'], kit: 24 },
  { words: ['808', '808s', 'tr-808'], kit: 25 },
  { words: ['live drums', 'acoustic drums'], kit: 8 },
];
