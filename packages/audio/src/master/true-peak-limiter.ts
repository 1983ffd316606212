import { interpolatedPeak, TRUE_PEAK_BOUND, TRUE_PEAK_TAPS } from '../loudness/true-peak-filter.ts';
import type { StereoAudio } from '../stereo-audio.ts';

/** Options of {@link TruePeakLimiter}. */
export interface TruePeakLimiterOptions {
  sampleRate: number;
  /** Ceiling for the 4x-oversampled (true) peak, in dBTP. */
  ceilingDbtp: number;
  /** Look-ahead, also the attack ramp length. Default 5 ms. */
  lookaheadMs?: number;
  /** Release time constant. Default 120 ms. */
  releaseMs?: number;
}

/** Default look-ahead (attack ramp) of the limiters, in ms. */
export const LIMITER_LOOKAHEAD_MS = 5;
/** Default release time constant of the limiters, in ms. */
export const LIMITER_RELEASE_MS = 120;
/** Headroom the limiters keep below the ceiling for gain modulation between detection points. */
export const LIMITER_SAFETY_DB = 0.25;

/**
 * A causal look-ahead limiter that keeps the true peak under a ceiling. Detection covers every
 * sample and the 4x-interpolated points between samples; the gain is the sliding minimum of the
 * required gain over the look-ahead window, released exponentially, then smoothed by a moving
 * average as long as the window, so it reaches the required value exactly at each peak.
 * Output lags input by {@link latencyFrames}; {@link flush} returns the held-back end.
 */
export class TruePeakLimiter {
  readonly latencyFrames: number;
  private readonly window: number;
  private readonly ceiling: number;
  private readonly releaseCoef: number;
  private readonly firL = new Float64Array(16);
  private readonly firR = new Float64Array(16);
  /** 1 where the sample (both channels) is loud enough to matter, over the last 16 inputs. */
  private readonly loudFlags = new Uint8Array(16);
  private loudCount = 0;
  private readonly delayL: Float64Array;
  private readonly delayR: Float64Array;
  private readonly delayMask: number;
  private readonly required: Float64Array;
  private readonly minQueue: Int32Array;
  private queueHead = 0;
  private queueTail = 0;
  private readonly smooth: Float64Array;
  private smoothSum: number;
  private released = 1;
  /** `inputCount % window`, the slot of the newest input in `required` and `smooth`. */
  private slot = 0;
  private previousIntervalPeak = 0;
  private inputCount = 0;
  private emitted = 0;

  constructor(options: TruePeakLimiterOptions) {
    this.window = Math.max(1, Math.round(((options.lookaheadMs ?? LIMITER_LOOKAHEAD_MS) / 1000) * options.sampleRate));
    this.ceiling = 10 ** ((options.ceilingDbtp - LIMITER_SAFETY_DB) / 20);
    this.releaseCoef = Math.exp(-1 / (((options.releaseMs ?? LIMITER_RELEASE_MS) / 1000) * options.sampleRate));
    this.latencyFrames = this.window + TRUE_PEAK_TAPS / 2 - 1;
    const delaySize = 2 ** Math.ceil(Math.log2(this.latencyFrames + 2));
    this.delayL = new Float64Array(delaySize);
    this.delayR = new Float64Array(delaySize);
    this.delayMask = delaySize - 1;
    this.required = new Float64Array(this.window);
    this.minQueue = new Int32Array(this.window + 1);
    this.smooth = new Float64Array(this.window).fill(1);
    this.smoothSum = this.window;
  }

  /** Limits a chunk; returns the frames that are ready (the first call returns fewer). */
  process(chunk: StereoAudio): StereoAudio {
    return this.run(chunk.left, chunk.right, chunk.sampleRate);
  }

  /** Pushes silence through to return the last {@link latencyFrames} frames. */
  flush(sampleRate: number): StereoAudio {
    const pending = this.inputCount - this.emitted;
    const silence = new Float32Array(this.latencyFrames);
    const out = this.run(silence, silence, sampleRate);
    return { sampleRate, left: out.left.subarray(0, pending), right: out.right.subarray(0, pending) };
  }

  private run(left: Float32Array, right: Float32Array, sampleRate: number): StereoAudio {
    const ready = Math.max(0, this.inputCount + left.length - this.latencyFrames) - Math.max(0, this.inputCount - this.latencyFrames);
    const out = { sampleRate, left: new Float32Array(ready), right: new Float32Array(ready) };
    let written = 0;
    for (let i = 0; i < left.length; i++) {
      const gain = this.step(left[i]!, right[i]!);
      if (this.inputCount > this.latencyFrames) {
        const at = (this.inputCount - 1 - this.latencyFrames) & this.delayMask;
        out.left[written] = this.delayL[at]! * gain;
        out.right[written] = this.delayR[at]! * gain;
        written++;
      }
    }
    this.emitted += written;
    return out;
  }

  /** Takes one input frame; returns the gain for the frame `latencyFrames` back. */
  private step(xL: number, xR: number): number {
    const n = this.inputCount++;
    this.delayL[n & this.delayMask] = xL;
    this.delayR[n & this.delayMask] = xR;
    this.firL[n & 15] = xL;
    this.firR[n & 15] = xR;
    const intervalPeak = this.intervalPeak(n);
    const peak = Math.max(intervalPeak, this.previousIntervalPeak);
    this.previousIntervalPeak = intervalPeak;
    const required = peak > this.ceiling ? this.ceiling / peak : 1;
    const slot = this.slot;
    this.slot = slot + 1 === this.window ? 0 : slot + 1;
    const held = this.slidingMin(n, slot, required);
    this.released = held < this.released ? held : held + (this.released - held) * this.releaseCoef;
    this.smoothSum += this.released - this.smooth[slot]!;
    this.smooth[slot] = this.released;
    return Math.min(1, this.smoothSum / this.window);
  }

  /**
   * Peak over samples n-6, n-5 and the interpolated points between them, both channels; 0 when
   * none of the last 12 samples is loud enough (by TRUE_PEAK_BOUND) to reach the ceiling, as the
   * exact value would not matter then. A running count of loud samples in the window avoids
   * rescanning it.
   */
  private intervalPeak(n: number): number {
    const loud = Math.max(Math.abs(this.firL[n & 15]!), Math.abs(this.firR[n & 15]!)) * TRUE_PEAK_BOUND > this.ceiling ? 1 : 0;
    this.loudCount += loud - this.loudFlags[(n - TRUE_PEAK_TAPS) & 15]!;
    this.loudFlags[n & 15] = loud;
    if (this.loudCount === 0) return 0;
    const samples = Math.max(
      Math.abs(this.firL[(n - 5) & 15]!), Math.abs(this.firL[(n - 6) & 15]!),
      Math.abs(this.firR[(n - 5) & 15]!), Math.abs(this.firR[(n - 6) & 15]!),
    );
    return Math.max(samples, interpolatedPeak(this.firL, n), interpolatedPeak(this.firR, n));
  }

  /** Minimum of `required` over the last `window` inputs (monotonic queue of input indices). */
  private slidingMin(n: number, slot: number, required: number): number {
    const size = this.minQueue.length;
    const window = this.window;
    this.required[slot] = required;
    let tail = this.queueTail;
    while (tail !== this.queueHead) {
      const before = tail === 0 ? size - 1 : tail - 1;
      if (this.required[this.minQueue[before]! % window]! < required) break;
      tail = before;
    }
    this.minQueue[tail] = n;
    this.queueTail = tail + 1 === size ? 0 : tail + 1;
    if (this.minQueue[this.queueHead]! <= n - window) this.queueHead = this.queueHead + 1 === size ? 0 : this.queueHead + 1;
    return this.required[this.minQueue[this.queueHead]! % window]!;
  }
}
