/**
 * The per-sample work of one spessasynth voice for one block, fused into one loop: Hermite
 * wavetable read, low-pass biquad (or none), gain ramp, pan to the dry outputs and the reverb and
 * chorus sends. spessasynth_core 4.3.x runs these as five passes through a Float32Array scratch
 * buffer; this keeps each sample in a register and rounds it to float32 (`Math.fround`) exactly
 * where spessasynth stores it, so the result is sample-identical.
 */

/** Everything the kernel reads for one voice and one block; one instance is reused. */
export interface VoiceBlock {
  /** The oscillator: sample data, cursor and loop points, as spessasynth's HermiteOscillator holds them. */
  wavetable: HermiteState;
  /** Cursor advance per output sample. */
  step: number;
  /** Whether the biquad runs (false when spessasynth bypasses the filter: fully open, no resonance). */
  filtered: boolean;
  filter: BiquadState;
  gain: number;
  gainInc: number;
  gainLeft: number;
  gainRight: number;
  /** Send gains; 0 skips the send (adding 0 would change nothing). */
  reverbGain: number;
  chorusGain: number;
  outL: Float32Array;
  outR: Float32Array;
  reverb: Float32Array;
  chorus: Float32Array;
  start: number;
  count: number;
  /** Whether to measure the block's peak (the return value); 0 is returned otherwise. */
  trackPeak: boolean;
}

/** The fields of spessasynth's HermiteOscillator the kernel reads and advances. */
export interface HermiteState {
  isLooping: boolean;
  sampleData: Float32Array;
  loopEnd: number;
  loopLength: number;
  end: number;
  cursor: number;
}

/** The fields of spessasynth's LowpassFilter the kernel reads and advances. */
export interface BiquadState {
  a0: number;
  a1: number;
  a2: number;
  a3: number;
  a4: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * Renders one block of one voice into the outputs and sends. Returns -1 when a one-shot sample ran
 * out during the block (spessasynth then pads the block with silence, still filtered), else the
 * peak magnitude of the voice's enveloped signal in the block (before pan) when `trackPeak`, else 0.
 */
export function renderVoiceBlock(job: VoiceBlock): number {
  if (job.wavetable.isLooping && job.filtered && job.reverbGain !== 0 && job.chorusGain !== 0) return renderLoopingFilteredBlock(job);
  const wt = job.wavetable;
  const data = wt.sampleData;
  const { loopEnd, loopLength, end, isLooping } = wt;
  const { trackPeak, step, filtered, gainInc, gainLeft, gainRight, reverbGain, chorusGain, outL, outR, reverb, chorus, start, count } = job;
  const f = job.filter;
  const { a0, a1, a2, a3, a4 } = f;
  let { x1, x2, y1, y2 } = f;
  let gain = job.gain;
  let cursor = wt.cursor;
  let playing = true;
  let peak = 0;
  for (let i = 0; i < count; i++) {
    let input = 0;
    if (playing) {
      let y0: number, i1: number, i2: number, i3: number;
      if (isLooping) {
        while (cursor >= loopEnd) cursor -= loopLength;
        y0 = cursor | 0;
        i1 = y0 + 1;
        i2 = y0 + 2;
        i3 = y0 + 3;
        while (i1 >= loopEnd) i1 -= loopLength;
        while (i2 >= loopEnd) i2 -= loopLength;
        while (i3 >= loopEnd) i3 -= loopLength;
      } else {
        y0 = cursor | 0;
        i1 = y0 + 1;
        i2 = y0 + 2;
        i3 = y0 + 3;
        if (i3 >= end) playing = false;
      }
      if (playing) {
        input = hermite(data, y0, i1, i2, i3, cursor - y0);
        cursor += step;
      }
    }
    let s: number;
    if (filtered) {
      const y = a0 * input + a1 * x1 + a2 * x2 - a3 * y1 - y2 * a4;
      x2 = x1;
      x1 = input;
      y2 = y1;
      y1 = y;
      s = Math.fround(y * gain);
    } else {
      s = Math.fround(input * gain);
    }
    gain += gainInc;
    if (trackPeak && (s > peak || -s > peak)) peak = s < 0 ? -s : s;
    const idx = i + start;
    outL[idx] = outL[idx]! + gainLeft * s;
    outR[idx] = outR[idx]! + gainRight * s;
    if (reverbGain !== 0) reverb[i] = reverb[i]! + reverbGain * s;
    if (chorusGain !== 0) chorus[i] = chorus[i]! + chorusGain * s;
  }
  if (filtered) {
    f.x1 = x1;
    f.x2 = x2;
    f.y1 = y1;
    f.y2 = y2;
  }
  if (!playing) return -1;
  wt.cursor = cursor;
  return peak;
}

/**
 * {@link renderVoiceBlock} for the commonest voice (a looping sample through the low-pass, sent to
 * reverb and chorus): the same arithmetic without the per-sample branches on what it does not do.
 */
function renderLoopingFilteredBlock(job: VoiceBlock): number {
  const wt = job.wavetable;
  const data = wt.sampleData;
  const { loopEnd, loopLength } = wt;
  const { trackPeak, step, gainInc, gainLeft, gainRight, reverbGain, chorusGain, outL, outR, reverb, chorus, start, count } = job;
  const f = job.filter;
  const { a0, a1, a2, a3, a4 } = f;
  let { x1, x2, y1, y2 } = f;
  let gain = job.gain;
  let cursor = wt.cursor;
  let peak = 0;
  for (let i = 0; i < count; i++) {
    while (cursor >= loopEnd) cursor -= loopLength;
    const y0 = cursor | 0;
    let i1 = y0 + 1;
    let i2 = y0 + 2;
    let i3 = y0 + 3;
    while (i1 >= loopEnd) i1 -= loopLength;
    while (i2 >= loopEnd) i2 -= loopLength;
    while (i3 >= loopEnd) i3 -= loopLength;
    const input = hermite(data, y0, i1, i2, i3, cursor - y0);
    cursor += step;
    const y = a0 * input + a1 * x1 + a2 * x2 - a3 * y1 - y2 * a4;
    x2 = x1;
    x1 = input;
    y2 = y1;
    y1 = y;
    const s = Math.fround(y * gain);
    gain += gainInc;
    if (trackPeak && (s > peak || -s > peak)) peak = s < 0 ? -s : s;
    const idx = i + start;
    outL[idx] = outL[idx]! + gainLeft * s;
    outR[idx] = outR[idx]! + gainRight * s;
    reverb[i] = reverb[i]! + reverbGain * s;
    chorus[i] = chorus[i]! + chorusGain * s;
  }
  f.x1 = x1;
  f.x2 = x2;
  f.y1 = y1;
  f.y2 = y2;
  wt.cursor = cursor;
  return peak;
}

/** spessasynth's 4-point Hermite read at fraction `t` past `data[i1]`, rounded to float32 as it stores it. */
function hermite(data: Float32Array, y0: number, i1: number, i2: number, i3: number, t: number): number {
  const xm1 = data[y0]!;
  const x0 = data[i1]!;
  const xp1 = data[i2]!;
  const xp2 = data[i3]!;
  const c = (xp1 - xm1) * 0.5;
  const v = x0 - xp1;
  const w = c + v;
  const a = w + v + (xp2 - x0) * 0.5;
  const b = w + a;
  return Math.fround(((a * t - b) * t + c) * t + x0);
}
