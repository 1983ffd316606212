/** Settings of {@link plateReverb}. */
export interface PlateSettings {
  /** Time for the tail to fall by 60 dB. */
  decayS: number;
  preDelayS: number;
  /** One-pole low-pass coefficient in the feedback loop (0 = bright, toward 1 = dark). */
  damping: number;
}

const INPUT_ALLPASS_MS = [4.77, 3.59, 12.73, 9.31];
const TANK_MS = [29.71, 37.11, 41.13, 43.71];
const DIFFUSION = 0.7;

/**
 * A short, dense plate-like reverb: pre-delay, four series all-pass diffusers, then a four-line
 * feedback delay network (Householder mixing, damped feedback). Left and right read different
 * lines, so a mono input gets a decorrelated stereo tail. Returns the wet signal only, as long as
 * the input (the tail past the end is dropped).
 */
export function plateReverb(x: Float32Array, sampleRate: number, s: PlateSettings): { left: Float32Array; right: Float32Array } {
  const diffused = diffuse(x, sampleRate, Math.round(s.preDelayS * sampleRate));
  const [n0, n1, n2, n3] = TANK_MS.map((ms) => Math.round((ms / 1000) * sampleRate)) as [number, number, number, number];
  const [l0, l1, l2, l3] = [new Float32Array(n0), new Float32Array(n1), new Float32Array(n2), new Float32Array(n3)];
  const [g0, g1, g2, g3] = [n0, n1, n2, n3].map((n) => 10 ** ((-3 * n) / (s.decayS * sampleRate))) as [number, number, number, number];
  const damp = s.damping;
  const pass = 1 - damp;
  let lp0 = 0, lp1 = 0, lp2 = 0, lp3 = 0;
  let p0 = 0, p1 = 0, p2 = 0, p3 = 0;
  const left = new Float32Array(x.length);
  const right = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    lp0 = pass * l0[p0]! + damp * lp0;
    lp1 = pass * l1[p1]! + damp * lp1;
    lp2 = pass * l2[p2]! + damp * lp2;
    lp3 = pass * l3[p3]! + damp * lp3;
    const mix = 0.5 * (lp0 + lp1 + lp2 + lp3);
    const input = diffused[i]!;
    l0[p0] = input + g0 * (lp0 - mix);
    l1[p1] = input + g1 * (lp1 - mix);
    l2[p2] = input + g2 * (lp2 - mix);
    l3[p3] = input + g3 * (lp3 - mix);
    if (++p0 === n0) p0 = 0;
    if (++p1 === n1) p1 = 0;
    if (++p2 === n2) p2 = 0;
    if (++p3 === n3) p3 = 0;
    left[i] = lp0 - 0.6 * lp2;
    right[i] = lp1 - 0.6 * lp3;
  }
  return { left, right };
}

/** Pre-delay, then Schroeder all-pass diffusers that smear transients into a dense onset (one pass, the four in series per sample). */
function diffuse(x: Float32Array, sampleRate: number, preDelay: number): Float32Array {
  const [n0, n1, n2, n3] = INPUT_ALLPASS_MS.map((ms) => Math.max(1, Math.round((ms / 1000) * sampleRate))) as [number, number, number, number];
  const [b0, b1, b2, b3] = [new Float32Array(n0), new Float32Array(n1), new Float32Array(n2), new Float32Array(n3)];
  let p0 = 0, p1 = 0, p2 = 0, p3 = 0;
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let y = i >= preDelay ? x[i - preDelay]! : 0;
    let delayed = b0[p0]!;
    let v = y + DIFFUSION * delayed;
    b0[p0] = v;
    y = Math.fround(delayed - DIFFUSION * v);
    delayed = b1[p1]!;
    v = y + DIFFUSION * delayed;
    b1[p1] = v;
    y = Math.fround(delayed - DIFFUSION * v);
    delayed = b2[p2]!;
    v = y + DIFFUSION * delayed;
    b2[p2] = v;
    y = Math.fround(delayed - DIFFUSION * v);
    delayed = b3[p3]!;
    v = y + DIFFUSION * delayed;
    b3[p3] = v;
    out[i] = delayed - DIFFUSION * v;
    if (++p0 === n0) p0 = 0;
    if (++p1 === n1) p1 = 0;
    if (++p2 === n2) p2 = 0;
    if (++p3 === n3) p3 = 0;
  }
  return out;
}
