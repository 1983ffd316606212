import type { PartRole } from '@songloom/music';
import { BiquadState, highPassFilter, type Biquad } from '../loudness/biquad.ts';
import { createStereoAudio, type StereoAudio } from '../stereo-audio.ts';
import { compress, type CompressorSettings } from './compressor.ts';
import { doubleTrack, type DoubleTrackVoice } from './double-track.ts';
import { highShelfFilter, peakingFilter } from './vocal-filters.ts';
import { soundingSpans } from './sounding-spans.ts';
import { plateReverb, type PlateSettings } from './vocal-reverb.ts';

/** Options of {@link processVocal}. */
export interface VocalProcessOptions {
  sampleRate: number;
  /** `backing-vocal` is double-tracked, quieter and spread left/right; anything else is a centred lead. */
  role: PartRole;
}

/** The chain's settings, exported so tests and the mix can reason about them. */
export const VOCAL_CHAIN = {
  highPassHz: 90,
  mudCut: { hz: 350, db: -2, q: 1 },
  presence: { hz: 3000, db: 3, q: 0.9 },
  air: { hz: 9000, db: 2 },
  compressor: { thresholdDb: -20, ratio: 3, attackS: 0.004, releaseS: 0.09, makeupDb: 4, kneeDb: 6 } satisfies CompressorSettings,
  plate: { decayS: 1.2, preDelayS: 0.02, damping: 0.35 } satisfies PlateSettings,
  lead: { gain: Math.SQRT1_2, reverbMix: 0.18 },
  backing: {
    /** Per copy; two copies at −9 dB sum about 6 dB below the lead. */
    gainDb: -9,
    reverbMix: 0.25,
    /** Share of each copy sent to its own side (the rest goes to the other side). */
    spread: 0.85,
    left: { delayS: 0.018, detuneCents: 7, rateHz: 0.37, phase: 0 } satisfies DoubleTrackVoice,
    right: { delayS: 0.027, detuneCents: 7, rateHz: 0.43, phase: Math.PI } satisfies DoubleTrackVoice,
  },
  /** How long the chain rings on after the voice stops (the plate's 60 dB decay, twice). */
  tailS: 2.4,
} as const;

/**
 * The vocal chain: 90 Hz high-pass, a small cut of low-mid mud, presence and air boosts, a
 * compressor, then a short plate. A lead stays centred; a backing vocal becomes two slightly
 * delayed copies drifting a few cents apart, panned left and right, about 6 dB quieter.
 * Output has the input's length.
 */
export function processVocal(mono: Float32Array, options: VocalProcessOptions): StereoAudio {
  const out = createStereoAudio(options.sampleRate, mono.length);
  for (const span of soundingSpans(mono, Math.round(VOCAL_CHAIN.tailS * options.sampleRate))) {
    const part = processStretch(mono.subarray(span.start, span.end), options);
    out.left.set(part.left, span.start);
    out.right.set(part.right, span.start);
  }
  return out;
}

/** The chain over one stretch that starts from rest; silence between phrases is skipped. */
function processStretch(mono: Float32Array, options: VocalProcessOptions): StereoAudio {
  const sr = options.sampleRate;
  const eq = equalizeVocal(mono, sr);
  const dry = compress(eq, sr, VOCAL_CHAIN.compressor);
  if (options.role === 'backing-vocal') return backingStereo(dry, sr);
  const { gain, reverbMix } = VOCAL_CHAIN.lead;
  const wet = plateReverb(dry, sr, VOCAL_CHAIN.plate);
  const left = new Float32Array(dry.length);
  const right = new Float32Array(dry.length);
  for (let i = 0; i < dry.length; i++) {
    const d = (dry[i] ?? 0) * gain * (1 - reverbMix);
    left[i] = d + reverbMix * (wet.left[i] ?? 0);
    right[i] = d + reverbMix * (wet.right[i] ?? 0);
  }
  return { sampleRate: sr, left, right };
}

/** The chain's EQ alone: 90 Hz high-pass, low-mid cut, presence peak and air shelf. */
export function equalizeVocal(x: Float32Array, sr: number): Float32Array {
  const c = VOCAL_CHAIN;
  const stages: Biquad[] = [
    highPassFilter(sr, c.highPassHz),
    peakingFilter(sr, c.mudCut.hz, c.mudCut.db, c.mudCut.q),
    peakingFilter(sr, c.presence.hz, c.presence.db, c.presence.q),
    highShelfFilter(sr, c.air.hz, c.air.db),
  ];
  const out = new Float32Array(x.length);
  stages.forEach((stage, k) => new BiquadState(stage).process(k === 0 ? x : out, out));
  return out;
}

function backingStereo(dry: Float32Array, sr: number): StereoAudio {
  const b = VOCAL_CHAIN.backing;
  const g = 10 ** (b.gainDb / 20);
  const a = doubleTrack(dry, sr, b.left);
  const z = doubleTrack(dry, sr, b.right);
  const wet = plateReverb(dry, sr, VOCAL_CHAIN.plate);
  const left = new Float32Array(dry.length);
  const right = new Float32Array(dry.length);
  const near = g * b.spread * (1 - b.reverbMix);
  const far = g * (1 - b.spread) * (1 - b.reverbMix);
  const wetGain = g * b.reverbMix;
  for (let i = 0; i < dry.length; i++) {
    left[i] = near * (a[i] ?? 0) + far * (z[i] ?? 0) + wetGain * (wet.left[i] ?? 0);
    right[i] = near * (z[i] ?? 0) + far * (a[i] ?? 0) + wetGain * (wet.right[i] ?? 0);
  }
  return { sampleRate: sr, left, right };
}
