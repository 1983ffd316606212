import type { KeySignature } from '../score.ts';
import type { ArcShape, GenreId } from './genre-profile.ts';
import type { Mood } from './mood-words.ts';
import type { SoundColour } from './sound-words.ts';

/** The job an instrument does in the arrangement; each slot becomes one part of the score. */
export type InstrumentRole = 'lead' | 'chords' | 'pad' | 'bass' | 'arpeggio' | 'counter-melody';

/** One instrument of the arrangement. */
export interface InstrumentSlot {
  role: InstrumentRole;
  /** General MIDI program 0..127. */
  program: number;
  /** Human name, e.g. "Alto Sax". */
  name: string;
  /** True when the request named this instrument. */
  requested: boolean;
}

/** What the request excludes (from `negativeTags`). */
export interface Exclusions {
  /** GM programs that must not appear. */
  programs: number[];
  /** No drum part at all. */
  drums: boolean;
  /** No sung vocals. */
  vocals: boolean;
  /** Genres that detection must not choose. */
  genres: GenreId[];
  /** Traits the arrangement must avoid, e.g. "upbeat", "distorted-guitar". */
  traits: string[];
  /** The tags as written, for display. */
  tags: string[];
}

/** Which fields the request fixed explicitly (these are exact, never adjusted). */
export interface ExplicitChoices {
  tempo: boolean;
  key: boolean;
  timeSignature: boolean;
  length: boolean;
  instruments: boolean;
  /** A drum kit was named (brushes, 808s, drum machine...). */
  drumKit: boolean;
}

/**
 * The musical reading of a request: everything composition needs, decided and explained.
 * A pure function of the request (and an optional variation number), so it can be logged and tested.
 */
export interface Brief {
  genre: GenreId;
  /** Human name of the genre, e.g. "Lo-fi hip hop". */
  genreLabel: string;
  /** Detected moods, strongest first (may be empty). */
  moods: Mood[];
  /** Quarter notes per minute. */
  tempo: number;
  key: KeySignature;
  timeSignature: { numerator: number; denominator: number };
  /** Pitched instruments, one slot per part. */
  instrumentation: InstrumentSlot[];
  /** GS drum kit program (0 standard, 16 power, 25 TR-808, 32 jazz, 40 brush, 48 orchestra ...), or null. */
  drumKit: number | null;
  hasDrums: boolean;
  /** Swing of off-beat eighths (0 straight .. 1 full triplet feel). */
  swing: number;
  /** 0..1: how dense and loud the arrangement is overall. */
  energy: number;
  /** Which take of the task this brief is for (0 as read; see briefForTake). */
  take: number;
  /** What descriptors did to the sound: brightness, space, gated drums. */
  sound: SoundColour;
  /** How the song's sections rise and fall (the genre's, or 'ballad' when asked for one). */
  arc: ArcShape;
  /** Wanted final track length in seconds (music plus tail), already capped by `maxSeconds`. */
  targetSeconds: number;
  maxSeconds: number;
  title: string;
  instrumental: boolean;
  vocalGender: 'm' | 'f';
  /** Lyrics given by the caller (custom mode, not instrumental), else null. */
  lyrics: string | null;
  /** The free description (non-custom mode) or style text (custom mode) the brief was read from. */
  description: string;
  excluded: Exclusions;
  explicit: ExplicitChoices;
}
