import { applyEdgeFades, fadeInWeight } from './crossfade.ts';
import type { VowelAnchors } from './vowel-anchors.ts';

/** How to turn one syllable render into the audio of one note. */
export interface NoteSegmentPlan {
  /** The syllable (or vowel) rendered on the note's pitch, at `sampleRate`. */
  render: Float32Array;
  anchors: VowelAnchors;
  sampleRate: number;
  /** Pitch of the note. */
  pitchHz: number;
  /** Pitch the render was made at, when it is shifted to `pitchHz` (default: `pitchHz`). */
  renderPitchHz?: number;
  /** Samples of output wanted. */
  length: number;
  /** Keep the onset consonants before the steady vowel (first note of a syllable). */
  keepHead: boolean;
  /** Samples cut from the start of the head (with a short fade-in) when the lead-in is short. */
  headSkip?: number;
  /** Keep the vowel's end and the coda (last note of a syllable); otherwise the vowel is held to the end. */
  keepTail: boolean;
  /** Melisma continuation: start at this pitch and glide to `pitchHz`. */
  glideFromHz?: number;
}

/** Vibrato: 5.5 Hz, ±0.6 %, fading in from 250 ms after the vowel starts. */
export const VIBRATO = { rateHz: 5.5, depth: 0.006, delayS: 0.25, fadeInS: 0.2 } as const;
const GLIDE_S = 0.08;
const END_FADE_S = 0.012;
const START_FADE_S = 0.003;
const SKIPPED_START_FADE_S = 0.01;

/**
 * Builds one note of singing: the render's head, then its first steady vowel period-block
 * looped (3 periods, 1-period raised-cosine crossfades) until the note is filled, then its tail;
 * the shift from the render's pitch, vibrato and glides come from time-varying resampling of
 * that stream.
 */
export function buildNoteSegment(plan: NoteSegmentPlan): Float32Array {
  const { render: x, sampleRate: sr, length } = plan;
  const period = sr / (plan.renderPitchHz ?? plan.pitchHz);
  const blockLen = Math.max(4, Math.round(3 * period));
  const fadeLen = Math.max(2, Math.round(period));
  const loopAt = Math.max(0, Math.min(plan.anchors.steadyStart, x.length - blockLen - fadeLen));
  const skip = plan.keepHead ? Math.max(0, Math.min(plan.headSkip ?? 0, loopAt)) : 0;
  const headLen = plan.keepHead ? loopAt - skip : 0;
  const tailStart = Math.min(x.length, loopAt + blockLen);
  const tailLen = plan.keepTail ? x.length - tailStart : 0;
  const ratio = ratioCurve(plan, headLen, tailLen, skip);
  const needed = ratio.reduce((s, r) => s + r, 0) + 4;
  const source =
    x.length < blockLen + fadeLen
      ? x
      : assembleSource(x.subarray(skip), loopAt - skip, blockLen, fadeLen, plan, needed, headLen, tailLen, plan.anchors.steadyEnd - skip);
  const out = readWithRatio(source, ratio, length);
  const startFade = skip > 0 ? SKIPPED_START_FADE_S : START_FADE_S;
  applyEdgeFades(out, plan.keepHead ? Math.round(startFade * sr) : 0, plan.keepTail ? Math.round(END_FADE_S * sr) : 0);
  return out;
}

function assembleSource(
  x: Float32Array,
  loopAt: number,
  blockLen: number,
  fadeLen: number,
  plan: NoteSegmentPlan,
  needed: number,
  headLen: number,
  tailLen: number,
  steadyEnd: number,
): Float32Array {
  const loop = new Float32Array(blockLen);
  for (let u = 0; u < blockLen; u++) {
    const w = u < fadeLen ? fadeInWeight(u, fadeLen) : 1;
    loop[u] = w * (x[loopAt + u] ?? 0) + (1 - w) * (x[loopAt + blockLen + u] ?? 0);
  }
  const fixed = headLen + blockLen + tailLen;
  const repeats = plan.keepTail
    ? Math.max(0, Math.round((needed - fixed) / blockLen))
    : Math.max(0, Math.ceil((needed - headLen - blockLen) / blockLen));
  const source = new Float32Array(fixed + repeats * blockLen);
  const startAt = plan.keepHead ? 0 : loopAt;
  source.set(x.subarray(startAt, loopAt + blockLen), 0);
  let at = headLen + blockLen;
  for (let r = 0; r < repeats; r++, at += blockLen) source.set(loop, at);
  if (plan.keepTail) source.set(x.subarray(loopAt + blockLen), at);
  if (repeats === 0 && plan.keepTail && needed < fixed) {
    return shortenSteady(source, plan, headLen, needed, blockLen, steadyEnd - startAt);
  }
  return source;
}

/** Cuts whole loop blocks out of the steady vowel (with a crossfade) when the note is shorter than the render. */
function shortenSteady(
  source: Float32Array,
  plan: NoteSegmentPlan,
  headLen: number,
  needed: number,
  blockLen: number,
  steadyEnd: number,
): Float32Array {
  const fadeLen = Math.max(2, Math.round(plan.sampleRate / (plan.renderPitchHz ?? plan.pitchHz)));
  const room = steadyEnd - (headLen + blockLen) - fadeLen;
  const blocks = Math.max(0, Math.min(Math.floor((source.length - needed) / blockLen), Math.floor(room / blockLen)));
  if (blocks === 0) return source;
  const cut = blocks * blockLen;
  const at = headLen + Math.round(blockLen / 3);
  const out = new Float32Array(source.length - cut);
  out.set(source.subarray(0, at), 0);
  for (let u = 0; u < fadeLen; u++) {
    const w = fadeInWeight(u, fadeLen);
    out[at + u] = (1 - w) * (source[at + u] ?? 0) + w * (source[at + cut + u] ?? 0);
  }
  out.set(source.subarray(at + cut + fadeLen), at + fadeLen);
  return out;
}

/** Per-output-sample read rate: the shift from the render's pitch, a glide from the previous pitch, vibrato on the held part. */
function ratioCurve(plan: NoteSegmentPlan, headLen: number, tailLen: number, skip: number): Float64Array {
  const sr = plan.sampleRate;
  const n = plan.length;
  const r = new Float64Array(n).fill(1);
  const glideLen = Math.min(Math.round(GLIDE_S * sr), Math.floor(n / 3));
  const from = plan.glideFromHz === undefined ? 1 : plan.glideFromHz / plan.pitchHz;
  const shift = plan.pitchHz / (plan.renderPitchHz ?? plan.pitchHz);
  const vowelStart = plan.keepHead ? Math.max(0, plan.anchors.vowelOnset - skip) : 0;
  const vibStart = vowelStart + VIBRATO.delayS * sr;
  const vibEnd = n - tailLen;
  const fade = VIBRATO.fadeInS * sr;
  for (let t = 0; t < n; t++) {
    const glide = t < glideLen ? from + (1 - from) * fadeInWeight(t, glideLen) : 1;
    let depth = 0;
    if (t > vibStart && t < vibEnd && t >= headLen) {
      depth = VIBRATO.depth * Math.min(1, (t - vibStart) / fade, (vibEnd - t) / (0.05 * sr));
    }
    const phase = (2 * Math.PI * VIBRATO.rateHz * (t - vibStart)) / sr;
    r[t] = shift * glide * (1 + depth * Math.sin(phase));
  }
  return r;
}

/** Reads `source` at a time-varying rate with 4-point cubic (Catmull-Rom) interpolation. */
function readWithRatio(source: Float32Array, ratio: Float64Array, length: number): Float32Array {
  const out = new Float32Array(length);
  let pos = 0;
  const at = (i: number): number => source[i] ?? 0;
  for (let t = 0; t < length; t++) {
    const i = Math.floor(pos);
    const f = pos - i;
    const y0 = at(i - 1), y1 = at(i), y2 = at(i + 1), y3 = at(i + 2);
    out[t] = y1 + 0.5 * f * (y2 - y0 + f * (2 * y0 - 5 * y1 + 4 * y2 - y3 + f * (3 * (y1 - y2) + y3 - y0)));
    pos += ratio[t] ?? 1;
  }
  return out;
}
