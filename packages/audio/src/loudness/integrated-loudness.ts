import type { StereoAudio } from '../stereo-audio.ts';
import { kWeightingFilters, type Biquad } from './biquad.ts';

const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;

/** Frames in one 100 ms loudness segment; 400 ms gating blocks are four consecutive segments. */
export function loudnessSegmentFrames(sampleRate: number): number {
  return Math.round(sampleRate / 10);
}

/** Sums of the K-weighted squares over blocks of 2^shift frames, filled by {@link kWeightedSegmentPowers}. */
export interface KWeightedBlockSums {
  sums: Float64Array;
  shift: number;
}

/**
 * Sets `powers[s]` to the mean square of the K-weighted signal over segment s, both channels
 * summed, and adds the squares to `blockSums[i >> shift]`. Both filter stages of both channels run
 * in one pass (same arithmetic as BiquadStates, no buffer; independent recursions side by side).
 */
function kWeightedPowers(
  audio: StereoAudio, filters: readonly [Biquad, Biquad], segment: number, powers: Float64Array, blockSums: Float64Array, shift: number,
): void {
  const { left, right } = audio;
  const [s, h] = filters;
  const { b0: sb0, b1: sb1, b2: sb2, a1: sa1, a2: sa2 } = s;
  const { b0: hb0, b1: hb1, b2: hb2, a1: ha1, a2: ha2 } = h;
  let ls1 = 0, ls2 = 0, lh1 = 0, lh2 = 0, rs1 = 0, rs2 = 0, rh1 = 0, rh2 = 0;
  let sum = 0;
  let segmentLeft = segment;
  for (let i = 0, seg = 0, frames = powers.length * segment; i < frames; i++) {
    const xl = left[i]!;
    const xr = right[i]!;
    const yl = sb0 * xl + ls1;
    const yr = sb0 * xr + rs1;
    ls1 = sb1 * xl - sa1 * yl + ls2;
    rs1 = sb1 * xr - sa1 * yr + rs2;
    ls2 = sb2 * xl - sa2 * yl;
    rs2 = sb2 * xr - sa2 * yr;
    const kl = hb0 * yl + lh1;
    const kr = hb0 * yr + rh1;
    lh1 = hb1 * yl - ha1 * kl + lh2;
    rh1 = hb1 * yr - ha1 * kr + rh2;
    lh2 = hb2 * yl - ha2 * kl;
    rh2 = hb2 * yr - ha2 * kr;
    const square = kl * kl + kr * kr;
    sum += square;
    blockSums[i >> shift]! += square;
    if (--segmentLeft === 0) {
      powers[seg++] = sum / segment;
      sum = 0;
      segmentLeft = segment;
    }
  }
}

/**
 * Mean square of the K-weighted signal (both channels summed, weights 1) over consecutive
 * 100 ms segments (see {@link loudnessSegmentFrames}); a trailing partial segment is dropped.
 * With `blocks` (zeroed sums), also adds the K-weighted squares of each block of frames there
 * (only frames of whole segments).
 */
export function kWeightedSegmentPowers(audio: StereoAudio, blocks?: KWeightedBlockSums): Float64Array {
  const segment = loudnessSegmentFrames(audio.sampleRate);
  const powers = new Float64Array(Math.floor(audio.left.length / segment));
  const filters = kWeightingFilters(audio.sampleRate);
  // Without block sums, the squares go to one scratch slot: one code path keeps the loop monomorphic.
  kWeightedPowers(audio, filters, segment, powers, blocks?.sums ?? new Float64Array(1), blocks?.shift ?? 30);
  return powers;
}

function powerToLufs(power: number): number {
  return -0.691 + 10 * Math.log10(power);
}

/** Mean of the 400 ms block powers that are above `thresholdPower`, or 0 if none is. */
function gatedMeanPower(blocks: Float64Array, thresholdPower: number): number {
  let sum = 0;
  let count = 0;
  for (let b = 0; b < blocks.length; b++) {
    const p = blocks[b]!;
    if (p > thresholdPower) {
      sum += p;
      count++;
    }
  }
  return count === 0 ? 0 : sum / count;
}

/**
 * Gated integrated loudness (LUFS) from 100 ms K-weighted segment powers, as produced by
 * {@link kWeightedSegmentPowers}: 400 ms blocks every 100 ms, absolute gate at -70 LUFS, relative
 * gate 10 LU below the absolutely gated loudness. -Infinity when no block passes the gate.
 */
export function gatedLoudness(segmentPowers: Float64Array): number {
  const blocks = new Float64Array(Math.max(0, segmentPowers.length - 3));
  for (let s = 0; s < blocks.length; s++) {
    blocks[s] = (segmentPowers[s]! + segmentPowers[s + 1]! + segmentPowers[s + 2]! + segmentPowers[s + 3]!) / 4;
  }
  const lufsToPower = (lufs: number): number => 10 ** ((lufs + 0.691) / 10);
  const absolute = gatedMeanPower(blocks, lufsToPower(ABSOLUTE_GATE_LUFS));
  if (absolute === 0) return -Infinity;
  const relativeGate = Math.max(ABSOLUTE_GATE_LUFS, powerToLufs(absolute) + RELATIVE_GATE_LU);
  return powerToLufs(gatedMeanPower(blocks, lufsToPower(relativeGate)));
}

/**
 * Integrated loudness in LUFS per ITU-R BS.1770-4 / EBU R128: K-weighting, 400 ms blocks every
 * 100 ms, absolute gate at -70 LUFS and relative gate 10 LU below the absolutely gated loudness.
 * Returns -Infinity for silence or audio shorter than one block.
 */
export function integratedLoudness(audio: StereoAudio): number {
  return gatedLoudness(kWeightedSegmentPowers(audio));
}
