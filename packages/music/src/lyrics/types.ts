import type { LyricSyllable, SectionKind } from '../score.ts';

/** Languages the lyric tools can syllabify and the singing voice can sing. */
export type LyricLanguage = 'en' | 'es' | 'fr' | 'de' | 'it' | 'pt';

/** One sung syllable of a word: its written part and whether it carries the word's stress. */
export interface SyllableInfo {
  /** The written part of the word, e.g. "hel" of "hello". The parts of a word concatenate back to it. */
  text: string;
  stressed: boolean;
}

/** One word as sung: its written form (punctuation removed) and its syllables. */
export interface LyricWord {
  text: string;
  syllables: SyllableInfo[];
}

/** A parenthesised backing part inside a lead line, e.g. the "(ooh)" of "I'm falling (ooh)". */
export interface BackingEcho {
  /** Index of the lead word it follows; -1 when it comes before the first lead word. */
  afterWord: number;
  /** The backing words as a line of their own (`backing: true`). */
  line: LyricLine;
}

/** One lyric line. */
export interface LyricLine {
  /** The line as written, trimmed, with its parenthesised echoes removed when it is a lead line. */
  text: string;
  /** The sung words in order. */
  words: LyricWord[];
  /** True for a line that is entirely parenthesised: sung by the backing vocals. */
  backing: boolean;
  /** True when a blank line separates this line from the previous one in its section. */
  phraseBreakBefore: boolean;
  /** Parenthesised backing fragments inside a lead line, in order. */
  echoes: BackingEcho[];
}

/** One tagged section of a lyric sheet. */
export interface LyricSection {
  kind: SectionKind;
  /** e.g. "Verse 1", "Chorus", "Guitar Solo". */
  label: string;
  /** True when nothing is sung here (an [Instrumental], [Break], [Solo], or an empty [Intro]/[Outro]). */
  instrumental: boolean;
  lines: LyricLine[];
  /** Stage directions written under the tag, e.g. "(guitar solo)" under [Instrumental]. */
  direction?: string;
}

/** Parsed lyrics: the song's form follows its sections. */
export interface LyricSheet {
  language: LyricLanguage;
  sections: LyricSection[];
}

/** A syllable placed in time by {@link placeSyllables}. */
export interface PlacedSyllable {
  startBeat: number;
  durationBeats: number;
  syllable: LyricSyllable;
}
