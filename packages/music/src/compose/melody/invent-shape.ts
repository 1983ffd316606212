import type { Rng } from '../../rng.ts';
import type { ChordEvent, KeySignature } from '../../score.ts';
import { chordAt } from '../harmony/chord-at.ts';
import { pc } from '../theory/scale.ts';
import type { MelodyPhrase } from './phrase-plan.ts';
import { degreePitch, isChordTone, nearestChordTone } from './pitch-space.ts';

type Contour = 'arch' | 'descend' | 'ascend' | 'wave';

function direction(contour: Contour, t: number): number {
  switch (contour) {
    case 'arch':
      return t < 0.55 ? 1 : -1;
    case 'descend':
      return t < 0.15 ? 1 : -1;
    case 'ascend':
      return t < 0.75 ? 1 : -1;
    case 'wave':
      return Math.sin(t * Math.PI * 3) >= 0 ? 1 : -1;
  }
}

function stableEnding(index: number, key: KeySignature, chord: ChordEvent | undefined): number {
  // Prefer the chord's root or third for a phrase ending, within a third of where the line is.
  for (let distance = 0; distance <= 3; distance++) {
    for (const candidate of [index - distance, index + distance]) {
      if (!chord) return candidate;
      const tone = pc(degreePitch(candidate, key, chord) - chord.root);
      if (tone === 0 || tone === 3 || tone === 4) return candidate;
    }
  }
  return nearestChordTone(index, key, chord, -1);
}

/**
 * A new motif for a phrase: scale-step offsets from `anchor`, one per slot. Mostly steps in the
 * direction of a chosen contour, some repeats, an occasional leap recovered by a step back,
 * chord tones on strong slots and a stable tone at the end.
 */
export function inventShape(phrase: MelodyPhrase, anchor: number, chords: readonly ChordEvent[], key: KeySignature, rng: Rng): number[] {
  const contour = rng.weighted<Contour>(['arch', 'descend', 'ascend', 'wave'], [3, 2, 1.5, 1.5]);
  const count = phrase.slots.length;
  const shape = [0];
  let current = anchor;
  let leap = 0;
  for (let i = 1; i < count; i++) {
    const slot = phrase.slots[i];
    if (!slot) break;
    const want = direction(contour, i / Math.max(1, count - 1)) * (rng.chance(0.15) ? -1 : 1);
    let step: number;
    if (leap !== 0) {
      step = -Math.sign(leap);
      leap = 0;
    } else {
      const roll = rng.next();
      step = roll < 0.14 ? 0 : roll < 0.74 ? want : roll < 0.9 ? 2 * want : want * rng.int(3, 4);
      if (Math.abs(step) >= 3) leap = step;
    }
    current += step;
    if (current - anchor > 5) current -= 2;
    if (current - anchor < -4) current += 2;
    const chord = chordAt(chords, phrase.startBeat + slot.offset);
    if (i === count - 1) current = stableEnding(current, key, chord);
    else if (slot.accent >= 0.7 && !isChordTone(current, key, chord)) current = nearestChordTone(current, key, chord, want);
    shape.push(current - anchor);
  }
  return shape.slice(0, count);
}
