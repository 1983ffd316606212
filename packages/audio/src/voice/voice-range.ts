import type { VoiceGender } from './phoneme-synth.ts';

/** A singable range in MIDI note numbers, inclusive. */
export interface VoiceRange {
  lowest: number;
  highest: number;
}

/**
 * Ranges the espeak singing voice holds cleanly: male A2–G4, female F3–E5. The female top stops
 * below C6 because espeak's formant synthesis turns thin and buzzy above about 700 Hz.
 */
export const VOICE_RANGES: Readonly<Record<VoiceGender, VoiceRange>> = {
  m: { lowest: 45, highest: 67 },
  f: { lowest: 53, highest: 76 },
};

/** Frequency in Hz of a MIDI note (A4 = 69 = 440 Hz); fractional notes allowed. */
export function midiToHz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** Signed distance in cents from `referenceHz` to `hz`. */
export function centsBetween(hz: number, referenceHz: number): number {
  return 1200 * Math.log2(hz / referenceHz);
}
