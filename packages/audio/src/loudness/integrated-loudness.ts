import type { StereoAudio } from '../stereo-audio.ts';
import { BiquadState, kWeightingFilters } from './biquad.ts';

const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;

/**
 * Mean square of the K-weighted signal (both channels summed, weights 1) over consecutive
 * 100 ms segments; 400 ms gating blocks with 75 % overlap are four consecutive segments.
 */
function kWeightedSegmentPowers(audio: StereoAudio): Float64Array {
  const segment = Math.round(audio.sampleRate / 10);
  const segments = Math.floor(audio.left.length / segment);
  const powers = new Float64Array(segments);
  const filtered = new Float64Array(audio.left.length);
  for (const channel of [audio.left, audio.right]) {
    const [shelf, highPass] = kWeightingFilters(audio.sampleRate);
    new BiquadState(shelf).process(channel, filtered);
    new BiquadState(highPass).process(filtered, filtered);
    for (let s = 0; s < segments; s++) {
      let sum = 0;
      for (let i = s * segment, end = i + segment; i < end; i++) sum += filtered[i]! * filtered[i]!;
      powers[s]! += sum / segment;
    }
  }
  return powers;
}

function powerToLufs(power: number): number {
  return -0.691 + 10 * Math.log10(power);
}

/**
 * Integrated loudness in LUFS per ITU-R BS.1770-4 / EBU R128: K-weighting, 400 ms blocks every
 * 100 ms, absolute gate at -70 LUFS and relative gate 10 LU below the absolutely gated loudness.
 * Returns -Infinity for silence or audio shorter than one block.
 */
export function integratedLoudness(audio: StereoAudio): number {
  const segments = kWeightedSegmentPowers(audio);
  const blocks: number[] = [];
  for (let s = 0; s + 4 <= segments.length; s++) {
    blocks.push((segments[s]! + segments[s + 1]! + segments[s + 2]! + segments[s + 3]!) / 4);
  }
  const gated = (threshold: number): number[] => blocks.filter((p) => p > 0 && powerToLufs(p) > threshold);
  const absolute = gated(ABSOLUTE_GATE_LUFS);
  if (absolute.length === 0) return -Infinity;
  const relativeGate = powerToLufs(mean(absolute)) + RELATIVE_GATE_LU;
  const relative = gated(Math.max(ABSOLUTE_GATE_LUFS, relativeGate));
  return powerToLufs(mean(relative));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
