/**
 * The score: what composition produces and rendering consumes. Times are in beats, where one
 * beat is a quarter note; `tempo` is quarter notes per minute. A 6/8 bar is therefore 3 beats.
 */

/** One sounding note. `pitch` is a MIDI note number (60 = middle C); on a drum part it is the GM drum key. */
export interface NoteEvent {
  pitch: number;
  startBeat: number;
  durationBeats: number;
  /** 1..127 */
  velocity: number;
  /** Set on vocal parts: the syllable sung on this note (a melisma continuation has `text: ''`). */
  lyric?: LyricSyllable;
}

export interface LyricSyllable {
  /** The syllable as written, e.g. "hel" of "hello". Empty for a melisma continuation. */
  text: string;
  /** The whole word this syllable belongs to, e.g. "hello". */
  word: string;
  /** Index of the word in the sung lyric (0-based, counting every sung word in order). */
  wordIndex: number;
  /** Index of this syllable within its word. */
  syllableIndex: number;
  /** True when the syllable carries the word's primary stress. */
  stressed: boolean;
}

export type PartRole =
  | 'lead'
  | 'vocal'
  | 'backing-vocal'
  | 'counter-melody'
  | 'chords'
  | 'pad'
  | 'bass'
  | 'drums'
  | 'percussion'
  | 'arpeggio'
  | 'fx';

/** One instrument line. Rendering can take any subset of parts (stems). */
export interface Part {
  /** Stable, unique within the score, e.g. "bass", "keys", "lead". */
  id: string;
  role: PartRole;
  /** Human name, e.g. "Electric Piano". */
  name: string;
  /** General MIDI program 0..127 (ignored for drums, which use `drumKit`). */
  program: number;
  isDrums: boolean;
  /** GM/GS drum kit bank program (0 standard, 16 power, 25 electronic/TR-808 ...), drums only. */
  drumKit?: number;
  /** Drums only: semitones the kit (kick to cymbals) is tuned by, to sit in the song's key. */
  drumTuning?: number;
  /** Channel volume, CC7, 0..127. */
  volume: number;
  /** CC10, 0 (left) .. 64 (centre) .. 127 (right). */
  pan: number;
  /** CC91 reverb send, 0..127. */
  reverb: number;
  /** CC93 chorus send, 0..127. */
  chorus: number;
  /** CC74 brightness (filter cutoff), 64 = the preset as made; absent = not sent. */
  brightness?: number;
  /** Notes sorted by startBeat. */
  notes: NoteEvent[];
}

export type SectionKind =
  | 'intro'
  | 'verse'
  | 'pre-chorus'
  | 'chorus'
  | 'post-chorus'
  | 'bridge'
  | 'breakdown'
  | 'solo'
  | 'instrumental'
  | 'outro';

export interface ScoreSection {
  kind: SectionKind;
  /** e.g. "Verse 1", "Chorus". */
  label: string;
  startBeat: number;
  bars: number;
  /** 0..1, how full and loud the arrangement is here. */
  energy: number;
}

export type Mode = 'major' | 'minor' | 'dorian' | 'mixolydian' | 'lydian' | 'phrygian' | 'harmonic-minor';

export interface KeySignature {
  /** Pitch class of the tonic, 0 = C ... 11 = B. */
  tonic: number;
  mode: Mode;
}

export interface ChordEvent {
  startBeat: number;
  durationBeats: number;
  /** Pitch class of the root, 0..11. */
  root: number;
  /** Pitch classes of the chord, root first (e.g. [0, 4, 7] for C major). */
  pitchClasses: number[];
  /** e.g. "Am7", "G/B". */
  symbol: string;
}

export interface Score {
  /** Quarter notes per minute. */
  tempo: number;
  timeSignature: { numerator: number; denominator: number };
  /** Beats (quarter notes) per bar, derived from the time signature. */
  beatsPerBar: number;
  key: KeySignature;
  sections: ScoreSection[];
  chords: ChordEvent[];
  parts: Part[];
  /** Length of the music in beats (the end of the last bar). */
  totalBeats: number;
  /** totalBeats converted to seconds at `tempo`, plus nothing: the renderer adds no silence beyond `tailSeconds`. */
  durationSeconds: number;
  /** Seconds of release/reverb tail the renderer keeps after the last bar (included in the track duration). */
  tailSeconds: number;
}
