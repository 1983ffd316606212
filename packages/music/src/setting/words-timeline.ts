import type { Part, Score, ScoreSection } from '../score.ts';

/** A sung word and when it sounds, in beats (convert with the score's tempo). */
export interface TimedWord {
  word: string;
  /** Song-wide index of the word (`LyricSyllable.wordIndex`). */
  wordIndex: number;
  /** Start of its first note. */
  startBeat: number;
  /** End of its last note (melisma continuations included). */
  endBeat: number;
  /** True when only the backing vocals sing it (an echo or a backing line). */
  backing: boolean;
}

const isVocal = (part: Part): boolean => part.role === 'vocal' || part.role === 'backing-vocal';

/**
 * The exact sung time of every word of the score's vocal parts, in time order. A word doubled by
 * the chorus harmony appears once; its time is the union of its notes.
 */
export function lyricWordsTimeline(score: Score): TimedWord[] {
  const words = new Map<number, TimedWord>();
  for (const part of score.parts.filter(isVocal)) {
    for (const note of part.notes) {
      if (note.lyric === undefined) continue;
      const end = note.startBeat + note.durationBeats;
      const known = words.get(note.lyric.wordIndex);
      if (known === undefined) {
        words.set(note.lyric.wordIndex, { word: note.lyric.word, wordIndex: note.lyric.wordIndex, startBeat: note.startBeat, endBeat: end, backing: part.role !== 'vocal' });
        continue;
      }
      known.startBeat = Math.min(known.startBeat, note.startBeat);
      known.endBeat = Math.max(known.endBeat, end);
      known.backing &&= part.role !== 'vocal';
    }
  }
  return [...words.values()].sort((a, b) => a.startBeat - b.startBeat || a.wordIndex - b.wordIndex);
}

/** The sections in which a vocal part sings at least one note. */
export function sungSections(score: Score): ScoreSection[] {
  const notes = score.parts.filter(isVocal).flatMap((p) => p.notes);
  return score.sections.filter((section) => {
    const end = section.startBeat + section.bars * score.beatsPerBar;
    return notes.some((n) => n.startBeat >= section.startBeat && n.startBeat < end);
  });
}
