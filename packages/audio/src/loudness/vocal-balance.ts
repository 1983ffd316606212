import type { StereoAudio } from '../stereo-audio.ts';
import { kWeightedSegmentPowers } from './integrated-loudness.ts';

/** Short-term loudness window: 3 s of 100 ms segments (EBU R128). */
const SHORT_TERM_SEGMENTS = 30;
/** A window counts as sung when the vocal is within this many LU of its loudest short-term level. */
const SUNG_WITHIN_LU = 12;
const MAX_CORRECTION_DB = 18;

/**
 * Short-term loudness of the vocal stem minus that of the instrumental stem (LU), per 3 s window
 * (1 s hop) where the voice sings: the "how loud is the voice over the bed" of a mix engineer.
 */
export function vocalOverBedLu(instruments: StereoAudio, vocals: StereoAudio): number[] {
  const bed = shortTerm(kWeightedSegmentPowers(instruments));
  const voice = shortTerm(kWeightedSegmentPowers(vocals));
  const loudest = voice.reduce((m, v) => Math.max(m, v), -Infinity);
  const out: number[] = [];
  for (let i = 0; i < Math.min(bed.length, voice.length); i++) {
    if (Number.isFinite(voice[i]!) && voice[i]! >= loudest - SUNG_WITHIN_LU && Number.isFinite(bed[i]!)) out.push(voice[i]! - bed[i]!);
  }
  return out;
}

/** The median of {@link vocalOverBedLu}, or null when nothing is sung. */
export function medianVocalOverBedLu(instruments: StereoAudio, vocals: StereoAudio): number | null {
  const d = vocalOverBedLu(instruments, vocals).sort((a, b) => a - b);
  return d.length === 0 ? null : d[Math.floor(d.length / 2)]!;
}

/** The gain (dB) that puts the vocal `targetLu` above the bed while it sings (median over its sung windows). */
export function vocalBalanceGainDb(instruments: StereoAudio, vocals: StereoAudio, targetLu: number): number {
  const now = medianVocalOverBedLu(instruments, vocals);
  if (now === null) return 0;
  return Math.max(-MAX_CORRECTION_DB, Math.min(MAX_CORRECTION_DB, targetLu - now));
}

function shortTerm(segments: Float64Array): number[] {
  const out: number[] = [];
  for (let s = 0; s + SHORT_TERM_SEGMENTS <= segments.length; s += 10) {
    let sum = 0;
    for (let k = s; k < s + SHORT_TERM_SEGMENTS; k++) sum += segments[k]!;
    out.push(-0.691 + 10 * Math.log10(sum / SHORT_TERM_SEGMENTS));
  }
  return out;
}
