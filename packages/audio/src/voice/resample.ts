const HALF_TAPS = 16;
const PHASES = 512;
const CUTOFF = 0.9;
/** Rate pairs needing more distinct phases than this use the interpolated-kernel path. */
const MAX_POLYPHASE_PHASES = 1024;

/**
 * Band-limited resampling with a Blackman-windowed sinc (32 taps at the lower rate), cut off at
 * 0.9 × the lower Nyquist frequency. Output length is round(length × to / from). Integer rate
 * pairs with a small ratio (22.05 → 44.1 kHz, 22.05 → 48 kHz) use precomputed polyphase taps;
 * others interpolate the kernel from a 512-phase table.
 */
export function resample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return input.slice();
  if (Number.isInteger(fromRate) && Number.isInteger(toRate)) {
    const g = gcd(fromRate, toRate);
    if (toRate / g <= MAX_POLYPHASE_PHASES) return resamplePolyphase(input, fromRate / g, toRate / g);
  }
  return resampleInterpolated(input, fromRate, toRate);
}

/** Output sample j reads input around j × down / up; its phase (j × down) mod up picks one of `up` tap sets. */
function resamplePolyphase(input: Float32Array, down: number, up: number): Float32Array {
  const outLength = Math.round((input.length * up) / down);
  const tapScale = Math.min(1, up / down);
  const span = Math.ceil(HALF_TAPS / tapScale);
  const width = 2 * span;
  const table = kernelTable(CUTOFF);
  const taps = new Float64Array(up * width);
  for (let p = 0; p < up; p++) {
    for (let k = -span + 1; k <= span; k++) taps[p * width + k + span - 1] = kernelAt(table, (k - p / up) * tapScale) * CUTOFF * tapScale;
  }
  const padded = new Float32Array(input.length + 2 * width);
  padded.set(input, width);
  const sounding = soundingPrefix(padded);
  if (down === 1 && up === 2) return doubleRate(padded, sounding, taps, span, outLength);
  const out = new Float32Array(outLength);
  for (let j = 0; j < outLength; j++) {
    const num = j * down;
    const center = Math.floor(num / up);
    const base = (num - center * up) * width;
    const from = center - span + 1 + width;
    if (sounding[from + width] === sounding[from]) continue;
    let acc = 0;
    for (let t = 0; t < width; t++) acc += padded[from + t]! * taps[base + t]!;
    out[j] = acc;
  }
  return out;
}

/** The 1:2 case of `resamplePolyphase` (22.05 -> 44.1 kHz): both output phases of an input position read its window once. */
function doubleRate(padded: Float32Array, sounding: Int32Array, taps: Float64Array, span: number, outLength: number): Float32Array {
  const width = 2 * span;
  const out = new Float32Array(outLength);
  for (let center = 0; 2 * center < outLength; center++) {
    const from = center - span + 1 + width;
    if (sounding[from + width] === sounding[from]) continue;
    let even = 0;
    let odd = 0;
    for (let t = 0; t < width; t++) {
      const x = padded[from + t]!;
      even += x * taps[t]!;
      odd += x * taps[width + t]!;
    }
    out[2 * center] = even;
    if (2 * center + 1 < outLength) out[2 * center + 1] = odd;
  }
  return out;
}

/** `prefix[i]` counts the non-zero samples before `i`: a window is silent when its ends count the same. */
function soundingPrefix(x: Float32Array): Int32Array {
  const prefix = new Int32Array(x.length + 1);
  let count = 0;
  for (let i = 0; i < x.length; i++) {
    prefix[i] = count;
    if (x[i] !== 0) count++;
  }
  prefix[x.length] = count;
  return prefix;
}

function resampleInterpolated(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  const outLength = Math.round((input.length * toRate) / fromRate);
  const table = kernelTable(CUTOFF);
  const out = new Float32Array(outLength);
  const step = fromRate / toRate;
  const tapScale = Math.min(1, toRate / fromRate);
  const span = Math.ceil(HALF_TAPS / tapScale);
  for (let j = 0; j < outLength; j++) {
    const pos = j * step;
    const center = Math.floor(pos);
    const frac = pos - center;
    let acc = 0;
    for (let k = -span + 1; k <= span; k++) {
      const idx = center + k;
      if (idx < 0 || idx >= input.length) continue;
      acc += (input[idx] ?? 0) * kernelAt(table, (k - frac) * tapScale);
    }
    out[j] = acc * CUTOFF * tapScale;
  }
  return out;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function kernelTable(cutoff: number): Float64Array {
  const n = HALF_TAPS * PHASES;
  const table = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const x = i / PHASES;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * cutoff * x) / (Math.PI * cutoff * x);
    const w = 0.42 + 0.5 * Math.cos((Math.PI * x) / HALF_TAPS) + 0.08 * Math.cos((2 * Math.PI * x) / HALF_TAPS);
    table[i] = sinc * w;
  }
  return table;
}

function kernelAt(table: Float64Array, x: number): number {
  const p = Math.abs(x) * PHASES;
  const i = Math.floor(p);
  if (i >= HALF_TAPS * PHASES) return 0;
  const f = p - i;
  return (table[i] ?? 0) * (1 - f) + (table[i + 1] ?? 0) * f;
}
