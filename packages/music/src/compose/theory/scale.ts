import type { KeySignature, Mode } from '../../score.ts';

/** Semitones above the tonic of each degree of a mode. */
export const MODE_INTERVALS: Readonly<Record<Mode, readonly number[]>> = {
  major: [0, 2, 4, 5, 7, 9, 11],
  minor: [0, 2, 3, 5, 7, 8, 10],
  dorian: [0, 2, 3, 5, 7, 9, 10],
  mixolydian: [0, 2, 4, 5, 7, 9, 10],
  lydian: [0, 2, 4, 6, 7, 9, 11],
  phrygian: [0, 1, 3, 5, 7, 8, 10],
  'harmonic-minor': [0, 2, 3, 5, 7, 8, 11],
};

/** Pitch class (0..11) of any integer pitch or interval. */
export const pc = (pitch: number): number => ((pitch % 12) + 12) % 12;

/** The seven pitch classes of a key, in degree order from the tonic. */
export function scalePitchClasses(key: KeySignature): number[] {
  return MODE_INTERVALS[key.mode].map((interval) => pc(key.tonic + interval));
}

/** True when the pitch (or pitch class) belongs to the key's scale. */
export function isInKey(pitch: number, key: KeySignature): boolean {
  return scalePitchClasses(key).includes(pc(pitch));
}

const SHARP_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'] as const;
const FLAT_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'] as const;
/** Semitones from the tonic down to the relative major's tonic. */
const RELATIVE_MAJOR_OFFSET: Readonly<Record<Mode, number>> = { major: 0, minor: 3, 'harmonic-minor': 3, dorian: -2, mixolydian: -7, lydian: -5, phrygian: -4 };
const FLAT_MAJOR_KEYS: ReadonlySet<number> = new Set([5, 10, 3, 8, 1]);

/** Whether a key is written with flats (F major, D minor, Bb major ...). */
export function usesFlats(key: KeySignature): boolean {
  return FLAT_MAJOR_KEYS.has(pc(key.tonic + RELATIVE_MAJOR_OFFSET[key.mode]));
}

/** The name of a pitch class, spelled with the key's accidentals ("Bb" in F major, "A#" in B major) unless `flats` says otherwise. */
export function pitchClassName(pitchClass: number, key: KeySignature, flats: boolean = usesFlats(key)): string {
  return (flats ? FLAT_NAMES : SHARP_NAMES)[pc(pitchClass)] ?? 'C';
}

/** A key's name, e.g. "F# minor". */
export function keyName(key: KeySignature): string {
  return `${pitchClassName(key.tonic, key)} ${key.mode.replace('-', ' ')}`;
}
