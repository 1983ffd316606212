import type { Rng } from '../../rng.ts';
import { rhymeKeys } from '../rhyme.ts';
import { commonLengths, pickFreeLine, pickRhymingLines, type PoolLine, type Usage, type Window } from './line-pool.ts';

function snapshot(usage: Usage): Usage {
  return { templates: new Set(usage.templates), ends: new Set(usage.ends) };
}

function restore(usage: Usage, saved: Usage): undefined {
  usage.templates = saved.templates;
  usage.ends = saved.ends;
  return undefined;
}

/**
 * Fills a rhyme scheme such as "ABAB", "AABB" or "XAXA" from a pool: lines with the same letter
 * rhyme, different letters do not, X lines are free. `fixed` supplies the lines of some letters
 * (the hook; a letter with one fixed line repeats it). Leaves `usage` untouched and returns undefined when the pool cannot fill it.
 */
export function fillScheme(
  scheme: string,
  pool: readonly PoolLine[],
  window: Window,
  usage: Usage,
  rng: Rng,
  fixed: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] | undefined {
  const saved = snapshot(usage);
  const byLetter = new Map<string, readonly string[]>(fixed);
  const avoid = new Set<string>([...fixed.values()].flat().flatMap((line) => rhymeKeys(line.split(' ').pop() ?? '')));
  const letters = [...new Set(scheme)].filter((letter) => letter !== 'X' && !fixed.has(letter));
  for (const letter of letters) {
    const count = [...scheme].filter((l) => l === letter).length;
    const picked = pickRhymingLines(pool, count, window, usage, rng, { avoidKeys: avoid });
    if (picked === undefined) return restore(usage, saved);
    for (const line of picked.lines) for (const key of rhymeKeys(line.split(' ').pop() ?? '')) avoid.add(key);
    byLetter.set(letter, picked.lines);
  }
  const out: string[] = [];
  const cursor = new Map<string, number>();
  for (const letter of scheme) {
    if (letter === 'X') {
      const free = pickFreeLine(pool, window, usage, rng, avoid);
      if (free === undefined) return restore(usage, saved);
      out.push(free);
      continue;
    }
    const lines = byLetter.get(letter) ?? [];
    const index = cursor.get(letter) ?? 0;
    out.push(lines[Math.min(index, lines.length - 1)] ?? '');
    cursor.set(letter, index + 1);
  }
  return out;
}

/** Tries schemes and syllable windows in turn (preferred length first) until one fills. */
export function writeSection(
  schemes: readonly string[],
  pool: readonly PoolLine[],
  usage: Usage,
  rng: Rng,
  preferredLength?: number,
): { lines: string[]; scheme: string; length: number } | undefined {
  const lengths = commonLengths(pool, rng).slice(0, 5);
  const ordered = preferredLength === undefined ? lengths : [preferredLength, ...lengths.filter((n) => n !== preferredLength)];
  for (const length of ordered) {
    for (const scheme of schemes) {
      const lines = fillScheme(scheme, pool, { low: length - 1, high: length + 1 }, usage, rng);
      if (lines !== undefined) return { lines, scheme, length };
    }
  }
  return undefined;
}
