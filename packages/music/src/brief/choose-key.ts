import type { KeySignature, Mode } from '../score.ts';
import type { Rng } from '../rng.ts';
import type { GenreProfile } from './genre-profile.ts';

const MAJOR_FAMILY: ReadonlySet<Mode> = new Set(['major', 'mixolydian', 'lydian']);

/** True for modes whose third is major (their progressions come from the genre's `major` set). */
export function isMajorFamily(mode: Mode): boolean {
  return MAJOR_FAMILY.has(mode);
}

/**
 * Picks a key for a genre when the request names none. `majorVote` (positive: brighter, negative:
 * darker) tilts the genre's mode weights; `modeHint` (a mode named without a tonic) wins.
 */
export function chooseKey(profile: GenreProfile, majorVote: number, modeHint: Mode | null, rng: Rng): KeySignature {
  const modes = Object.entries(profile.modes) as Array<[Mode, number]>;
  const weights = modes.map(([mode, weight]) => weight * Math.exp((isMajorFamily(mode) ? 0.7 : -0.7) * majorVote));
  const mode = modeHint ?? rng.weighted(modes.map(([m]) => m), weights);
  const tonic = rng.pick(profile.tonics);
  return { tonic, mode };
}
