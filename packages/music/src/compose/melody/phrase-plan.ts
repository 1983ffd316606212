/** One note of a melody's rhythm, relative to its phrase. */
export interface RhythmSlot {
  /** Beats from the phrase start. */
  offset: number;
  durationBeats: number;
  /** 0..1: metric weight (1 = downbeat) or, for a sung line, syllable stress. Strong slots land on chord tones. */
  accent: number;
}

/** A phrase: a run of notes followed by a breath. Phrases with the same label share their melodic shape. */
export interface MelodyPhrase {
  /** "A", "B"...: repeated labels repeat the motif (adapted to the chords under it). */
  label: string;
  /** Absolute beat where the phrase starts. */
  startBeat: number;
  slots: RhythmSlot[];
}

/** The rhythm of a section's melody, phrase by phrase. A lyric setter builds one from syllables. */
export interface PhrasePlan {
  phrases: MelodyPhrase[];
}
