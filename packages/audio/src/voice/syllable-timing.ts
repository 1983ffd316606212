import type { NoteEvent } from '@songloom/music';

/** The first note of a syllable as rendered: its consonant lead-in and how fast it is read. */
export interface SyllableHead {
  /** Samples of the timeline from the render's start to its vowel onset. */
  onset: number;
  /** Render samples read per timeline sample (target pitch / render pitch). */
  shift: number;
}

/** Where a syllable starts on the timeline and how much of its render's head is skipped. */
export interface SyllableStart {
  /** First sample on the timeline (the onset consonants start here). */
  at: number;
  /** Render samples cut from the start of the head when the lead-in has no room. */
  skip: number;
}

const MAX_LEAD_S = 0.15;
const LEAD_SHARE_OF_PREVIOUS = 0.2;
const MIN_CONSONANT_S = 0.04;

/**
 * Start of each syllable: its first note minus the onset consonants' lead-in, so the vowel
 * lands on the beat. The lead-in takes the rest before the note and at most the last 20 % of the
 * previous note (so that note keeps its pitch over most of its length) and 150 ms; when the
 * consonants are longer, their start is cut, keeping at least 40 ms of them.
 * `heads[i]` belongs to `syllables[i]`; times are in samples of a timeline at `sampleRate`.
 */
export function syllableStarts(
  syllables: ReadonlyArray<{ notes: readonly NoteEvent[] }>,
  heads: ReadonlyArray<SyllableHead | undefined>,
  sampleRate: number,
  beatS: number,
): SyllableStart[] {
  const samplesPerBeat = beatS * sampleRate;
  return syllables.map((s, i) => {
    const first = s.notes[0];
    const head = heads[i];
    if (first === undefined || head === undefined) return { at: 0, skip: 0 };
    const noteStart = Math.round(first.startBeat * samplesPerBeat);
    const prev = syllables[i - 1]?.notes.at(-1);
    const room =
      prev === undefined ? Infinity : noteStart - Math.round((prev.startBeat + (1 - LEAD_SHARE_OF_PREVIOUS) * prev.durationBeats) * samplesPerBeat);
    const onset = Math.round(head.onset);
    const lead = Math.max(0, Math.min(onset, Math.round(MAX_LEAD_S * sampleRate), noteStart, room));
    const kept = Math.max(lead, Math.min(onset, Math.round(MIN_CONSONANT_S * sampleRate)));
    return { at: noteStart - lead, skip: Math.round((onset - kept) * head.shift) };
  });
}
