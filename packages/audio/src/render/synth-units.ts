/**
 * spessasynth_core 4.3.x's unit conversions, rebuilt with the same float32 lookup tables so that
 * code replacing its hot paths computes bit-identical values.
 */

const MIN_ABS_CENT = -20_000;
const MAX_ABS_CENT = 16_500;
const ABS_CENT_HZ = new Float32Array(MAX_ABS_CENT - MIN_ABS_CENT + 1);
for (let i = 0; i < ABS_CENT_HZ.length; i++) ABS_CENT_HZ[i] = 440 * Math.pow(2, (MIN_ABS_CENT + i - 6900) / 1200);

const MIN_CENTIBELS = -16_600;
const CENTIBEL_GAIN = new Float32Array(16_000 - MIN_CENTIBELS + 1);
for (let i = 0; i < CENTIBEL_GAIN.length; i++) CENTIBEL_GAIN[i] = Math.pow(10, -(MIN_CENTIBELS + i) / 200);

/** Absolute cents to Hz, as spessasynth's `absCentsToHz`. */
export function absCentsToHz(cents: number): number {
  if (cents < MIN_ABS_CENT || cents > MAX_ABS_CENT) return 440 * Math.pow(2, (cents - 6900) / 1200);
  return ABS_CENT_HZ[(cents - MIN_ABS_CENT) | 0]!;
}

/** Centibels of attenuation to linear gain, as spessasynth's `cbAttenuationToGain` (undefined out of range, like it). */
export function cbAttenuationToGain(centibels: number): number {
  return CENTIBEL_GAIN[(centibels - MIN_CENTIBELS) | 0]!;
}

const PAN_STEPS = 1000;
/** Equal-power pan gains for pan -500..500 (index pan + 500), float32 like spessasynth's tables. */
export const PAN_LEFT = new Float32Array(PAN_STEPS + 1);
/** See {@link PAN_LEFT}. */
export const PAN_RIGHT = new Float32Array(PAN_STEPS + 1);
for (let i = 0; i <= PAN_STEPS; i++) {
  PAN_LEFT[i] = Math.cos((Math.PI / 2) * (i / PAN_STEPS));
  PAN_RIGHT[i] = Math.sin((Math.PI / 2) * (i / PAN_STEPS));
}
