import { ESPEAK_PITCH_OFFSET_HZ } from './voice-variant.ts';

/** The pitch espeak really sings for the integer variant setting nearest to `hz` (setting − 9 Hz). */
export function renderablePitch(hz: number): number {
  return Math.round(hz + ESPEAK_PITCH_OFFSET_HZ) - ESPEAK_PITCH_OFFSET_HZ;
}
