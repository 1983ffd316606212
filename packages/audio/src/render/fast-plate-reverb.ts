import type { SpessaSynthProcessor } from 'spessasynth_core';

/**
 * spessasynth_core 4.3.x's default reverb is a Dattorro plate whose per-sample loop goes through
 * array-of-array delay lines (about 40 % of render time). This module swaps, on one synth instance,
 * its `process` method for a version that keeps the delay lines in locals and turns the excursion
 * LFOs by rotation (equal to spessasynth's output within float rounding).
 * If the plate's shape is not the one expected (another spessasynth version), nothing is changed.
 */

/** [buffer, writeIndex, readIndex, mask] as spessasynth stores each delay line. */
type DelayLine = [Float32Array, number, number, number];

interface DattorroPlate {
  preDelay: number;
  preLPF: number;
  inputDiffusion1: number;
  inputDiffusion2: number;
  decay: number;
  decayDiffusion1: number;
  decayDiffusion2: number;
  damping: number;
  excursionRate: number;
  excursionDepth: number;
  gain: number;
  sampleRate: number;
  lp1: number;
  lp2: number;
  lp3: number;
  excPhase: number;
  pDWrite: number;
  taps: Int16Array;
  pDelay: Float32Array;
  pDLength: number;
  delays: DelayLine[];
  process: (input: Float32Array, left: Float32Array, right: Float32Array, start: number, count: number) => void;
}

/** Returns true when the fast path was installed on this synth's reverb. */
export function accelerateReverb(synth: SpessaSynthProcessor): boolean {
  const plate = (synth.reverbProcessor as unknown as { dattorro?: unknown }).dattorro;
  if (!isDattorroPlate(plate)) return false;
  plate.process = (input, left, right, start, count) => processPlate(plate, input, left, right, start, count);
  return true;
}

function isDattorroPlate(value: unknown): value is DattorroPlate {
  if (typeof value !== 'object' || value === null) return false;
  const plate = value as Partial<DattorroPlate>;
  return (
    typeof plate.process === 'function' &&
    Array.isArray(plate.delays) &&
    plate.delays.length === 12 &&
    plate.delays.every((d) => Array.isArray(d) && d.length === 4 && d[0] instanceof Float32Array) &&
    plate.taps instanceof Int16Array &&
    plate.taps.length === 14 &&
    plate.pDelay instanceof Float32Array &&
    typeof plate.excPhase === 'number'
  );
}

function cubicAt(buffer: Float32Array, read: number, mask: number, offset: number): number {
  const whole = ~~offset;
  const frac = offset - whole;
  let index = whole + read - 1;
  const x0 = buffer[index++ & mask]!;
  const x1 = buffer[index++ & mask]!;
  const x2 = buffer[index++ & mask]!;
  const x3 = buffer[index & mask]!;
  const a = (3 * (x1 - x2) - x0 + x3) / 2;
  const b = 2 * x2 + x0 - (5 * x1 + x3) / 2;
  const c = (x2 - x0) / 2;
  return ((a * frac + b) * frac + c) * frac + x1;
}

/** The plate's per-sample loop, spessasynth's arithmetic in the same order, one long hot loop on purpose. */
function processPlate(p: DattorroPlate, input: Float32Array, outL: Float32Array, outR: Float32Array, start: number, count: number): void {
  const pd = p.preDelay | 0, fi = p.inputDiffusion1, si = p.inputDiffusion2, dc = p.decay;
  const ft = p.decayDiffusion1, st = p.decayDiffusion2, dp = 1 - p.damping, gain = p.gain;
  const ex = p.excursionRate / p.sampleRate, ed = (p.excursionDepth * p.sampleRate) / 1e3;
  const { pDelay, pDLength, taps, delays } = p;
  const blockStart = p.pDWrite;
  for (let j = 0, w = blockStart % pDLength; j < count; j++, w = w + 1 === pDLength ? 0 : w + 1) pDelay[w] = input[j]!;
  const b = delays.map((d) => d[0]);
  const m = delays.map((d) => d[3]);
  const w = delays.map((d) => d[1]);
  const r = delays.map((d) => d[2]);
  const [b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11] = b as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11] = m as number[] as [number, number, number, number, number, number, number, number, number, number, number, number];
  let [w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11] = w as [number, number, number, number, number, number, number, number, number, number, number, number];
  let [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11] = r as [number, number, number, number, number, number, number, number, number, number, number, number];
  const [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13] = taps as unknown as [number, number, number, number, number, number, number, number, number, number, number, number, number, number];
  let { lp1, lp2, lp3, excPhase } = p;
  const preLPF = p.preLPF, pdWrite = p.pDWrite;
  // The two excursion LFOs turn by a fixed angle per sample: rotate them instead of calling
  // cos/sin per sample (equal to ~1e-12; each block restarts them from the exact phase).
  let cosA = Math.cos(excPhase * 6.28), sinA = Math.sin(excPhase * 6.28);
  let cosB = Math.cos(excPhase * 6.2847), sinB = Math.sin(excPhase * 6.2847);
  const stepCosA = Math.cos(ex * 6.28), stepSinA = Math.sin(ex * 6.28);
  const stepCosB = Math.cos(ex * 6.2847), stepSinB = Math.sin(ex * 6.2847);
  let preRead = (pDLength + pdWrite - pd) % pDLength;
  for (let i = 0; i < count; i++) {
    lp1 += preLPF * (pDelay[preRead]! - lp1);
    if (++preRead === pDLength) preRead = 0;
    let pre = (b0[w0] = lp1 - fi * b0[r0]!);
    pre = b1[w1] = fi * (pre - b1[r1]!) + b0[r0]!;
    pre = b2[w2] = fi * pre + b1[r1]! - si * b2[r2]!;
    pre = b3[w3] = si * (pre - b3[r3]!) + b2[r2]!;
    const split = si * pre + b3[r3]!;
    const exc = ed * (1 + cosA);
    const exc2 = ed * (1 + sinB);
    const swayA = cubicAt(b4, r4, m4, exc);
    let temp = (b4[w4] = split + dc * b11[r11]! + ft * swayA);
    b5[w5] = swayA - ft * temp;
    lp2 += dp * (b5[r5]! - lp2);
    temp = b6[w6] = dc * lp2 - st * b6[r6]!;
    b7[w7] = b6[r6]! + st * temp;
    const swayB = cubicAt(b8, r8, m8, exc2);
    temp = b8[w8] = split + dc * b7[r7]! + ft * swayB;
    b9[w9] = swayB - ft * temp;
    lp3 += dp * (b9[r9]! - lp3);
    temp = b10[w10] = dc * lp3 - st * b10[r10]!;
    b11[w11] = b10[r10]! + st * temp;
    const left = b9[(r9 + t0) & m9]! + b9[(r9 + t1) & m9]! - b10[(r10 + t2) & m10]! + b11[(r11 + t3) & m11]! - b5[(r5 + t4) & m5]! - b6[(r6 + t5) & m6]! - b7[(r7 + t6) & m7]!;
    outL[i + start] = outL[i + start]! + left * gain;
    const right = b5[(r5 + t7) & m5]! + b5[(r5 + t8) & m5]! - b6[(r6 + t9) & m6]! + b7[(r7 + t10) & m7]! - b9[(r9 + t11) & m9]! - b10[(r10 + t12) & m10]! - b11[(r11 + t13) & m11]!;
    outR[i + start] = outR[i + start]! + right * gain;
    excPhase += ex;
    const nextCosA = cosA * stepCosA - sinA * stepSinA;
    sinA = sinA * stepCosA + cosA * stepSinA;
    cosA = nextCosA;
    const nextCosB = cosB * stepCosB - sinB * stepSinB;
    sinB = sinB * stepCosB + cosB * stepSinB;
    cosB = nextCosB;
    w0 = (w0 + 1) & m0; r0 = (r0 + 1) & m0; w1 = (w1 + 1) & m1; r1 = (r1 + 1) & m1;
    w2 = (w2 + 1) & m2; r2 = (r2 + 1) & m2; w3 = (w3 + 1) & m3; r3 = (r3 + 1) & m3;
    w4 = (w4 + 1) & m4; r4 = (r4 + 1) & m4; w5 = (w5 + 1) & m5; r5 = (r5 + 1) & m5;
    w6 = (w6 + 1) & m6; r6 = (r6 + 1) & m6; w7 = (w7 + 1) & m7; r7 = (r7 + 1) & m7;
    w8 = (w8 + 1) & m8; r8 = (r8 + 1) & m8; w9 = (w9 + 1) & m9; r9 = (r9 + 1) & m9;
    w10 = (w10 + 1) & m10; r10 = (r10 + 1) & m10; w11 = (w11 + 1) & m11; r11 = (r11 + 1) & m11;
  }
  const writes = [w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11];
  const reads = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11];
  delays.forEach((d, k) => {
    d[1] = writes[k]!;
    d[2] = reads[k]!;
  });
  Object.assign(p, { lp1, lp2, lp3, excPhase, pDWrite: (blockStart + count) % pDLength });
}
