import type { StereoAudio } from '../stereo-audio.ts';
import { blockPeaks } from '../loudness/true-peak.ts';
import { ASSUMED_OVERSHOOT, blockIntervalPeaks, DETECTION_STEP_SHIFT, EXACT_OVERSHOOT } from './interval-peaks.ts';
import { applyBlockGains, limiterGainCurve } from './limiter-gain.ts';
import { LIMITER_LOOKAHEAD_MS, LIMITER_RELEASE_MS, LIMITER_SAFETY_DB } from './true-peak-limiter.ts';

/** The offline limiter decides its gain per block of 2^4 = 16 frames (0.36 ms) and interpolates between. */
export const LIMITER_BLOCK_SHIFT = 4;
const BLOCK = 1 << LIMITER_BLOCK_SHIFT;
/** Extra pre-gain (dB) the measured envelope stays valid for, so loudness corrections can reuse it. */
const ENVELOPE_HEADROOM_DB = 2;

/**
 * The look-ahead true-peak limiter of {@link TruePeakLimiter} (same detection, look-ahead, release
 * and safety margin) for a whole buffer at once: not causal, no latency, and planned per block of
 * 16 frames instead of per frame, with the gain interpolated between blocks. The true-peak envelope
 * is measured once and reused for every pre-gain tried, so each try costs a gain curve over the
 * blocks only. By default frames whose neighbourhood is more than 4 dB below the ceiling are not
 * interpolated (see ASSUMED_OVERSHOOT); {@link useExactDetection} makes detection exhaustive.
 */
export class OfflineTruePeakLimiter {
  private readonly ceiling: number;
  private readonly window: number;
  private readonly releaseCoef: number;
  private overshoot = ASSUMED_OVERSHOOT;
  private envelope: Float32Array = new Float32Array(0);
  private envelopeMaxGain = 0;
  /** Largest |sample| of both channels per detection step of 4 frames. */
  private readonly stepPeaks: Float32Array;

  /** `audio` is read, never modified; `ceilingDbtp` bounds the true peak of `preGain * gain * audio`. */
  constructor(private readonly audio: StereoAudio, ceilingDbtp: number) {
    this.stepPeaks = blockPeaks(audio.left, audio.right, 1 << DETECTION_STEP_SHIFT);
    this.ceiling = 10 ** ((ceilingDbtp - LIMITER_SAFETY_DB) / 20);
    this.window = Math.max(1, Math.ceil((LIMITER_LOOKAHEAD_MS / 1000) * audio.sampleRate / BLOCK));
    this.releaseCoef = Math.exp(-BLOCK / ((LIMITER_RELEASE_MS / 1000) * audio.sampleRate));
  }

  /** Whether detection is exhaustive (no assumption on how far true peaks exceed samples). */
  get exact(): boolean {
    return this.overshoot === EXACT_OVERSHOOT;
  }

  /** Switches to exhaustive detection (for content that overshoots its samples by more than 4 dB). */
  useExactDetection(): void {
    this.overshoot = EXACT_OVERSHOOT;
    this.envelopeMaxGain = 0;
  }

  /** Limiter gain per block (<= 1) for the audio scaled by `preGain` (linear); see {@link apply}. */
  gainCurve(preGain: number): Float32Array {
    if (preGain > this.envelopeMaxGain) this.measure(preGain * 10 ** (ENVELOPE_HEADROOM_DB / 20));
    const envelope = this.envelope;
    const required = new Float32Array(envelope.length);
    for (let b = 0; b < envelope.length; b++) {
      const peak = preGain * envelope[b]!;
      required[b] = peak > this.ceiling ? this.ceiling / peak : 1;
    }
    return limiterGainCurve(required, { window: this.window, releaseCoef: this.releaseCoef });
  }

  /** Returns `audio * preGain * gain`, the block gains interpolated per frame. */
  apply(preGain: number, blockGains: Float32Array): StereoAudio {
    return applyBlockGains(this.audio, blockGains, BLOCK, preGain);
  }

  private measure(maxGain: number): void {
    this.envelope = blockIntervalPeaks(this.audio, this.stepPeaks, BLOCK, this.ceiling / maxGain, this.overshoot);
    this.envelopeMaxGain = maxGain;
  }
}
