import type { StereoAudio } from '../stereo-audio.ts';
import { MixBus } from './mix-bus.ts';
import { TruePeakLimiter } from './true-peak-limiter.ts';

/** Options of {@link createStreamingMaster}. */
export interface StreamingMasterOptions {
  sampleRate?: number;
  /** Fixed gain applied after the mix bus, in dB (see `estimateProvisionalGainDb`). */
  gainDb: number;
  /** True-peak ceiling, default -1 dBTP. */
  ceilingDbtp?: number;
}

/** A causal mastering chain: mix bus, fixed gain, true-peak limiter. Chunks in, chunks out. */
export interface StreamingMaster {
  /** Masters a chunk; returns the frames ready so far (the limiter holds back {@link latencyFrames}). */
  process(chunk: StereoAudio): StereoAudio;
  /** Returns the held-back last frames; after it, total output length equals total input length. */
  flush(): StereoAudio;
  readonly latencyFrames: number;
}

/** Creates the streaming mastering chain used both live (provisional gain) and offline (final gain). */
export function createStreamingMaster(options: StreamingMasterOptions): StreamingMaster {
  const sampleRate = options.sampleRate ?? 44_100;
  const bus = new MixBus(sampleRate);
  const linearGain = 10 ** (options.gainDb / 20);
  const limiter = new TruePeakLimiter({ sampleRate, ceilingDbtp: options.ceilingDbtp ?? -1 });
  return {
    latencyFrames: limiter.latencyFrames,
    process(chunk) {
      const bussed = bus.process(chunk);
      for (let i = 0; i < bussed.left.length; i++) {
        bussed.left[i] = bussed.left[i]! * linearGain;
        bussed.right[i] = bussed.right[i]! * linearGain;
      }
      return limiter.process(bussed);
    },
    flush: () => limiter.flush(sampleRate),
  };
}
