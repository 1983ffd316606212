import type { Part, Score } from '@songloom/music';

/** The parts named by `partIds` in score order (all parts when omitted); unknown ids throw a RangeError. */
export function selectParts(score: Score, partIds: readonly string[] | undefined): Part[] {
  if (partIds === undefined) return [...score.parts];
  const known = new Set(score.parts.map((p) => p.id));
  const unknown = partIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new RangeError(`unknown part id(s): ${unknown.join(', ')}`);
  const wanted = new Set(partIds);
  return score.parts.filter((p) => wanted.has(p.id));
}
