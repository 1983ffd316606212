import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { concatStereoAudio, type StereoAudio } from '../stereo-audio.ts';
import { MixBus } from './mix-bus.ts';
import { createStreamingMaster } from './streaming-master.ts';

/** Options of {@link master}. */
export interface MasterOptions {
  /** Integrated loudness target, default -14 LUFS. */
  targetLufs?: number;
  /** True-peak ceiling, default -1 dBTP. */
  truePeakCeilingDbtp?: number;
}

/** What {@link master} did, for logs and tests. */
export interface MasterResult {
  audio: StereoAudio;
  gainDb: number;
  /** Integrated loudness of the result. */
  loudnessLufs: number;
}

const TOLERANCE_LU = 0.15;
const MAX_PASSES = 4;

/** Runs the whole buffer through the streaming chain (same as the live stream, with a final gain). */
export function applyMasterChain(audio: StereoAudio, gainDb: number, ceilingDbtp: number): StereoAudio {
  const chain = createStreamingMaster({ sampleRate: audio.sampleRate, gainDb, ceilingDbtp });
  return concatStereoAudio([chain.process(audio), chain.flush()], audio.sampleRate);
}

/**
 * Masters a full render: mix bus, gain to the loudness target, true-peak limiter. Limiting lowers
 * loudness a little, so the gain is corrected from the measured result (a few passes at most) until
 * it is within 0.15 LU of the target. Silence is returned unchanged (gain 0).
 */
export function masterWithReport(audio: StereoAudio, options: MasterOptions = {}): MasterResult {
  const target = options.targetLufs ?? -14;
  const ceiling = options.truePeakCeilingDbtp ?? -1;
  const source = integratedLoudness(new MixBus(audio.sampleRate).process(audio));
  if (!Number.isFinite(source)) return { audio: applyMasterChain(audio, 0, ceiling), gainDb: 0, loudnessLufs: source };
  let gainDb = target - source;
  let result = applyMasterChain(audio, gainDb, ceiling);
  let loudness = integratedLoudness(result);
  for (let pass = 1; pass < MAX_PASSES && Math.abs(loudness - target) > TOLERANCE_LU; pass++) {
    gainDb += target - loudness;
    result = applyMasterChain(audio, gainDb, ceiling);
    loudness = integratedLoudness(result);
  }
  return { audio: result, gainDb, loudnessLufs: loudness };
}

/** Masters a full render to `targetLufs` (default -14 LUFS) with true peak at most the ceiling (default -1 dBTP). */
export function master(audio: StereoAudio, options: MasterOptions = {}): StereoAudio {
  return masterWithReport(audio, options).audio;
}
