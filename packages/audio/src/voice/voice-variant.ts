import type { VoiceGender } from './phoneme-synth.ts';

/**
 * espeak-ng renders a monotone variant `pitch F F` at F − 9 Hz (measured on 1.51 and the npm
 * 1.52-dev build), so the variant asks for the target plus this offset.
 */
export const ESPEAK_PITCH_OFFSET_HZ = 9;

/** Formant lines of the female variant: espeak's f2/f5 settings, F1 and F2 raised a little more. */
const FEMALE_FORMANTS = [
  'formant 0 105  80 150',
  'formant 1 115  80 160',
  'formant 2 120  70 150',
  'formant 3 115  70 150',
  'formant 4 115  80 150',
  'formant 5 115  80 150',
  'formant 6 110  70 150',
  'formant 7 110  70 150',
  'formant 8 110  70 150',
  'breath 0 1 2 2 2 2 2 1',
];

/** The integer `pitch F F` value espeak needs to sing `pitchHz`. */
export function espeakPitchSetting(pitchHz: number): number {
  return Math.round(pitchHz + ESPEAK_PITCH_OFFSET_HZ);
}

/** Name of the variant singing `pitchHz` with `gender`, e.g. `singm205` for 196 Hz. */
export function singingVariantName(gender: VoiceGender, pitchHz: number): string {
  return `sing${gender}${espeakPitchSetting(pitchHz)}`;
}

/** Text of the espeak-ng variant file (`espeak-ng-data/voices/!v/<name>`) for one pitch. */
export function singingVariantFile(gender: VoiceGender, pitchHz: number): string {
  const f = espeakPitchSetting(pitchHz);
  const lines = [
    'language variant',
    `name ${singingVariantName(gender, pitchHz)}`,
    `gender ${gender === 'f' ? 'female' : 'male'}`,
    `pitch ${f} ${f}`,
    'flutter 0',
    'roughness 0',
    ...(gender === 'f' ? FEMALE_FORMANTS : []),
  ];
  return `${lines.join('\n')}\n`;
}
