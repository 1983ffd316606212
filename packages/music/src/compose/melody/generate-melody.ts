import type { Rng } from '../../rng.ts';
import type { ChordEvent, KeySignature, NoteEvent, ScoreSection } from '../../score.ts';
import { chordAt } from '../harmony/chord-at.ts';
import { pc } from '../theory/scale.ts';
import type { PitchRange } from '../theory/voicing.ts';
import type { MelodyPhrase, PhrasePlan } from './phrase-plan.ts';
import { degreePitch, indexNear, isChordTone, nearestChordTone } from './pitch-space.ts';
import { inventShape } from './invent-shape.ts';

/** How a melody is pitched. */
export interface MelodyOptions {
  key: KeySignature;
  range: PitchRange;
  /** 0..1: where in the range the section sits (verses lower, choruses higher). */
  register: number;
  /** Allow blue notes (b3, b7 over the tonic) on weak notes. */
  blueNotes?: boolean;
}

interface Motif {
  anchor: number;
  shape: number[];
}

const STRONG = 0.7;

function fitToChords(indices: number[], phrase: MelodyPhrase, chords: readonly ChordEvent[], key: KeySignature): number[] {
  return indices.map((index, i) => {
    const slot = phrase.slots[i];
    if (!slot || slot.accent < STRONG) return index;
    const chord = chordAt(chords, phrase.startBeat + slot.offset);
    return isChordTone(index, key, chord) ? index : nearestChordTone(index, key, chord, (indices[i + 1] ?? index) - index);
  });
}

function fitToRange(indices: number[], phrase: MelodyPhrase, chords: readonly ChordEvent[], options: MelodyOptions): number[] {
  const pitchOf = (index: number, i: number): number =>
    degreePitch(index, options.key, chordAt(chords, phrase.startBeat + (phrase.slots[i]?.offset ?? 0)));
  // Shift by whole octaves only, and only when that reduces how far the phrase leaves the range.
  const overflow = (candidate: number[]): number => {
    const pitches = candidate.map(pitchOf);
    return Math.max(0, Math.max(...pitches) - options.range.high) + Math.max(0, options.range.low - Math.min(...pitches));
  };
  let best = indices;
  for (const shift of [-7, 7, -14, 14]) {
    const candidate = indices.map((index) => index + shift);
    if (overflow(candidate) + 2 < overflow(best)) best = candidate;
  }
  return best;
}

function velocityOf(accent: number, last: boolean, energy: number): number {
  return Math.round(Math.min(124, Math.max(30, 62 + 40 * energy + 12 * accent - (last ? 6 : 0))));
}

/**
 * Pitches a rhythm plan over the section's chords. Phrases with a new label get a new motif (a
 * contour of mostly stepwise scale moves, chord tones on strong slots, ending on a stable tone);
 * a repeated label replays its motif from the same anchor, re-fitted to the chords under it.
 * Pure given its inputs and `rng`, so it can pitch a sung line from syllable rhythms as well.
 */
export function generateMelody(section: ScoreSection, chords: readonly ChordEvent[], plan: PhrasePlan, rng: Rng, options: MelodyOptions): NoteEvent[] {
  const { key, range } = options;
  const motifs = new Map<string, Motif>();
  const notes: NoteEvent[] = [];
  let previous = indexNear(range.low + (range.high - range.low) * options.register, key);
  for (const phrase of plan.phrases) {
    const first = phrase.slots[0];
    if (!first) continue;
    const firstChord = chordAt(chords, phrase.startBeat + first.offset);
    let motif = motifs.get(phrase.label);
    if (!motif) {
      const anchor = nearestChordTone(previous, key, firstChord, rng.chance(0.5) ? 1 : -1);
      motif = { anchor, shape: inventShape(phrase, anchor, chords, key, rng) };
      motifs.set(phrase.label, motif);
    } else if (motif.shape.length < phrase.slots.length) {
      const extra = inventShape(phrase, motif.anchor, chords, key, rng);
      motif = { anchor: motif.anchor, shape: [...motif.shape, ...extra.slice(motif.shape.length)] };
    }
    const anchor = isChordTone(motif.anchor, key, firstChord) ? motif.anchor : nearestChordTone(motif.anchor, key, firstChord, 1);
    const raw = phrase.slots.map((_, i) => anchor + (motif.shape[i] ?? 0));
    const indices = fitToRange(fitToChords(raw, phrase, chords, key), phrase, chords, options);
    phrase.slots.forEach((slot, i) => {
      const startBeat = phrase.startBeat + slot.offset;
      const chord = chordAt(chords, startBeat);
      let pitch = degreePitch(indices[i] ?? anchor, key, chord);
      if (options.blueNotes && slot.accent < 0.5 && pc(pitch - key.tonic) === 4 && rng.chance(0.3)) pitch -= 1;
      const last = i === phrase.slots.length - 1;
      const gap = slot.durationBeats >= 0.5 ? 0.04 : 0.01;
      notes.push({ pitch, startBeat, durationBeats: slot.durationBeats - gap, velocity: velocityOf(slot.accent, last, section.energy) });
    });
    previous = indices[indices.length - 1] ?? previous;
  }
  return notes;
}
