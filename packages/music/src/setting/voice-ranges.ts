import type { PitchRange } from '../compose/theory/voicing.ts';

/** Which singing voice sings the song: `m` male, `f` female (as in `Brief.vocalGender`). */
export type SingerGender = 'm' | 'f';

/**
 * The MIDI spans the singing voice holds cleanly, inclusive: male A2–G4, female F3–E5.
 * Must stay in sync with `VOICE_RANGES` in packages/audio/src/voice/voice-range.ts (music may not
 * import audio, so the numbers are repeated here).
 */
export const SINGABLE_RANGES: Readonly<Record<SingerGender, PitchRange>> = {
  m: { low: 45, high: 67 },
  f: { low: 53, high: 76 },
};

/** Semitones kept free at each end of the singable span, so no sung note sits at the voice's edge. */
export const RANGE_MARGIN = 2;

/** The span vocal melodies are written in: the singable range of `gender` less {@link RANGE_MARGIN} at each end. */
export function vocalRange(gender: SingerGender): PitchRange {
  const range = SINGABLE_RANGES[gender];
  return { low: range.low + RANGE_MARGIN, high: range.high - RANGE_MARGIN };
}

/** Semitones one song's vocal line spans at most: the comfortable middle of the voice, a ninth to a tenth wide. */
export const SONG_SPAN = 13;

/**
 * The part of the voice's range one song sings in: {@link SONG_SPAN} semitones around the middle of
 * {@link vocalRange}, so a verse sits low and a chorus high without the song straining either end.
 */
export function songRange(gender: SingerGender): PitchRange {
  const range = vocalRange(gender);
  const low = Math.round((range.low + range.high - SONG_SPAN) / 2);
  return { low, high: low + SONG_SPAN };
}
