import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { concatStereoAudio, type StereoAudio } from '../stereo-audio.ts';
import { planMasterGain } from './master-gain-plan.ts';
import { MixBus } from './mix-bus.ts';
import { limitAndVerify } from './limit-and-verify.ts';
import { OfflineTruePeakLimiter } from './offline-limiter.ts';
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
  /** Gain applied before the limiter (and any final trim), in dB. */
  gainDb: number;
  /** Integrated loudness of the result. */
  loudnessLufs: number;
}

const TOLERANCE_LU = 0.15;
/** Measured passes at most: the planned gain is exact to a few hundredths of an LU in practice. */
const MAX_PASSES = 3;

/** Runs the whole buffer through the streaming chain (what the live stream does), with a fixed gain. */
export function applyMasterChain(audio: StereoAudio, gainDb: number, ceilingDbtp: number): StereoAudio {
  const chain = createStreamingMaster({ sampleRate: audio.sampleRate, gainDb, ceilingDbtp });
  return concatStereoAudio([chain.process(audio), chain.flush()], audio.sampleRate);
}

/**
 * Masters a full render: mix bus, gain to the loudness target, look-ahead true-peak limiter (the
 * live stream's limiter run offline, see OfflineTruePeakLimiter). The gain is planned from the
 * K-weighted power of the mix under the limiter's gain curve (see `planMasterGain`), then the
 * result is measured: true peak (see `limitAndVerify`) and loudness, corrected by another pass
 * when more than 0.15 LU off. A target that would take more than 6 dB of limiting push is missed
 * (the loudest result within that is returned). Silence and audio too quiet to gate are limited
 * at gain 0.
 */
export function masterWithReport(audio: StereoAudio, options: MasterOptions = {}): MasterResult {
  return masterBussed(new MixBus(audio.sampleRate).process(audio), options);
}

/**
 * {@link masterWithReport} of a mix already through the {@link MixBus}. The bus is linear, so
 * stems bussed one by one add up to the bussed mix: their sum can be mastered without a third pass.
 */
export function masterBussed(bussed: StereoAudio, options: MasterOptions = {}): MasterResult {
  const target = options.targetLufs ?? -14;
  const ceiling = options.truePeakCeilingDbtp ?? -1;
  const limiter = new OfflineTruePeakLimiter(bussed, ceiling);
  const plan = planMasterGain(bussed, limiter, target);
  let gainDb = plan.gainDb;
  let { audio: result, trimDb } = limitAndVerify(limiter, gainDb, ceiling, plan.gainCurve);
  let loudness = integratedLoudness(result);
  for (let pass = 1; pass < MAX_PASSES && Number.isFinite(loudness) && Math.abs(loudness - target) > TOLERANCE_LU; pass++) {
    const corrected = Math.min(plan.maxGainDb, gainDb + target - loudness);
    if (corrected === gainDb) break;
    gainDb = corrected;
    ({ audio: result, trimDb } = limitAndVerify(limiter, gainDb, ceiling));
    loudness = integratedLoudness(result);
  }
  return { audio: result, gainDb: gainDb + trimDb, loudnessLufs: loudness };
}

/** Masters a full render to `targetLufs` (default -14 LUFS) with true peak at most the ceiling (default -1 dBTP). */
export function master(audio: StereoAudio, options: MasterOptions = {}): StereoAudio {
  return masterWithReport(audio, options).audio;
}
