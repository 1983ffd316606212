import type { Rng } from '../../rng.ts';
import { countSyllables, rhymeKeys } from '../rhyme.ts';
import { moodAdjectives } from './mood-words.ts';
import { lineFitsMood, lineText, type LyricMood } from './theme-bank.ts';

/** A bank line with its `{adj}` filled in. */
export interface Realization {
  text: string;
  syllables: number;
}

/** A bank line ready to be chosen: its possible fillings, its last word and the rhyme keys of that word. */
export interface PoolLine {
  /** Position in the bank: rhyming lines are sung in bank order, which is the order they were written to be read in. */
  order: number;
  template: string;
  end: string;
  keys: readonly string[];
  realizations: readonly Realization[];
}

/** Inclusive syllable window every line of a section must fall in. */
export interface Window {
  low: number;
  high: number;
}

/** What a song has used so far: templates are never sung twice (except the repeated chorus). */
export interface Usage {
  templates: Set<string>;
  ends: Set<string>;
}

function withArticles(text: string): string {
  return text.replace(/\b([Aa]) (?=[aeiou](?!ni|se|sua|ro)|hour|honest)/g, '$1n ');
}

function lastWord(text: string): string {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return (words[words.length - 1] ?? '').replace(/^'+|'+$/g, '');
}

const brightWords = /\b(golden|bright|shining|sunny|glowing|sweet|sweetest|happy|magic)\b/;
const darkWords = /\b(lonely|empty|fading|grey|broken|hollow|cold|bitter|drown|drowning|tears|pain|heavy)\b/;

/** True when a line's words clash with the mood (bright words in a sad song, dark ones in a happy song). */
function clashes(text: string, mood: LyricMood): boolean {
  if (mood === 'sad' || mood === 'angry') return brightWords.test(text);
  if (mood === 'happy' || mood === 'romantic') return darkWords.test(text);
  return false;
}

/** Turns bank lines into pool lines for a mood (lines marked for, or worded for, other moods are left out). */
export function buildPool(lines: readonly string[], mood: LyricMood): PoolLine[] {
  const pool: PoolLine[] = [];
  for (const raw of lines) {
    if (!lineFitsMood(raw, mood) || clashes(lineText(raw), mood)) continue;
    const template = lineText(raw);
    const fills = template.includes('{adj}') ? moodAdjectives[mood] : [''];
    const realizations = fills.map((adj) => {
      const text = withArticles(template.replace(/\{adj\}/g, adj));
      return { text, syllables: countSyllables(text) };
    });
    const end = lastWord(template);
    pool.push({ order: pool.length, template, end, keys: rhymeKeys(end), realizations });
  }
  return pool;
}

function inWindow(line: PoolLine, window: Window): Realization[] {
  return line.realizations.filter((r) => r.syllables >= window.low && r.syllables <= window.high);
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function available(pool: readonly PoolLine[], window: Window, usage: Usage): PoolLine[] {
  return pool.filter((line) => !usage.templates.has(line.template) && inWindow(line, window).length > 0);
}

function take(line: PoolLine, window: Window, usage: Usage, rng: Rng): string {
  usage.templates.add(line.template);
  usage.ends.add(line.end);
  return rng.pick(inWindow(line, window)).text;
}

/**
 * Picks `count` unused lines whose last words rhyme with each other (all different words), inside
 * the syllable window, avoiding the rhyme keys in `avoidKeys` and, when it can, ends already sung.
 * A `partner` word forces the rhyme to be with it. Returns undefined when the pool cannot do it.
 */
export function pickRhymingLines(
  pool: readonly PoolLine[],
  count: number,
  window: Window,
  usage: Usage,
  rng: Rng,
  constraint: { avoidKeys?: ReadonlySet<string>; partner?: string } = {},
): { lines: string[]; key: string } | undefined {
  const families = new Map<string, PoolLine[]>();
  const wanted = constraint.partner === undefined ? undefined : new Set(rhymeKeys(constraint.partner));
  for (const line of shuffled(available(pool, window, usage), rng)) {
    if (constraint.partner !== undefined && (line.end.endsWith(constraint.partner) || constraint.partner.endsWith(line.end))) continue;
    for (const key of line.keys) {
      if (constraint.avoidKeys?.has(key) || (wanted !== undefined && !wanted.has(key))) continue;
      const family = families.get(key) ?? [];
      // "night" / "tonight" share a rhyme key but sound like the same word: keep one of them.
      if (!family.some((l) => l.end.endsWith(line.end) || line.end.endsWith(l.end))) family.push(line);
      families.set(key, family);
    }
  }
  const fresh = (lines: PoolLine[]): number => lines.filter((l) => !usage.ends.has(l.end)).length;
  const viable = [...families.entries()].filter(([, lines]) => lines.length >= count);
  if (viable.length === 0) return undefined;
  viable.sort((a, b) => Math.min(count, fresh(b[1])) - Math.min(count, fresh(a[1])));
  const top = viable.filter(([, lines]) => Math.min(count, fresh(lines)) === Math.min(count, fresh(viable[0]?.[1] ?? [])));
  const [key, lines] = rng.pick(top);
  const chosen = [...lines]
    .sort((a, b) => Number(usage.ends.has(a.end)) - Number(usage.ends.has(b.end)))
    .slice(0, count)
    .sort((a, b) => a.order - b.order);
  return { lines: chosen.map((line) => take(line, window, usage, rng)), key };
}

/** Picks one unused line in the window whose end does not rhyme with `avoidKeys`. */
export function pickFreeLine(pool: readonly PoolLine[], window: Window, usage: Usage, rng: Rng, avoidKeys: ReadonlySet<string>): string | undefined {
  const options = available(pool, window, usage).filter((line) => !line.keys.some((k) => avoidKeys.has(k)));
  return options.length === 0 ? undefined : take(rng.pick(options), window, usage, rng);
}

/** Syllable counts the pool offers, most common first, for choosing a section's window. */
export function commonLengths(pool: readonly PoolLine[], rng: Rng): number[] {
  const counts = new Map<number, number>();
  for (const line of pool) for (const r of line.realizations) counts.set(r.syllables, (counts.get(r.syllables) ?? 0) + 1);
  return shuffled([...counts.keys()], rng).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}
