/**
 * The port through which the singing voice reaches a phoneme synthesizer (espeak-ng, GPL-3.0,
 * which must run as a separate program; see packages/server/src/adapters/espeak).
 */

/** Languages the singing voice can sing, with the espeak voice each maps to. */
export type SingingLanguage = 'en' | 'es' | 'fr' | 'de' | 'it' | 'pt';

/** espeak-ng base voice per singing language. */
export const ESPEAK_VOICE_BY_LANGUAGE: Readonly<Record<SingingLanguage, string>> = {
  en: 'en-us',
  es: 'es',
  fr: 'fr',
  de: 'de',
  it: 'it',
  pt: 'pt-br',
};

/** Voice type: male or female timbre (formants) and range. */
export type VoiceGender = 'm' | 'f';

/** Which voice sings a syllable. */
export interface VoiceSpec {
  gender: VoiceGender;
  language: SingingLanguage;
}

/** One syllable to render on one steady pitch. */
export interface SyllableRequest {
  /** espeak phoneme mnemonics of the syllable, e.g. `h'@` (give it a stress mark). */
  phonemes: string;
  /** Target fundamental frequency in Hz. */
  pitchHz: number;
  voice: VoiceSpec;
}

/** Sample rate of everything a {@link PhonemeSynth} returns. */
export const SYNTH_SAMPLE_RATE = 22050;

/**
 * A phoneme synthesizer. Implementations must batch: one call renders many syllables with
 * one program invocation, because starting the synthesizer costs far more than one syllable.
 */
export interface PhonemeSynth {
  /** Phonemes of each word (espeak mnemonics, one token per phoneme, stress marks kept). */
  phonemize(words: readonly string[], language: SingingLanguage): Promise<string[][]>;
  /** Renders each syllable on its steady pitch: 22.05 kHz mono, leading/trailing silence trimmed. */
  speakSyllables(requests: readonly SyllableRequest[]): Promise<Float32Array[]>;
  /** Releases the synthesizer (child processes). */
  close(): Promise<void>;
}
