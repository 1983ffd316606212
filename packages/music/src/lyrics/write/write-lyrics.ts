import { createRng, type Rng } from '../../rng.ts';
import { countSyllables } from '../rhyme.ts';
import { chooseThemes } from './choose-theme.ts';
import { buildPool, pickRhymingLines, type PoolLine, type Usage } from './line-pool.ts';
import { detectMood } from './mood-words.ts';
import { fillScheme, writeSection } from './section-writer.ts';
import { bridgeLines, chorusLines, preChorusLines } from './shared-lines.ts';
import { chooseForm, type WrittenPart } from './song-form.ts';
import type { HookPhrase, LyricMood, ThemeBank } from './theme-bank.ts';
import { themes } from './themes.ts';

/** What to write about. Only English lyrics are written. */
export interface WriteLyricsRequest {
  description: string;
  genre?: string;
  moods?: string[];
  title?: string;
  language?: 'en';
}

/** One written section with the rhyme scheme it follows (same letter = rhyming last words, X = free). */
export interface WrittenSection {
  kind: WrittenPart;
  label: string;
  lines: string[];
  scheme: string;
}

/** Written lyrics: the tagged text plus the structure it was built from. */
export interface WrittenLyrics {
  title: string;
  text: string;
  theme: string;
  mood: LyricMood;
  sections: WrittenSection[];
}

interface Written {
  lines: string[];
  scheme: string;
}

const smallWords = new Set(['a', 'an', 'the', 'and', 'of', 'in', 'on', 'to', 'for', 'at', 'by', 'or']);

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && smallWords.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** A hook built around a title the caller chose, padded towards a singable chorus line. */
function hookFromTitle(title: string): HookPhrase {
  const phrase = title.toLowerCase().replace(/\bi\b/g, 'I').replace(/[^\p{L}\p{N}' ,]/gu, '').trim();
  const options = [phrase, `oh, ${phrase}`, `${phrase}, ${phrase}`, `oh, ${phrase}, ${phrase}`];
  const line = options.reduce((best, o) => (Math.abs(countSyllables(o) - 8) < Math.abs(countSyllables(best) - 8) ? o : best));
  return { title, line, answers: [] };
}

function writeChorus(hook: HookPhrase, pools: readonly (readonly PoolLine[])[], mood: LyricMood, usage: Usage, rng: Rng): Written {
  const length = countSyllables(hook.line);
  const window = { low: length - 1, high: length + 1 };
  const hookEnd = hook.line.split(' ').pop() ?? '';
  const answer = pickRhymingLines(buildPool(hook.answers, mood), 1, window, usage, rng, { partner: hookEnd })?.lines[0];
  const variants: [string, Map<string, string[]>][] = [['ABBA', new Map([['A', [hook.line]]])]];
  if (answer !== undefined) {
    variants.push(['AABB', new Map([['B', [answer, hook.line]]])], ['AABB', new Map([['A', [hook.line, answer]]])]);
  }
  const first = rng.int(0, variants.length - 1);
  const ordered = [...variants.slice(first), ...variants.slice(0, first)];
  for (const widen of [0, 1]) {
    for (const pool of pools) {
      for (const [scheme, fixed] of ordered) {
        const lines = fillScheme(scheme, pool, { low: window.low - widen, high: window.high + widen }, usage, rng, fixed);
        if (lines !== undefined) return { lines, scheme };
      }
    }
  }
  return { lines: [hook.line, hook.line], scheme: 'AA' };
}

function writeOutro(hook: HookPhrase, mood: LyricMood, usage: Usage, rng: Rng): Written {
  const length = countSyllables(hook.line);
  const hookEnd = hook.line.split(' ').pop() ?? '';
  const window = { low: length - 1, high: length + 1 };
  const answer = pickRhymingLines(buildPool(hook.answers, mood), 1, window, usage, rng, { partner: hookEnd })?.lines[0];
  return { lines: [answer ?? hook.line, hook.line], scheme: 'AA' };
}

function orFallback(written: { lines: string[]; scheme: string } | undefined, pools: readonly (readonly PoolLine[])[], schemes: readonly string[], usage: Usage, rng: Rng): Written {
  if (written !== undefined) return written;
  for (const pool of pools) {
    const retry = writeSection(schemes, pool, usage, rng);
    if (retry !== undefined) return retry;
  }
  return { lines: [], scheme: '' };
}

interface SongPools {
  verseMain: PoolLine[];
  verseMixed: PoolLine[];
  everyVerse: PoolLine[];
  themeChorus: PoolLine[];
  chorus: PoolLine[];
  pre: PoolLine[];
  themeBridge: PoolLine[];
  bridge: PoolLine[];
}

function songPools(primary: ThemeBank, secondary: ThemeBank | undefined, mood: LyricMood): SongPools {
  return {
    verseMain: buildPool(primary.verse, mood),
    verseMixed: buildPool([...primary.verse, ...(secondary?.verse ?? [])], mood),
    everyVerse: buildPool(themes.flatMap((t) => t.verse), mood),
    themeChorus: buildPool(primary.chorus, mood),
    chorus: buildPool([...primary.chorus, ...chorusLines], mood),
    pre: buildPool(preChorusLines, mood),
    themeBridge: buildPool([...primary.bridge, ...(secondary?.bridge ?? [])], mood),
    bridge: buildPool([...primary.bridge, ...(secondary?.bridge ?? []), ...bridgeLines], mood),
  };
}

function tidy(line: string): string {
  const straight = line.replace(/[\u2018\u2019]/g, "'");
  return straight.charAt(0).toUpperCase() + straight.slice(1);
}

const verseSchemes = ['ABAB', 'AABB', 'XAXA'];

/**
 * Writes English song lyrics for a description: a title (the hook) and tagged sections ([Verse 1],
 * [Pre-Chorus], [Chorus], [Bridge], [Outro]...) whose form depends on genre and seed. Lines come
 * from a curated, themed bank chosen by the description's words; the mood colours the adjectives
 * and the choice of lines; sections follow rhyme schemes checked with the CMU dictionary and keep
 * their lines within two syllables of each other; the chorus carries the hook and repeats word for
 * word; verse lines never repeat. Deterministic for a seed.
 */
export function writeLyrics(request: WriteLyricsRequest, seed: number): WrittenLyrics {
  const rng = createRng(seed);
  const genre = request.genre ?? '';
  const moodText = (request.moods ?? []).join(' ');
  const mood = detectMood(`${moodText} ${moodText} ${request.description} ${genre}`);
  const { primary, secondary } = chooseThemes(`${request.description} ${request.title ?? ''}`, genre, mood, rng.fork('theme'));
  const form = chooseForm(`${genre} ${request.description}`, rng.fork('form'));
  const hook = request.title !== undefined && request.title.trim() !== '' ? hookFromTitle(request.title.trim()) : rng.fork('hook').pick(primary.hooks);
  const pools = songPools(primary, secondary, mood);
  const usage: Usage = { templates: new Set(), ends: new Set() };
  const chorus = writeChorus(hook, [pools.themeChorus, pools.chorus], mood, usage, rng.fork('chorus'));
  const pre = form.includes('pre-chorus') ? orFallback(writeSection(['AA'], pools.pre, usage, rng.fork('pre')), [], ['AA'], usage, rng) : undefined;
  const sections: WrittenSection[] = [];
  let verseLength: number | undefined;
  let verseNumber = 0;
  for (const part of form) {
    const partRng = rng.fork(`${part}-${sections.length}`);
    if (part === 'verse') {
      verseNumber++;
      const pool = verseNumber % 2 === 1 ? pools.verseMain : pools.verseMixed;
      const first = partRng.int(0, verseSchemes.length - 1);
      const schemes = [...verseSchemes.slice(first), ...verseSchemes.slice(0, first)];
      const found = writeSection(schemes, pool, usage, partRng, verseLength);
      const verse = orFallback(found, [pools.verseMixed, pools.everyVerse], verseSchemes, usage, partRng);
      verseLength ??= found === undefined ? undefined : countSyllables(verse.lines[0] ?? '');
      sections.push({ kind: part, label: `Verse ${verseNumber}`, ...verse });
    } else if (part === 'pre-chorus' && pre !== undefined) {
      sections.push({ kind: part, label: 'Pre-Chorus', ...pre });
    } else if (part === 'chorus') {
      sections.push({ kind: part, label: 'Chorus', ...chorus });
    } else if (part === 'bridge') {
      const schemes = partRng.chance(0.6) ? ['AABB', 'AA'] : ['AA', 'AABB'];
      sections.push({ kind: part, label: 'Bridge', ...orFallback(writeSection(schemes, pools.themeBridge, usage, partRng), [pools.bridge], schemes, usage, partRng) });
    } else if (part === 'outro') {
      sections.push({ kind: part, label: 'Outro', ...writeOutro(hook, mood, usage, partRng) });
    }
  }
  for (const section of sections) section.lines = section.lines.map(tidy);
  const text = sections.map((s) => `[${s.label}]\n${s.lines.join('\n')}`).join('\n\n');
  return { title: tidy(titleCase(hook.title)), text, theme: primary.id, mood, sections };
}
