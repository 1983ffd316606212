import { ESPEAK_PITCH_OFFSET_HZ } from './voice-variant.ts';

/** Largest pitch shift, in semitones, applied to a render (formants move with it: 6 % at most). */
export const MAX_RENDER_SHIFT_SEMITONES = 1;

/** The pitch espeak really sings for the integer variant setting nearest to `hz` (setting − 9 Hz). */
export function renderablePitch(hz: number): number {
  return Math.round(hz + ESPEAK_PITCH_OFFSET_HZ) - ESPEAK_PITCH_OFFSET_HZ;
}

/**
 * Chooses the pitches syllables are rendered at: the distinct note pitches are grouped (lowest
 * first) into spans of 2 × `maxShiftSemitones`, and each group renders at one espeak pitch near
 * its geometric middle; notes are shifted from there by resampling. Each group costs one espeak
 * run, so a 12-pitch line needs about half the runs, and since the render pitch is one espeak can
 * sing exactly, the shifted notes land on pitch without espeak's rounding to whole hertz.
 * Returns, for each note pitch in Hz, the pitch to render it at.
 */
export function planRenderPitches(pitchesHz: Iterable<number>, maxShiftSemitones = MAX_RENDER_SHIFT_SEMITONES): Map<number, number> {
  const sorted = [...new Set(pitchesHz)].sort((a, b) => a - b);
  const span = 2 ** ((2 * maxShiftSemitones) / 12);
  const out = new Map<number, number>();
  let i = 0;
  while (i < sorted.length) {
    const low = sorted[i] ?? 0;
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] ?? Infinity) <= low * span) j++;
    const high = sorted[j] ?? low;
    const render = renderablePitch(Math.sqrt(low * high));
    for (let k = i; k <= j; k++) out.set(sorted[k] ?? 0, render);
    i = j + 1;
  }
  return out;
}
