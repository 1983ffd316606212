import { BiquadState, highPassFilter } from '../loudness/biquad.ts';
import type { Rng } from '@songloom/music';
import { highShelfFilter } from './vocal-filters.ts';
import { soundingSpans } from './sounding-spans.ts';
import type { VocalStyle } from './vocal-style.ts';

/** Where a phrase begins and how long the singer rested before it. */
export interface PhraseStart {
  startS: number;
  restBeforeS: number;
}

const SHELF = { hz: 4000, db: 12 };
const AIR_FROM_HZ = 9000;
/** Air noise level against the 4.5 kHz+ band it follows. */
const AIR_GAIN = 0.6;
const ENVELOPE_S = 0.004;
/** Breathiness: noise above 4 kHz riding on the voice's own envelope, as the glottis leaks air while singing. */
const ASPIRATION_FROM_HZ = 4000;
const ASPIRATION_GAIN = 0.2;
const MIN_REST_FOR_BREATH_S = 0.4;
const BREATH_MAX_S = 0.38;
const BREATH_GAP_S = 0.05;
/** Noise run through the breath's high-pass before it is heard, so the filter has settled. */
const BREATH_PREROLL_S = 0.01;
/** How long the shelf and high-passes ring on after the voice stops. */
const TAIL_S = 0.02;

/**
 * The synthesizer speaks at 22.05 kHz, so nothing of it lies above 11 kHz. This brightens the
 * line with a high shelf and adds "air": noise above 9 kHz that follows the envelope of the
 * voice's own 4 kHz+ band (sibilants and breathy onsets get the most), a little breathiness under
 * every voiced sound, and a breath — band-limited noise swelling and fading — in the rest before
 * each phrase that has room for one. Only the stretches that sound are processed (each with its
 * filters' short tail): silence stays silent.
 */
export function addAirAndBreaths(x: Float32Array, sampleRate: number, phrases: readonly PhraseStart[], style: VocalStyle, rng: Rng): Float32Array {
  const out = new Float32Array(x.length);
  for (const span of soundingSpans(x, Math.round(TAIL_S * sampleRate))) addAir(x.subarray(span.start, span.end), out.subarray(span.start, span.end), sampleRate, rng);
  addBreaths(out, sampleRate, phrases, style, rng);
  return out;
}

function addAir(x: Float32Array, out: Float32Array, sampleRate: number, rng: Rng): void {
  new BiquadState(highShelfFilter(sampleRate, SHELF.hz, SHELF.db)).process(x, out);
  const band = new Float32Array(x.length);
  new BiquadState(highPassFilter(sampleRate, SHELF.hz)).process(x, band);
  const noise = new Float32Array(x.length);
  for (let i = 0; i < noise.length; i++) noise[i] = rng.next() * 2 - 1;
  const air = new Float32Array(x.length);
  new BiquadState(highPassFilter(sampleRate, AIR_FROM_HZ)).process(noise, air);
  new BiquadState(highPassFilter(sampleRate, AIR_FROM_HZ)).process(air, air);
  const aspiration = new Float32Array(x.length);
  new BiquadState(highPassFilter(sampleRate, ASPIRATION_FROM_HZ)).process(noise, aspiration);
  const a = Math.exp(-1 / (ENVELOPE_S * sampleRate));
  let env = 0;
  let voice = 0;
  for (let i = 0; i < x.length; i++) {
    env = a * env + (1 - a) * Math.abs(band[i]!);
    voice = a * voice + (1 - a) * Math.abs(x[i]!);
    out[i] = out[i]! + AIR_GAIN * 1.6 * env * air[i]! + ASPIRATION_GAIN * voice * aspiration[i]!;
  }
}

function addBreaths(out: Float32Array, sampleRate: number, phrases: readonly PhraseStart[], style: VocalStyle, rng: Rng): void {
  const level = loudLevel(out, sampleRate) * 10 ** (style.breathDb / 20);
  const preroll = Math.round(BREATH_PREROLL_S * sampleRate);
  for (const p of phrases) {
    if (p.restBeforeS < MIN_REST_FOR_BREATH_S) continue;
    const length = Math.round(Math.min(BREATH_MAX_S, p.restBeforeS * 0.5) * sampleRate);
    const end = Math.round((p.startS - BREATH_GAP_S) * sampleRate);
    const start = end - length;
    if (start < 0) continue;
    const shaped = new Float32Array(preroll + length);
    for (let i = 0; i < shaped.length; i++) shaped[i] = rng.next() * 2 - 1;
    new BiquadState(highPassFilter(sampleRate, 700)).process(shaped, shaped);
    for (let i = 0; i < length; i++) {
      const u = i / length;
      const envelope = Math.sin(Math.PI * u ** 0.7) ** 2;
      out[start + i] = out[start + i]! + level * 2.5 * envelope * shaped[preroll + i]!;
    }
  }
}

/** RMS of the loudest 10 % of 50 ms frames: the level of the sung syllables. */
function loudLevel(x: Float32Array, sampleRate: number): number {
  const frame = Math.round(0.05 * sampleRate);
  const levels: number[] = [];
  for (let i = 0; i + frame <= x.length; i += frame) {
    let sum = 0;
    for (let k = i; k < i + frame; k++) sum += x[k]! ** 2;
    if (sum > 0) levels.push(Math.sqrt(sum / frame));
  }
  levels.sort((p, q) => p - q);
  return levels[Math.floor(levels.length * 0.9)] ?? 0;
}
