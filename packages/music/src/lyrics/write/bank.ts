import type { LyricLanguage } from '../types.ts';

/** The mood a song is written in. */
export type LyricMood = 'sad' | 'happy' | 'angry' | 'calm' | 'romantic';

/** What the subject of a song is: a being (someone to talk to or about), a place, a time or weather, a cause, or a thing. */
export type TopicRole = 'being' | 'place' | 'time' | 'cause' | 'thing';

/** A scene the song's images come from; end words carry the scenes they belong to. */
export type Scene = 'home' | 'nature' | 'city' | 'sea' | 'night' | 'road' | 'weather' | 'party' | 'struggle';

/**
 * A line pattern of one language. Slots: {S} the song's subject ("my dog", "mi perro"), {Name} its
 * short name, {be} is/are agreeing with it (English), {A} an adjective of the mood (English), {I}
 * another image from the prompt, {M} another noun of the mood, in the form {N} gives it; the
 * rhyme-bearing end is {N} (a noun, with its article in languages that inflect one), {V} (a verb in
 * the form the line needs) or a fixed last word.
 * Written as "flags|text": mood letters h s a c r (none = every mood), B = only when the subject
 * is a being, 1 = only when the subject is singular (a verb of the line agrees with it).
 */
export type RawTemplate = string;

/** An end word: "flags|word" with mood letters as in templates and scene names after a slash, e.g. "sa/night|la noche". */
export type RawWord = string;

/** Everything the writer needs to write in one language. */
export interface LanguageBank {
  language: LyricLanguage;
  /** Places, as they end a line after "by the", "along the" ({P}). */
  places: readonly RawWord[];
  /** Rhyme-bearing nouns, as they end a line ({N}). */
  nouns: readonly RawWord[];
  /** Rhyme-bearing verbs, as they end a line ({V}). */
  verbs: readonly RawWord[];
  verse: readonly RawTemplate[];
  /** The build-up before a chorus. */
  pre: readonly RawTemplate[];
  /** Lines around the hook in a chorus. */
  chorus: readonly RawTemplate[];
  bridge: readonly RawTemplate[];
  /** Hook lines; the title is the part in [brackets]. */
  hooks: readonly RawTemplate[];
  /** Mood adjectives for {A} (English only: other languages inflect them, so their lines carry the mood in words). */
  adjectives?: Readonly<Record<LyricMood, readonly string[]>>;
  /**
   * Words a line may open with (conjunctions, interjections, fronted times) without changing its
   * grammar; lower case, with their comma where they take one.
   */
  openers: readonly string[];
  /** A phrase that ties a line without the subject to it, by mood ("con {S},", "contra {S},", "sin {S},"); none keeps lines as written. */
  subjectFrame?: Readonly<Record<LyricMood, string>>;
  /** Fallback subjects by mood when the prompt names nothing the language bank can say. */
  fallbackSubject: Readonly<Record<LyricMood, string>>;
  /** Near rhymes allowed in every genre (assonance is the rule in Spanish, Italian and Portuguese song). */
  nearRhymeAlways: boolean;
}

const moodLetters: Record<LyricMood, string> = { happy: 'h', sad: 's', angry: 'a', calm: 'c', romantic: 'r' };

/** The flags and text of a template or word. */
export function splitFlags(raw: string): { flags: string; text: string } {
  const bar = raw.indexOf('|');
  return bar < 0 ? { flags: '', text: raw } : { flags: raw.slice(0, bar), text: raw.slice(bar + 1) };
}

/** True when a template or word marked with `flags` may be used in a song of `mood`. */
export function fitsMood(flags: string, mood: LyricMood): boolean {
  const letters = flags.split('/')[0]?.replace(/[^hsacr]/g, '') ?? '';
  return letters === '' || letters.includes(moodLetters[mood]);
}

/** True when a template or hook marked with `flags` suits the subject (B: a being, 1: singular). */
export function fitsSubject(flags: string, subject: { role: TopicRole; plural: boolean }): boolean {
  const part = flags.split('/')[0] ?? '';
  return !(part.includes('B') && subject.role !== 'being') && !(part.includes('1') && subject.plural);
}

/** The scenes a word names after "/" in its flags (none = any scene). */
export function scenesOf(flags: string): string[] {
  const part = flags.split('/')[1];
  return part === undefined || part === '' ? [] : part.split(',');
}
