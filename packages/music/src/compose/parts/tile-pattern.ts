/**
 * Lays a one-bar pattern of `[start, length, ...]` hits over a bar of another length: repeats it
 * when the bar is longer (12/8, 5/4), cuts it when shorter (2/4), and trims the last hit at the bar line.
 */
export function tilePattern<T extends readonly [number, number, ...unknown[]]>(hits: readonly T[], patternBeats: number, barBeats: number): T[] {
  const result: T[] = [];
  for (let offset = 0; offset < barBeats - 1e-9; offset += patternBeats) {
    for (const hit of hits) {
      const start = hit[0] + offset;
      if (start >= barBeats - 1e-9) continue;
      result.push([start, Math.min(hit[1], barBeats - start), ...hit.slice(2)] as unknown as T);
    }
  }
  return result;
}

/** The pattern family for a bar: four-beat, three-beat or compound. */
export function barFamily(beatsPerBar: number, compound: boolean): 'common' | 'triple' | 'compound' {
  if (compound) return 'compound';
  return beatsPerBar === 3 ? 'triple' : 'common';
}
