/** The 48-tap 4x interpolation filter of ITU-R BS.1770-4 Annex 2, as four 12-tap phases. */
export const TRUE_PEAK_PHASES: readonly (readonly number[])[] = [
  [0.001708984375, 0.010986328125, -0.0196533203125, 0.033203125, -0.0594482421875, 0.1373291015625, 0.97216796875, -0.102294921875, 0.0476074218750, -0.0266113281250, 0.0148925781250, -0.00830078125],
  [-0.0291748046875, 0.029296875, -0.0517578125, 0.089111328125, -0.16650390625, 0.465087890625, 0.77978515625, -0.2003173828125, 0.1015625, -0.0582275390625, 0.0330810546875, -0.0189208984375],
  [-0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625, -0.2003173828125, 0.77978515625, 0.465087890625, -0.16650390625, 0.089111328125, -0.0517578125, 0.029296875, -0.0291748046875],
  [-0.00830078125, 0.0148925781250, -0.0266113281250, 0.0476074218750, -0.102294921875, 0.97216796875, 0.1373291015625, -0.0594482421875, 0.033203125, -0.0196533203125, 0.010986328125, 0.001708984375],
];
/** Taps per phase; the interpolated values of the window ending at index n lie between samples n - 6 and n - 5. */
export const TRUE_PEAK_TAPS = 12;

/**
 * No interpolated value exceeds this multiple of the largest |sample| in its 12-sample window
 * (sum of |taps| of the widest phase, 2.022, rounded up): a window whose samples are all below
 * `limit / TRUE_PEAK_BOUND` cannot reach `limit` between them.
 */
export const TRUE_PEAK_BOUND = 2.03;

type Six = [number, number, number, number, number, number];

/**
 * Phases 3 and 2 are phases 0 and 1 reversed, so with u_j = x_j + x_(11-j) and v_j = x_j - x_(11-j),
 * phase p plus its mirror is a 6-tap dot product with u and their difference one with v; and
 * max(|a|, |b|) = (|a + b| + |a - b|) / 2. Half the multiplies of the direct form.
 */
function fold(phase: number, sign: 1 | -1): Six {
  const taps = TRUE_PEAK_PHASES[phase]!;
  return [0, 1, 2, 3, 4, 5].map((j) => taps[j]! + sign * taps[11 - j]!) as Six;
}
const [S00, S01, S02, S03, S04, S05] = fold(0, 1);
const [D00, D01, D02, D03, D04, D05] = fold(0, -1);
const [S10, S11, S12, S13, S14, S15] = fold(1, 1);
const [D10, D11, D12, D13, D14, D15] = fold(1, -1);

/** Largest |value| of the four interpolated points of a window; x0 is the newest sample, x11 the oldest. */
function foldedPeak(
  x0: number, x1: number, x2: number, x3: number, x4: number, x5: number,
  x6: number, x7: number, x8: number, x9: number, x10: number, x11: number,
): number {
  const u0 = x0 + x11, u1 = x1 + x10, u2 = x2 + x9, u3 = x3 + x8, u4 = x4 + x7, u5 = x5 + x6;
  const v0 = x0 - x11, v1 = x1 - x10, v2 = x2 - x9, v3 = x3 - x8, v4 = x4 - x7, v5 = x5 - x6;
  const outer = Math.abs(S00 * u0 + S01 * u1 + S02 * u2 + S03 * u3 + S04 * u4 + S05 * u5)
    + Math.abs(D00 * v0 + D01 * v1 + D02 * v2 + D03 * v3 + D04 * v4 + D05 * v5);
  const inner = Math.abs(S10 * u0 + S11 * u1 + S12 * u2 + S13 * u3 + S14 * u4 + S15 * u5)
    + Math.abs(D10 * v0 + D11 * v1 + D12 * v2 + D13 * v3 + D14 * v4 + D15 * v5);
  return 0.5 * (outer > inner ? outer : inner);
}

/**
 * Largest |value| among the 4x-oversampled points of the window `x[end - 11 .. end]` (between
 * samples end - 6 and end - 5). Requires 11 <= end < x.length.
 */
export function windowInterpolatedPeak(x: Float32Array, end: number): number {
  return foldedPeak(x[end]!, x[end - 1]!, x[end - 2]!, x[end - 3]!, x[end - 4]!, x[end - 5]!,
    x[end - 6]!, x[end - 7]!, x[end - 8]!, x[end - 9]!, x[end - 10]!, x[end - 11]!);
}

const edgeWindow = new Float32Array(TRUE_PEAK_TAPS);

/** {@link windowInterpolatedPeak} for any `end`, with zeros before the start and after the end of `x`. */
export function paddedWindowInterpolatedPeak(x: Float32Array, end: number): number {
  for (let j = 0; j < TRUE_PEAK_TAPS; j++) {
    const i = end - 11 + j;
    edgeWindow[j] = i >= 0 && i < x.length ? x[i]! : 0;
  }
  return windowInterpolatedPeak(edgeWindow, 11);
}

/**
 * Largest absolute value among the 4x-oversampled points computed from the last 12 samples of a
 * ring buffer (`ring[(head - j) & 15]` is the sample j steps back).
 */
export function interpolatedPeak(ring: Float64Array, head: number): number {
  return foldedPeak(ring[head & 15]!, ring[(head - 1) & 15]!, ring[(head - 2) & 15]!, ring[(head - 3) & 15]!,
    ring[(head - 4) & 15]!, ring[(head - 5) & 15]!, ring[(head - 6) & 15]!, ring[(head - 7) & 15]!,
    ring[(head - 8) & 15]!, ring[(head - 9) & 15]!, ring[(head - 10) & 15]!, ring[(head - 11) & 15]!);
}
