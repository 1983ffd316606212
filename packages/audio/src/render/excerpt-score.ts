import type { Score } from '@songloom/music';

/**
 * The stretch of `score` from `startBeat` lasting `beats` (clipped to the score), as a score of its
 * own starting at beat 0 with no tail. Notes sounding at the cut are kept from the cut on.
 */
export function excerptScore(score: Score, startBeat: number, beats: number): Score {
  const start = Math.max(0, Math.min(startBeat, score.totalBeats));
  const end = Math.min(score.totalBeats, start + beats);
  const parts = score.parts.map((part) => ({
    ...part,
    notes: part.notes
      .filter((n) => n.startBeat < end && n.startBeat + n.durationBeats > start)
      .map((n) => {
        const noteStart = Math.max(n.startBeat, start);
        return { ...n, startBeat: noteStart - start, durationBeats: Math.min(n.startBeat + n.durationBeats, end) - noteStart };
      }),
  }));
  return {
    ...score,
    sections: [],
    chords: [],
    parts,
    totalBeats: end - start,
    durationSeconds: ((end - start) * 60) / score.tempo,
    tailSeconds: 0,
  };
}
