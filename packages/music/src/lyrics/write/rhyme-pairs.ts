import type { Rng } from '../../rng.ts';
import type { Candidate } from './fill-lines.ts';

/** What a song has sung so far: templates and end words are not reused outside the repeated chorus. */
export interface Usage {
  templates: Set<string>;
  ends: Set<string>;
}

/** Syllables every line of a section keeps to (inclusive). */
export interface Window {
  low: number;
  high: number;
}

/** How a pair rhymes. */
export type RhymeQuality = 'perfect' | 'near';

/** A rhyming pair of lines. */
export interface RhymedPair {
  lines: [Candidate, Candidate];
  quality: RhymeQuality;
}

function fresh(c: Candidate, window: Window, usage: Usage): boolean {
  return c.syllables >= window.low && c.syllables <= window.high && !usage.templates.has(c.template) && !usage.ends.has(c.end);
}

function sameWord(a: Candidate, b: Candidate): boolean {
  return a.end === b.end || a.end.endsWith(b.end) || b.end.endsWith(a.end);
}

function families(pool: readonly Candidate[], keysOf: (c: Candidate) => readonly string[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const c of pool) {
    for (const key of keysOf(c)) {
      const family = out.get(key) ?? [];
      if (!family.some((f) => sameWord(f, c) || f.template === c.template)) family.push(c);
      out.set(key, family);
    }
  }
  return out;
}

/** Marks a line as sung. */
export function use(c: Candidate, usage: Usage): void {
  usage.templates.add(c.template);
  usage.ends.add(c.end);
}

/**
 * Picks two unused lines in the window whose last words rhyme by pronunciation (different words,
 * different templates); a near rhyme only when `allowNear` and no perfect pair is left. Lines
 * whose rhyme keys are in `avoid` (another pair of the section) are skipped.
 */
export function pickPair(pool: readonly Candidate[], window: Window, usage: Usage, rng: Rng, allowNear: boolean, avoid: ReadonlySet<string> = new Set()): RhymedPair | undefined {
  const open = pool.filter((c) => fresh(c, window, usage) && !c.perfect.some((k) => avoid.has(k)));
  for (const quality of allowNear ? (['perfect', 'near'] as const) : (['perfect'] as const)) {
    const viable = [...families(open, (c) => (quality === 'perfect' ? c.perfect : c.near)).values()].filter((f) => f.length >= 2);
    if (viable.length === 0) continue;
    // Lines that name the subject are what make the song about it: families and lines with them are preferred.
    const weight = (c: Candidate): number => (c.topical ? 3 : 1);
    const family = rng.weighted(viable, viable.map((f) => f.slice().sort((a, b) => weight(b) - weight(a)).slice(0, 2).reduce((n, c) => n + weight(c), 0)));
    const first = rng.weighted(family, family.map(weight));
    const rest = family.filter((c) => c !== first);
    const second = rng.weighted(rest, rest.map(weight));
    use(first, usage);
    use(second, usage);
    return { lines: [first, second], quality };
  }
  return undefined;
}

/** One unused line in the window whose end does not rhyme with `avoid` (an unrhymed line of an XAXA verse or a chorus). */
export function pickFree(pool: readonly Candidate[], window: Window, usage: Usage, rng: Rng, avoid: ReadonlySet<string>): Candidate | undefined {
  const open = pool.filter((c) => fresh(c, window, usage) && !c.perfect.some((k) => avoid.has(k)));
  if (open.length === 0) return undefined;
  const line = rng.pick(open);
  use(line, usage);
  return line;
}

/** The syllable count most candidates have, for a section's window (ties broken by the generator). */
export function commonLength(pool: readonly Candidate[], rng: Rng): number {
  const counts = new Map<number, number>();
  for (const c of pool) counts.set(c.syllables, (counts.get(c.syllables) ?? 0) + 1);
  const best = Math.max(0, ...counts.values());
  const top = [...counts.entries()].filter(([, n]) => n >= best * 0.8).map(([length]) => length);
  return top.length === 0 ? 8 : rng.pick(top);
}
