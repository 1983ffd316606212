import type { ChordEvent, KeySignature } from '../../score.ts';
import { MODE_INTERVALS, pc, scalePitchClasses } from './scale.ts';

/**
 * Why a note outside the key's scale is there on purpose:
 * - `leading-tone`: the raised third of a dominant chord resolving to the tonic (V in minor);
 * - `secondary-dominant`: the third or seventh of a dominant chord resolving to another scale degree (V/ii, I7 = V/IV...);
 * - `borrowed`: a tone of a chord borrowed from the parallel major or minor (bVI, bVII, iv in major...);
 * - `blue-note`: b3, b5 or b7 over the tonic in a genre where blue notes are idiomatic.
 */
export type ChromaticReason = 'leading-tone' | 'secondary-dominant' | 'borrowed' | 'blue-note';

/** Options for {@link explainChromatic}. */
export interface ChromaticOptions {
  /** The genre uses blue notes (blues, jazz, rock, funk). */
  blueNotes?: boolean;
}

type ChordTones = Pick<ChordEvent, 'root' | 'pitchClasses'>;

const BLUE_INTERVALS: ReadonlySet<number> = new Set([3, 6, 10]);

function parallelPool(key: KeySignature): Set<number> {
  return new Set([...MODE_INTERVALS.major, ...MODE_INTERVALS.minor].map((interval) => pc(key.tonic + interval)));
}

function isDominantType(chord: ChordTones): boolean {
  const has = (interval: number): boolean => chord.pitchClasses.includes(pc(chord.root + interval));
  return has(4) && has(7) && !has(11);
}

/**
 * The reason a pitch outside the key is allowed over `chord`, or null when it is either in the
 * key (nothing to explain) or not an allowed chromatic note.
 */
export function explainChromatic(pitch: number, key: KeySignature, chord: ChordTones | undefined, options: ChromaticOptions = {}): ChromaticReason | null {
  const pitchClass = pc(pitch);
  const scale = scalePitchClasses(key);
  if (scale.includes(pitchClass)) return null;
  if (chord && chord.pitchClasses.includes(pitchClass)) {
    const fromRoot = pc(pitchClass - chord.root);
    const target = pc(chord.root + 5);
    if (isDominantType(chord) && (fromRoot === 4 || fromRoot === 10) && scale.includes(target)) {
      return target === key.tonic && fromRoot === 4 ? 'leading-tone' : 'secondary-dominant';
    }
    if (parallelPool(key).has(pitchClass)) return 'borrowed';
  }
  if (options.blueNotes && BLUE_INTERVALS.has(pc(pitchClass - key.tonic))) return 'blue-note';
  return null;
}

/** True when a pitch is in the key, or is a chromatic note that {@link explainChromatic} can name. */
export function isAllowedPitch(pitch: number, key: KeySignature, chord: ChordTones | undefined, options: ChromaticOptions = {}): boolean {
  return scalePitchClasses(key).includes(pc(pitch)) || explainChromatic(pitch, key, chord, options) !== null;
}

/**
 * The scale a melody uses over a chord: the key's scale with each chromatic chord tone replacing
 * its diatonic neighbour (the raised third of a secondary dominant replaces the note below it,
 * a lowered borrowed tone the note above). Degree order is kept.
 */
export function chordScale(key: KeySignature, chord: ChordTones | undefined): number[] {
  const scale = scalePitchClasses(key);
  if (!chord) return scale;
  const result = [...scale];
  for (const tone of chord.pitchClasses) {
    if (scale.includes(tone)) continue;
    const raised = isDominantType(chord) && pc(tone - chord.root) === 4;
    const neighbour = raised ? pc(tone - 1) : pc(tone + 1);
    const index = result.indexOf(neighbour);
    if (index >= 0 && !chord.pitchClasses.includes(neighbour)) result[index] = tone;
  }
  return result;
}
