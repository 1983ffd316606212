import { SPECTRUM_SIZE, bandSpectrum, spectralDistance } from './band-spectrum.ts';

/** Where the held vowel sits inside a rendered syllable (sample indices). */
export interface VowelAnchors {
  /** Estimated start of the vowel: the sample that goes on the beat. */
  vowelOnset: number;
  /** First sample of the steady part of the first vowel (loop blocks start here). */
  steadyStart: number;
  /** End (exclusive) of that steady part. */
  steadyEnd: number;
}

const FRAME_S = 0.005;
const STEADY_FRACTION = 0.6;
const ONSET_FRACTION = 0.3;
/** Largest spectral-shape distance (dB per band) from the steady vowel still counted as vowel. */
const VOWEL_SHAPE_DB = 8;

/**
 * Finds the first vowel's steady part in a syllable render: the first run of 5 ms frames whose
 * RMS is at least 60 % of the peak (the loud, voiced middle). The onset walks back from there
 * while frames keep the steady vowel's spectral shape and 30 % of its level, so a loud nasal or
 * glide before the vowel ("m" of "me", "w" of "with") stays in the lead-in, not on the beat.
 */
export function findVowelAnchors(x: Float32Array, sampleRate: number): VowelAnchors {
  const hop = Math.max(1, Math.round(FRAME_S * sampleRate));
  const rms = frameRms(x, hop);
  const peak = rms.reduce((m, v) => Math.max(m, v), 0);
  if (peak === 0) return { vowelOnset: 0, steadyStart: 0, steadyEnd: x.length };
  const first = Math.max(0, rms.findIndex((v) => v >= STEADY_FRACTION * peak));
  let last = first;
  while (last + 1 < rms.length && (rms[last + 1] ?? 0) >= STEADY_FRACTION * peak) last++;
  const steadyStart = first * hop;
  return {
    vowelOnset: vowelOnset(x, sampleRate, steadyStart, hop, (i) => (rms[i] ?? 0) >= ONSET_FRACTION * peak),
    steadyStart,
    steadyEnd: Math.min(x.length, (last + 1) * hop),
  };
}

/** Walks back from `steadyStart` in hops while the frame centred there sounds like the steady vowel. */
function vowelOnset(x: Float32Array, sampleRate: number, steadyStart: number, hop: number, loudEnough: (frame: number) => boolean): number {
  const half = SPECTRUM_SIZE / 2;
  const reference = bandSpectrum(x, steadyStart, sampleRate);
  let onset = steadyStart + half;
  for (let centre = onset - hop; centre >= 0; centre -= hop) {
    if (!loudEnough(Math.floor(centre / hop))) break;
    if (spectralDistance(bandSpectrum(x, centre - half, sampleRate), reference) > VOWEL_SHAPE_DB) break;
    onset = centre;
  }
  return Math.max(0, Math.min(steadyStart, onset - Math.round(hop / 2)));
}

function frameRms(x: Float32Array, hop: number): number[] {
  const out: number[] = [];
  for (let start = 0; start < x.length; start += hop) {
    const end = Math.min(x.length, start + 2 * hop);
    let sum = 0;
    for (let i = start; i < end; i++) sum += (x[i] ?? 0) ** 2;
    out.push(Math.sqrt(sum / Math.max(1, end - start)));
  }
  return out;
}
