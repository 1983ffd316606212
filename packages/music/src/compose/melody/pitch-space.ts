import type { ChordEvent, KeySignature } from '../../score.ts';
import { chordScale } from '../theory/chromatic.ts';
import { pc, scalePitchClasses } from '../theory/scale.ts';

type ChordTones = Pick<ChordEvent, 'root' | 'pitchClasses'> | undefined;

/**
 * Melodies move in scale steps: index 0 is the tonic above middle C, 7 the tonic an octave up.
 * Over a chord with chromatic tones the index maps through the chord's scale (G becomes G# over E7 in C).
 */
export function degreePitch(index: number, key: KeySignature, chord: ChordTones): number {
  const scale = chordScale(key, chord);
  const octave = Math.floor(index / 7);
  const degree = index - octave * 7;
  return 60 + key.tonic + 12 * octave + pc((scale[degree] ?? key.tonic) - key.tonic);
}

/** The scale index whose pitch is closest to `pitch`. */
export function indexNear(pitch: number, key: KeySignature): number {
  const scale = scalePitchClasses(key);
  let best = 0;
  let bestDistance = Infinity;
  const approx = Math.round(((pitch - 60 - key.tonic) / 12) * 7);
  for (let index = approx - 4; index <= approx + 4; index++) {
    const octave = Math.floor(index / 7);
    const degree = index - octave * 7;
    const candidate = 60 + key.tonic + 12 * octave + pc((scale[degree] ?? 0) - key.tonic);
    if (Math.abs(candidate - pitch) < bestDistance) {
      best = index;
      bestDistance = Math.abs(candidate - pitch);
    }
  }
  return best;
}

/** True when the index sounds a tone of the chord. */
export function isChordTone(index: number, key: KeySignature, chord: ChordTones): boolean {
  return chord ? chord.pitchClasses.includes(pc(degreePitch(index, key, chord))) : true;
}

/** The chord-tone index nearest `index`; ties go toward `direction` (+1 up, -1 down). */
export function nearestChordTone(index: number, key: KeySignature, chord: ChordTones, direction: number): number {
  for (let distance = 0; distance <= 4; distance++) {
    const first = index + (direction >= 0 ? distance : -distance);
    const second = index - (direction >= 0 ? distance : -distance);
    if (isChordTone(first, key, chord)) return first;
    if (isChordTone(second, key, chord)) return second;
  }
  return index;
}
