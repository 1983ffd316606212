export {
  ESPEAK_VOICE_BY_LANGUAGE,
  SYNTH_SAMPLE_RATE,
  type PhonemeSynth,
  type SingingLanguage,
  type SyllableRequest,
  type VoiceGender,
  type VoiceSpec,
} from './phoneme-synth.ts';
export { VOICE_RANGES, centsBetween, midiToHz, type VoiceRange } from './voice-range.ts';
export { ESPEAK_PITCH_OFFSET_HZ, espeakPitchSetting, singingVariantFile, singingVariantName } from './voice-variant.ts';
export { isVowelToken, splitPhonemeSyllables, type PhonemeSyllable } from './phoneme-syllables.ts';
export { singPart, type SingOptions, type SungPart, type SungWord } from './sing-part.ts';
export { trackPitch, type PitchFrame, type PitchTrackOptions } from './pitch-track.ts';
export { resample } from './resample.ts';
export { vocalStyleFor, type VocalStyle } from './vocal-style.ts';
export { VIBRATO_MIN_NOTE_S } from './sung-pitch.ts';
export { processVocal, VOCAL_CHAIN, type VocalProcessOptions } from './process-vocal.ts';
export { repeatedStretches, type RepeatedStretch } from './repeated-stretches.ts';
export { findVowelAnchors, type VowelAnchors } from './vowel-anchors.ts';
export { renderablePitch } from './render-pitches.ts';
