import { truePeakDbtp } from '../loudness/true-peak.ts';
import type { StereoAudio } from '../stereo-audio.ts';
import type { OfflineTruePeakLimiter } from './offline-limiter.ts';

/** Scales `audio` in place by `db`. */
function scaleInPlace(audio: StereoAudio, db: number): void {
  const scale = 10 ** (db / 20);
  for (const channel of [audio.left, audio.right]) for (let i = 0; i < channel.length; i++) channel[i] = channel[i]! * scale;
}

/**
 * Limits the mix at a pre-gain and checks the true peak of the result. Above the ceiling (content
 * overshooting its samples by more than the detector assumed), it limits again with exhaustive
 * detection; a peak still above it (gain modulation within the limiter's safety margin) is trimmed
 * off by a fixed gain. Returns the result and the trim applied (<= 0 dB). `curve`: the limiter's
 * gain curve for this gain, if the caller already has it.
 */
export function limitAndVerify(limiter: OfflineTruePeakLimiter, gainDb: number, ceilingDbtp: number, curve?: Float32Array): { audio: StereoAudio; trimDb: number } {
  const preGain = 10 ** (gainDb / 20);
  let audio = limiter.apply(preGain, curve ?? limiter.gainCurve(preGain));
  let peak = truePeakDbtp(audio);
  if (peak > ceilingDbtp && !limiter.exact) {
    limiter.useExactDetection();
    audio = limiter.apply(preGain, limiter.gainCurve(preGain));
    peak = truePeakDbtp(audio);
  }
  let trimDb = 0;
  for (; peak > ceilingDbtp; peak = truePeakDbtp(audio)) {
    // A hair more than the excess, so float32 rounding cannot leave the peak above the ceiling.
    const stepDb = ceilingDbtp - peak - 1e-5;
    scaleInPlace(audio, stepDb);
    trimDb += stepDb;
  }
  return { audio, trimDb };
}
