import type { PitchRange } from '../theory/voicing.ts';

/** Comfortable melodic ranges by GM program span (low, high), checked in order. */
const RANGES: ReadonlyArray<readonly [from: number, to: number, low: number, high: number]> = [
  [24, 31, 55, 79], // guitars
  [32, 39, 36, 60], // basses
  [40, 40, 60, 88], // violin
  [41, 41, 55, 79], // viola
  [42, 43, 43, 67], // cello, contrabass
  [56, 56, 58, 82], // trumpet
  [57, 58, 45, 69], // trombone, tuba
  [59, 59, 58, 80], // muted trumpet
  [60, 60, 53, 77], // french horn
  [64, 65, 58, 82], // soprano, alto sax
  [66, 66, 52, 76], // tenor sax
  [67, 67, 45, 69], // baritone sax
  [68, 69, 60, 84], // oboe, english horn
  [70, 70, 43, 67], // bassoon
  [71, 71, 55, 82], // clarinet
  [72, 79, 62, 88], // flutes, whistles
  [110, 110, 60, 88], // fiddle
];

/**
 * The span a melody on this program should use, about an octave and a half inside the
 * instrument's comfortable range (defaults to C4..F5-ish for keys and synths).
 */
export function melodyRange(program: number): PitchRange {
  const found = RANGES.find(([from, to]) => program >= from && program <= to);
  const low = found ? found[2] + 2 : 62;
  const high = found ? Math.min(found[3], low + 19) : 81;
  return { low, high };
}
