import { createRng, type Rng } from '../../rng.ts';
import { detectLanguage } from '../detect-language.ts';
import { countSyllables } from '../rhyme.ts';
import type { LyricLanguage } from '../types.ts';
import { splitFlags, fitsMood, fitsSubject, type LanguageBank, type LyricMood } from './bank.ts';
import { languageBanks } from './banks.ts';
import { writeCandidates, type Candidate, type FillContext } from './fill-lines.ts';
import { contract } from './contractions.ts';
import { detectMood } from './mood-words.ts';
import { readTopic, type Topic } from './read-topic.ts';
import { commonLength, pickFree, pickPair, type RhymedPair, type Usage, type Window } from './rhyme-pairs.ts';
import { allowsNearRhyme, chooseForm, type WrittenPart } from './song-form.ts';

/** What to write: the prompt's words, the language, the mood and the form (all but the prompt optional). */
export interface WriteLyricsRequest {
  /** The description the song is written from ("an angry rock song about my landlord"). */
  description: string;
  /** Language of the lyrics; else named in the prompt ("a Spanish song..."), else the prompt's own language. */
  language?: LyricLanguage;
  /** Genre id or style words; they choose the form and whether near rhymes are allowed. */
  genre?: string;
  /** Mood tags (they outweigh the prompt's words). */
  moods?: string[];
  /** A mood to write in, overriding what the prompt suggests. */
  mood?: LyricMood;
  /** The sung parts in order; else from the genre. */
  form?: readonly WrittenPart[];
  /** A title the caller chose: the hook is built around it. */
  title?: string;
}

/** One written section with its rhyme scheme (same letter = rhyming last words, H = the hook line, X = free). */
export interface WrittenSection {
  kind: WrittenPart;
  label: string;
  lines: string[];
  scheme: string;
}

/** Written lyrics: the tagged text plus what they were built from. */
export interface WrittenLyrics {
  title: string;
  text: string;
  language: LyricLanguage;
  mood: LyricMood;
  /** The subject the lines name ("my dog"). */
  subject: string;
  /** The hook line as sung, and the pattern it came from (the subject shown as "{S}"). */
  hook: string;
  hookPattern: string;
  sections: WrittenSection[];
  /** Rhymed pairs by quality. */
  rhymes: { perfect: number; near: number };
}

const languageNames: readonly [RegExp, LyricLanguage][] = [
  [/\b(spanish|español|espanol|castellano|latino)\b/i, 'es'],
  [/\b(french|français|francais|française)\b/i, 'fr'],
  [/\b(german|deutsch|deutsche[nrs]?)\b/i, 'de'],
  [/\b(italian|italiano|italiana)\b/i, 'it'],
  [/\b(portuguese|português|portugues|brazilian|brasileir[ao])\b/i, 'pt'],
  [/\b(english|inglés|anglais|englisch|inglese|inglês)\b/i, 'en'],
];

function languageOf(request: WriteLyricsRequest): LyricLanguage {
  if (request.language !== undefined) return request.language;
  const named = languageNames.find(([pattern]) => pattern.test(request.description))?.[1];
  return named ?? detectLanguage(request.description);
}

interface Song {
  bank: LanguageBank;
  ctx: FillContext;
  usage: Usage;
  allowNear: boolean;
  rhymes: { perfect: number; near: number };
}

const titleSmallWords: Record<LyricLanguage, Set<string>> = {
  en: new Set(['a', 'an', 'the', 'and', 'of', 'in', 'on', 'to', 'for', 'at', 'by', 'or', 'with']),
  es: new Set(), fr: new Set(), de: new Set(), it: new Set(), pt: new Set(),
};

function titleOf(text: string, language: LyricLanguage): string {
  const clean = text.replace(/[,.!?]+$/g, '').trim();
  if (language !== 'en') return clean.charAt(0).toUpperCase() + clean.slice(1);
  return clean
    .split(' ')
    .map((word, i) => (i > 0 && titleSmallWords.en.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Upper-cases the first letter, after any opening "¡" or "¿". */
function capitalise(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

interface Hook {
  line: string;
  title: string;
  pattern: string;
}

function chooseHook(bank: LanguageBank, topic: Topic, mood: LyricMood, rng: Rng, step: number, taken: ReadonlySet<string>, title: string | undefined): Hook {
  if (title !== undefined && title.trim() !== '') {
    const words = title.trim();
    return { line: capitalise(words.toLowerCase()), title: words, pattern: '{title}' };
  }
  const options = bank.hooks.map(splitFlags).filter(({ flags }) => fitsMood(flags, mood) && fitsSubject(flags, topic));
  const open = options.filter(({ text }) => !taken.has(text));
  const choices = open.length > 0 ? open : options;
  // Seeds of one prompt walk the hook list from a place its subject picks, so they never share a hook while
  // different prompts start in different places: hooks spread evenly instead of clumping by chance.
  const start = createRng(0).fork(`${topic.subject}:${mood}`).int(0, choices.length - 1);
  const { text } = choices[(((start + step) % choices.length) + choices.length) % choices.length] ?? (choices[0] as { text: string });
  const filled = contract(text.replace(/\{S\}/g, topic.subject).replace(/\{Name\}/g, topic.name), bank.language);
  const bracket = /\[([^\]]+)\]/.exec(filled)?.[1] ?? filled;
  return { line: capitalise(filled.replace(/[[\]]/g, '')), title: titleOf(bracket, bank.language), pattern: text };
}

function windowAround(length: number, spread: number): Window {
  return { low: length - spread, high: length + spread };
}

/** Rhymed pairs for a section: tries the preferred window, then a wider one; near rhymes where allowed. */
function pairs(song: Song, pool: readonly Candidate[], count: number, length: number, rng: Rng): RhymedPair[] {
  const out: RhymedPair[] = [];
  const avoid = new Set<string>();
  const sectionEnds = new Set<string>();
  for (let i = 0; i < count; i++) {
    let pair: RhymedPair | undefined;
    for (const spread of [2, 3]) {
      pair = pickPair(pool, windowAround(length, spread), song.usage, rng, song.allowNear, avoid);
      if (pair !== undefined) break;
    }
    if (pair === undefined) {
      // Out of fresh end words: a word may end a second pair of the song, never twice in a section.
      const relaxed: Usage = { templates: song.usage.templates, ends: new Set(sectionEnds) };
      pair = pickPair(pool, windowAround(length, 3), relaxed, rng, song.allowNear, avoid);
      if (pair !== undefined) for (const line of pair.lines) song.usage.ends.add(line.end);
    }
    if (pair === undefined) break;
    for (const line of pair.lines) sectionEnds.add(line.end);
    for (const line of pair.lines) for (const key of line.perfect) avoid.add(key);
    song.rhymes[pair.quality]++;
    out.push(pair);
  }
  return out;
}

/**
 * `count` rhymed pairs from the first template sets that can give them; when the song has used up
 * what fits, templates sung in other sections may return with new end words (never twice in one section).
 */
function pairsFrom(song: Song, templateSets: readonly (readonly string[])[], count: number, length: number, rng: Rng): RhymedPair[] {
  const found: RhymedPair[] = [];
  for (const templates of templateSets) {
    if (found.length >= count) break;
    found.push(...pairs(song, poolFor(song, templates, rng, 8), count - found.length, length, rng));
  }
  if (found.length < count) {
    const sectionTemplates = new Set(found.flatMap((p) => p.lines.map((l) => l.template)));
    const relaxed: Song = { ...song, usage: { templates: sectionTemplates, ends: song.usage.ends } };
    found.push(...pairs(relaxed, poolFor(song, templateSets.flat(), rng, 10), count - found.length, length, rng));
  }
  return found;
}

/** Lays pairs out as a scheme: "ABAB" interleaves two pairs, "AABB" stacks them, a lone pair is "CC". */
function arrange(found: readonly RhymedPair[], schemes: readonly string[], rng: Rng): { lines: string[]; scheme: string } {
  const lines: string[] = [];
  let scheme = '';
  const letters = 'ABCDEFGH';
  for (let i = 0; i < found.length; i += 2) {
    const a = found[i];
    const b = found[i + 1];
    const [la, lb] = [letters[i] ?? 'A', letters[i + 1] ?? 'B'];
    if (a === undefined) break;
    if (b === undefined) {
      lines.push(a.lines[0].text, a.lines[1].text);
      scheme += la + la;
    } else if (rng.pick(schemes) === 'ABAB') {
      lines.push(a.lines[0].text, b.lines[0].text, a.lines[1].text, b.lines[1].text);
      scheme += la + lb + la + lb;
    } else {
      lines.push(a.lines[0].text, a.lines[1].text, b.lines[0].text, b.lines[1].text);
      scheme += la + la + lb + lb;
    }
  }
  return { lines, scheme };
}

function poolFor(song: Song, templates: readonly string[], rng: Rng, ends: number): Candidate[] {
  return writeCandidates(templates, song.ctx, rng, ends);
}

function writeVerse(song: Song, length: number, lineCount: number, rng: Rng): { lines: string[]; scheme: string } {
  const { verse, bridge, pre, chorus } = song.bank;
  const found = pairsFrom(song, [verse, [...bridge, ...pre, ...chorus]], lineCount / 2, length, rng);
  return arrange(found, ['ABAB', 'AABB'], rng);
}

function writeChorus(song: Song, hook: Hook, verseLength: number, rng: Rng): { lines: string[]; scheme: string } {
  const hookLength = Math.max(countSyllables(hook.line, song.bank.language), verseLength - 1);
  const pair = pairsFrom(song, [[...song.bank.chorus, ...song.bank.pre], song.bank.verse], 1, hookLength, rng)[0];
  if (pair === undefined) return { lines: [hook.line, hook.line], scheme: 'HH' };
  const [a, b] = pair.lines;
  return rng.chance(0.5) ? { lines: [hook.line, a.text, b.text, hook.line], scheme: 'HAAH' } : { lines: [a.text, hook.line, b.text, hook.line], scheme: 'AHAH' };
}

function writeTwoLines(song: Song, templates: readonly string[], length: number, rng: Rng): { lines: string[]; scheme: string } {
  const pair = pairsFrom(song, [templates, song.bank.verse], 1, length, rng)[0];
  return pair === undefined ? { lines: [], scheme: '' } : { lines: [pair.lines[0].text, pair.lines[1].text], scheme: 'AA' };
}

function writeBridge(song: Song, length: number, rng: Rng): { lines: string[]; scheme: string } {
  const found = pairsFrom(song, [[...song.bank.bridge, ...song.bank.pre], song.bank.verse], 2, length, rng);
  return arrange(found, ['AABB'], rng);
}

function writeOutro(song: Song, hook: Hook, rng: Rng): { lines: string[]; scheme: string } {
  const length = countSyllables(hook.line, song.bank.language);
  const pool = poolFor(song, [...song.bank.chorus, ...song.bank.bridge, ...song.bank.verse], rng, 6);
  let line: Candidate | undefined;
  for (const spread of [2, 3, 4, 6]) {
    line = pickFree(pool, windowAround(length, spread), song.usage, rng, new Set()) ?? pickFree(pool, windowAround(length, spread), { templates: new Set(), ends: new Set() }, rng, new Set());
    if (line !== undefined) break;
  }
  return { lines: line === undefined ? [hook.line] : [line.text, hook.line], scheme: line === undefined ? 'H' : 'XH' };
}

function writeOne(request: WriteLyricsRequest, seed: number, rng: Rng, takenHooks: Set<string>): WrittenLyrics {
  const language = languageOf(request);
  const bank = languageBanks[language];
  const mood = request.mood ?? detectMood(`${request.description} ${request.genre ?? ''}`, request.moods ?? []);
  const topic = readTopic(request.description, language, mood, bank);
  const genre = request.genre ?? '';
  const song: Song = {
    bank,
    ctx: { bank, topic, mood },
    usage: { templates: new Set(), ends: new Set() },
    allowNear: bank.nearRhymeAlways || allowsNearRhyme(genre, request.description),
    rhymes: { perfect: 0, near: 0 },
  };
  const form = chooseForm(genre, `${genre} ${request.description}`, rng.fork('form'), request.form);
  const hook = chooseHook(bank, topic, mood, rng.fork('hook'), seed, takenHooks, request.title);
  takenHooks.add(hook.pattern);
  const verseLines = !form.includes('pre-chorus') || rng.fork('verse-lines').chance(0.6) ? 8 : 6;
  const verseLength = commonLength(poolFor(song, bank.verse, rng.fork('length'), 3), rng.fork('length'));
  const chorus = writeChorus(song, hook, verseLength, rng.fork('chorus'));
  const pre = form.includes('pre-chorus') ? writeTwoLines(song, bank.pre, verseLength, rng.fork('pre')) : undefined;
  const sections: WrittenSection[] = [];
  let verseNumber = 0;
  for (const part of form) {
    const partRng = rng.fork(`${part}-${sections.length}`);
    if (part === 'verse') {
      verseNumber++;
      sections.push({ kind: part, label: `Verse ${verseNumber}`, ...writeVerse(song, verseLength, verseLines, partRng) });
    } else if (part === 'pre-chorus' && pre !== undefined && pre.lines.length > 0) {
      // The first pre-chorus returns word for word only when a later one cannot be written new.
      const later = sections.some((s) => s.kind === 'pre-chorus') ? writeTwoLines(song, bank.pre, verseLength, partRng) : pre;
      sections.push({ kind: part, label: 'Pre-Chorus', ...(later.lines.length > 0 ? later : pre) });
    } else if (part === 'chorus') {
      sections.push({ kind: part, label: 'Chorus', ...chorus });
    } else if (part === 'bridge') {
      sections.push({ kind: part, label: 'Bridge', ...writeBridge(song, verseLength, partRng) });
    } else if (part === 'outro') {
      sections.push({ kind: part, label: 'Outro', ...writeOutro(song, hook, partRng) });
    }
  }
  const written = sections.filter((s) => s.lines.length > 0);
  const text = written.map((s) => `[${s.label}]\n${s.lines.join('\n')}`).join('\n\n');
  return { title: hook.title, text, language, mood, subject: topic.subject, hook: hook.line, hookPattern: hook.pattern, sections: written, rhymes: song.rhymes };
}

/**
 * Writes `count` different sets of lyrics for a prompt (pure, deterministic for a seed): the
 * subject, its images and the mood come from the prompt's own words; the title is the hook's key
 * phrase and no two variants share a hook pattern. Lines come from templates of the song's
 * language filled with the subject and mood- and scene-fitting end words; each section follows a
 * rhyme scheme checked by pronunciation (near rhymes only where the genre allows them), lines of a
 * section keep within a few syllables of each other and fit a two-bar phrase, and no template is
 * sung twice outside the repeated chorus. Verses have 6 or 8 lines; a pre-chorus appears where
 * the genre's form has one.
 */
export function writeLyricVariants(request: WriteLyricsRequest, seed: number, count = 2): WrittenLyrics[] {
  const rng = createRng(seed).fork(request.description);
  const taken = new Set<string>();
  return Array.from({ length: Math.max(1, count) }, (_, i) => writeOne(request, seed + i, rng.fork(`variant:${i}`), taken));
}

/** The first of {@link writeLyricVariants}: one set of lyrics for a prompt. */
export function writeLyrics(request: WriteLyricsRequest, seed: number): WrittenLyrics {
  return writeOne(request, seed, createRng(seed).fork(request.description).fork('variant:0'), new Set());
}
