import { kWeightedSegmentPowers, loudnessSegmentFrames } from '../loudness/integrated-loudness.ts';
import type { StereoAudio } from '../stereo-audio.ts';
import { powerSpectra } from './fft.ts';

/** Measures of a rendered song as a listener hears it (levels, stereo, spectrum, harmony). */

const FFT_SIZE = 4096;
const toDb = (power: number): number => 10 * Math.log10(Math.max(power, 1e-12));

/** K-weighted loudness (LUFS scale, ungated) of the audio between two times in seconds. */
export function loudnessBetween(audio: StereoAudio, fromSeconds: number, toSeconds: number, powers = kWeightedSegmentPowers(audio)): number {
  const segment = loudnessSegmentFrames(audio.sampleRate) / audio.sampleRate;
  const from = Math.max(0, Math.floor(fromSeconds / segment));
  const to = Math.min(powers.length, Math.ceil(toSeconds / segment));
  let sum = 0;
  for (let i = from; i < to; i++) sum += powers[i]!;
  return -0.691 + toDb(sum / Math.max(1, to - from));
}

/** Loudness of consecutive windows of `windowSeconds` between two times. */
export function windowLoudness(audio: StereoAudio, fromSeconds: number, toSeconds: number, windowSeconds = 4): number[] {
  const powers = kWeightedSegmentPowers(audio);
  const levels: number[] = [];
  for (let t = fromSeconds; t + windowSeconds <= toSeconds + 1e-9; t += windowSeconds) levels.push(loudnessBetween(audio, t, t + windowSeconds, powers));
  return levels;
}

/** The value at quantile q (0..1) of a list, linearly interpolated. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = q * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Pearson correlation of the left and right channels over the whole audio. */
export function stereoCorrelation(audio: StereoAudio): number {
  return pearson(audio.left, audio.right);
}

function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  let sa = 0, sb = 0;
  for (let i = 0; i < n; i++) {
    sa += a[i]!;
    sb += b[i]!;
  }
  const ma = sa / n, mb = sb / n;
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]! - ma, y = b[i]! - mb;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** Share (0..1) of the audio's energy above `hz`. */
export function energyAbove(audio: StereoAudio, hz: number): number {
  const frames = powerSpectra(audio.left, audio.right, FFT_SIZE, FFT_SIZE);
  const cut = Math.round((hz * FFT_SIZE) / audio.sampleRate);
  let above = 0, total = 0;
  for (const frame of frames) {
    for (let k = 1; k < frame.length; k++) {
      total += frame[k]!;
      if (k >= cut) above += frame[k]!;
    }
  }
  return total > 0 ? above / total : 0;
}

/** Chroma frames: 16384-point spectra (2.7 Hz bins, so every semitone above 100 Hz has two or more bins). */
const CHROMA_FFT = 16_384;

function chromaFrames(audio: StereoAudio, hopSeconds: number): Float64Array[] {
  const hop = Math.round(hopSeconds * audio.sampleRate);
  const low = Math.ceil((100 * CHROMA_FFT) / audio.sampleRate);
  const high = Math.floor((5000 * CHROMA_FFT) / audio.sampleRate);
  // Each semitone's mean magnitude: bins widen with frequency, so summing them would tilt every chroma towards B.
  const semitone = Int16Array.from({ length: high + 1 }, (_, k) => Math.round(69 + 12 * Math.log2(Math.max(1, (k * audio.sampleRate) / CHROMA_FFT) / 440)));
  const binsIn = new Map<number, number>();
  for (let k = low; k <= high; k++) binsIn.set(semitone[k]!, (binsIn.get(semitone[k]!) ?? 0) + 1);
  return powerSpectra(audio.left, audio.right, CHROMA_FFT, hop).map((power) => {
    const chroma = new Float64Array(12);
    for (let k = low; k <= high; k++) {
      const note = semitone[k]!;
      chroma[((note % 12) + 12) % 12]! += Math.sqrt(power[k]!) / binsIn.get(note)!;
    }
    return chroma;
  });
}

/** Median over time-aligned frames of the Pearson correlation of two songs' 12-bin chroma. */
export function chromaCorrelation(a: StereoAudio, b: StereoAudio, hopSeconds = 0.25): number {
  const fa = chromaFrames(a, hopSeconds);
  const fb = chromaFrames(b, hopSeconds);
  const n = Math.min(fa.length, fb.length);
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(pearson(fa[i]!, fb[i]!));
  return quantile(values, 0.5);
}

/** Mean power in 40 log-spaced bands from 40 Hz to 10 kHz, in dB, shifted so that their mean is 0. */
export function normalisedBandSpectrum(audio: StereoAudio, bands = 40): number[] {
  const frames = powerSpectra(audio.left, audio.right, FFT_SIZE, FFT_SIZE);
  const binHz = audio.sampleRate / FFT_SIZE;
  const sums = new Float64Array(bands);
  const counts = new Float64Array(bands);
  for (const frame of frames) {
    for (let k = 1; k < frame.length; k++) {
      const hz = k * binHz;
      if (hz < 40 || hz >= 10_000) continue;
      const band = Math.min(bands - 1, Math.floor((bands * Math.log(hz / 40)) / Math.log(10_000 / 40)));
      sums[band]! += frame[k]!;
      counts[band]! += 1;
    }
  }
  const db = Array.from(sums, (sum, i) => toDb(sum / Math.max(1, counts[i]!)));
  const mean = db.reduce((s, v) => s + v, 0) / bands;
  return db.map((v) => v - mean);
}

/** RMS difference in dB of two songs' level-normalised 40-band spectra. */
export function spectralDistanceDb(a: StereoAudio, b: StereoAudio): number {
  const sa = normalisedBandSpectrum(a);
  const sb = normalisedBandSpectrum(b);
  return Math.sqrt(sa.reduce((sum, v, i) => sum + (v - sb[i]!) ** 2, 0) / sa.length);
}

function bandFrames(audio: StereoAudio, fromSeconds: number, seconds: number): number[][] {
  const from = Math.round(fromSeconds * audio.sampleRate);
  const to = Math.min(audio.left.length, from + Math.round(seconds * audio.sampleRate));
  const binHz = audio.sampleRate / 2048;
  return powerSpectra(audio.left.subarray(from, to), audio.right.subarray(from, to), 2048, 1024).map((frame) => {
    const bands = new Array<number>(24).fill(0);
    for (let k = 1; k < frame.length; k++) {
      const hz = k * binHz;
      if (hz < 40 || hz >= 12_000) continue;
      bands[Math.min(23, Math.floor((24 * Math.log(hz / 40)) / Math.log(12_000 / 40)))]! += frame[k]!;
    }
    return bands.map(toDb);
  });
}

/**
 * How alike two passages sound: the Pearson correlation of their time-aligned log spectrograms
 * (24 log bands, 23 ms frames, each band's mean removed) over `seconds` from each start. A copied
 * chorus gives ~1; new drum patterns, fills and layers pull it down.
 */
export function passageSimilarity(audio: StereoAudio, startA: number, startB: number, seconds: number): number {
  return pearson(centredBands(bandFrames(audio, startA, seconds)), centredBands(bandFrames(audio, startB, seconds)));
}

/** Each band's level over time minus its mean: what moves, not the passage's fixed spectral tilt. */
function centredBands(frames: number[][]): number[] {
  const bands = frames[0]?.length ?? 0;
  const means = Array.from({ length: bands }, (_, b) => frames.reduce((sum, f) => sum + f[b]!, 0) / Math.max(1, frames.length));
  return frames.flatMap((frame) => frame.map((v, b) => v - means[b]!));
}
