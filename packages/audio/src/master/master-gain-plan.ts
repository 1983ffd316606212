import { gatedLoudness, kWeightedSegmentPowers, loudnessSegmentFrames } from '../loudness/integrated-loudness.ts';
import type { StereoAudio } from '../stereo-audio.ts';
import { LIMITER_BLOCK_SHIFT, type OfflineTruePeakLimiter } from './offline-limiter.ts';

/** A pre-gain and the limiter gain curve that goes with it. */
export interface MasterGainPlan {
  gainDb: number;
  gainCurve: Float32Array;
  /** The most gain the master may apply: see MAX_PUSH_DB. */
  maxGainDb: number;
}

/** Planning stops once the estimate is this close to the target (LU). */
const PLAN_TOLERANCE_LU = 0.02;
const MAX_PLAN_STEPS = 8;
/** Limiting only takes loudness away, so the loudness rises at most 1 dB per dB of gain; below this slope the target is out of reach. */
const MIN_SLOPE = 0.05;
/**
 * How far the gain may go above the one that reaches the target without limiting: a target the
 * limiter cannot reach with that much push (e.g. -9 LUFS on dynamic material) is missed rather
 * than chased into a brick wall.
 */
const MAX_PUSH_DB = 6;

/**
 * Integrated loudness of the limited mix `gain * curve * x`, estimated from the K-weighted power
 * of x per limiter block: the limiter's gain moves slowly next to the K-filter's response, so it
 * commutes with it to a few hundredths of an LU (the result is measured afterwards anyway).
 */
function limitedLoudness(blockPowers: Float64Array, curve: Float32Array, gainDb: number, segment: number, segments: number): number {
  const powers = new Float64Array(segments);
  const block = 1 << LIMITER_BLOCK_SHIFT;
  for (let b = 0; b < blockPowers.length; b++) {
    const s = Math.floor((b * block) / segment);
    if (s >= segments) break;
    const g = curve[b]!;
    powers[s]! += blockPowers[b]! * g * g;
  }
  const scale = 10 ** (gainDb / 10) / segment;
  for (let s = 0; s < segments; s++) powers[s]! *= scale;
  return gatedLoudness(powers);
}

/**
 * Finds the pre-gain (dB) that brings the limited mix to `targetLufs`: the first guess is the
 * target minus the mix's loudness, then secant steps on the estimated loudness after limiting,
 * each costing one limiter gain curve, never beyond MAX_PUSH_DB of extra gain. Returns the
 * closest plan found; gain 0 for silence.
 */
export function planMasterGain(bussed: StereoAudio, limiter: OfflineTruePeakLimiter, targetLufs: number): MasterGainPlan {
  const segment = loudnessSegmentFrames(bussed.sampleRate);
  const blocks = { sums: new Float64Array(Math.ceil(bussed.left.length / (1 << LIMITER_BLOCK_SHIFT))), shift: LIMITER_BLOCK_SHIFT };
  const segmentPowers = kWeightedSegmentPowers(bussed, blocks);
  const source = gatedLoudness(segmentPowers);
  if (!Number.isFinite(source)) return { gainDb: 0, gainCurve: limiter.gainCurve(1), maxGainDb: 0 };
  const maxGainDb = targetLufs - source + MAX_PUSH_DB;
  const evaluate = (gainDb: number): MasterGainPlan & { error: number } => {
    const gainCurve = limiter.gainCurve(10 ** (gainDb / 20));
    return { gainDb, gainCurve, maxGainDb, error: limitedLoudness(blocks.sums, gainCurve, gainDb, segment, segmentPowers.length) - targetLufs };
  };
  let previous = evaluate(targetLufs - source);
  if (Math.abs(previous.error) <= PLAN_TOLERANCE_LU) return previous;
  let current = evaluate(Math.min(maxGainDb, previous.gainDb - previous.error));
  let best = Math.abs(current.error) < Math.abs(previous.error) ? current : previous;
  for (let step = 2; step < MAX_PLAN_STEPS && Math.abs(best.error) > PLAN_TOLERANCE_LU && current.gainDb !== previous.gainDb; step++) {
    const slope = (current.error - previous.error) / (current.gainDb - previous.gainDb);
    const next = evaluate(Math.min(maxGainDb, current.gainDb - current.error / Math.min(1, Math.max(MIN_SLOPE, slope))));
    previous = current;
    current = next;
    if (Math.abs(current.error) < Math.abs(best.error)) best = current;
  }
  return best;
}
