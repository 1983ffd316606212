import type { Mode, SectionKind } from '../score.ts';
import type { InstrumentRole } from './brief.ts';
import type { Groove } from '../compose/drums/groove.ts';
import type { BassHit } from '../compose/parts/bass-patterns.ts';
import type { Stroke } from '../compose/parts/comping-patterns.ts';

/** Every genre the engine knows. */
export type GenreId =
  | 'pop'
  | 'rock'
  | 'hip-hop'
  | 'lo-fi'
  | 'house'
  | 'synthwave'
  | 'jazz'
  | 'blues'
  | 'funk'
  | 'rnb'
  | 'country'
  | 'folk'
  | 'reggae'
  | 'latin'
  | 'metal'
  | 'classical'
  | 'cinematic'
  | 'ambient'
  | 'waltz'
  | 'bossa-nova'
  | 'bluegrass'
  | 'country-rock'
  | 'trap'
  | 'drum-and-bass'
  | 'techno'
  | 'disco'
  | 'afrobeats'
  | 'punk'
  | 'gospel'
  | 'k-pop';

/** Drum groove families (compose/drums holds the patterns). */
export type GrooveId =
  | 'pop'
  | 'rock'
  | 'boom-bap'
  | 'trap'
  | 'lo-fi'
  | 'four-on-floor'
  | 'synthwave'
  | 'jazz-swing'
  | 'shuffle'
  | 'funk'
  | 'rnb'
  | 'train'
  | 'folk'
  | 'one-drop'
  | 'latin'
  | 'metal'
  | 'orchestral'
  | 'waltz';

/** Bass line styles (compose/bass). */
export type BassStyle =
  | 'pop'
  | 'root-eighths'
  | 'root-fifth'
  | 'walking'
  | 'syncopated'
  | 'sub'
  | 'offbeat'
  | 'pulse'
  | 'reggae'
  | 'tumbao'
  | 'sustained';

/** How the chord instrument plays (compose/comping). */
export type CompingStyle =
  | 'block'
  | 'eighths'
  | 'strum'
  | 'skank'
  | 'stabs'
  | 'charleston'
  | 'funk'
  | 'boom-chick'
  | 'fingerpick'
  | 'power'
  | 'montuno'
  | 'sustain';

/**
 * How a genre's sections rise and fall: 'song' (verse < pre-chorus < chorus), 'build-drop' (EDM:
 * the pre-chorus is a build without kick and bass, the chorus the drop), 'rising' (trailer music:
 * one long crescendo to a climax), 'ballad' (a sparse first verse, piano and voice).
 */
export type ArcShape = 'song' | 'build-drop' | 'rising' | 'ballad';

/** One section of a form template: its kind and its usual length in bars. */
export type FormStep = readonly [kind: SectionKind, bars: number];

/** Chord progressions in roman numerals relative to the tonic's major scale (see compose/harmony). */
export interface ProgressionSet {
  major: readonly string[];
  minor: readonly string[];
}

/** The defaults and habits of one genre. */
export interface GenreProfile {
  id: GenreId;
  label: string;
  /** Words and phrases that name the genre in a style text (lower case). */
  keywords: readonly string[];
  tempo: { min: number; max: number; typical: number };
  /** Mode weights when the request does not name a key. */
  modes: Readonly<Partial<Record<Mode, number>>>;
  /** Favoured tonic pitch classes (0 = C). */
  tonics: readonly number[];
  timeSignature: readonly [numerator: number, denominator: number];
  progressions: ProgressionSet;
  /** Bridge progressions; the main set is used when absent. */
  bridge?: ProgressionSet;
  instruments: Readonly<Partial<Record<InstrumentRole, number>>>;
  /** GS drum kit, or null when the genre has no drums by default. */
  drumKit: number | null;
  groove: GrooveId;
  bass: BassStyle;
  comping: CompingStyle;
  /** 0 straight .. 1 triplet swing. */
  swing: number;
  /** Blue notes (b3, b5, b7) are idiomatic in melody and harmony. */
  blueNotes: boolean;
  form: readonly FormStep[];
  /** Blocks (tried in order, cycling) inserted before the last chorus when a song must be longer than the form. */
  extension: readonly (readonly FormStep[])[];
  /** Default length in seconds when the request gives none. */
  lengthSeconds: number;
  /** 0..1 baseline energy. */
  energy: number;
  /** The shape of the song's dynamics (default 'song'). */
  arc?: ArcShape;
  /** Section energies (0..1) where the genre differs from the common song, e.g. a metal breakdown at full force. */
  sectionEnergy?: Readonly<Partial<Record<SectionKind, number>>>;
  /** Other idiomatic GM programs per role: a second take of a prompt picks among them. */
  palette?: Readonly<Partial<Record<InstrumentRole, readonly number[]>>>;
  /** Rhythm guitars double-tracked (two takes) and panned hard left and right. */
  doubleTracked?: boolean;
  /** Reverb send factor of the genre's space (1 = a medium room; default 1). */
  space?: number;
  /** How far from the centre parts are panned (1 = by role; less for genres that are all pads and reverb). */
  width?: number;
  /** Roles that carry the genre's sound and play in every section with some energy (a bluegrass banjo). */
  featured?: readonly InstrumentRole[];
  /** The genre's own drum groove, instead of the shared family named by `groove`. */
  ownGroove?: Groove;
  /** The genre's own comping bars (four beats), instead of those of `comping`. */
  ownComping?: readonly (readonly Stroke[])[];
  /** The genre's own bass bars (four beats), instead of those of `bass`. */
  ownBass?: readonly (readonly BassHit[])[];
  /** Fallback titles for songs of this genre. */
  titles?: readonly string[];
}
