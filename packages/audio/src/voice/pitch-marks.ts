/** Analysis marks of a monotone render and whether the signal is voiced at each. */
export interface PitchMarks {
  /** Sample index of each mark, one per glottal period. */
  at: Float64Array;
  voiced: Uint8Array;
}

/** Normalised correlation one period apart above which a mark counts as voiced. */
const VOICED_CORRELATION = 0.6;

/**
 * Analysis pitch marks of a monotone render: one mark per glottal period, `periodSamples` apart.
 * espeak sings a `pitch F F` variant with a perfectly steady period, so the marks follow that
 * grid; where the signal repeats itself one period later (voiced), each mark is pulled onto the
 * waveform's peak near its predicted place so grains are cut at the same phase of every cycle;
 * in silence and noise the marks keep the grid and are flagged unvoiced.
 */
export function findPitchMarks(x: Float32Array, periodSamples: number): PitchMarks {
  const at: number[] = [];
  const voiced: number[] = [];
  const search = Math.max(1, Math.round(periodSamples * 0.2));
  const lag = Math.round(periodSamples);
  const floor = loudestFrameRms(x, lag) * 0.02;
  let t = periodSamples / 2;
  while (t < x.length) {
    const centre = Math.round(t);
    if (isVoiced(x, centre, lag, floor)) {
      let best = centre;
      for (let i = centre - search; i <= centre + search; i++) if ((x[i] ?? 0) > (x[best] ?? 0)) best = i;
      at.push(best);
      voiced.push(1);
      t = best + periodSamples;
    } else {
      at.push(centre);
      voiced.push(0);
      t += periodSamples;
    }
  }
  return { at: Float64Array.from(at), voiced: majority(voiced, 2) };
}

/** Voicing smoothed by a majority over each mark and its `reach` neighbours on either side. */
function majority(flags: readonly number[], reach: number): Uint8Array {
  return Uint8Array.from(flags, (_, i) => {
    let sum = 0;
    let count = 0;
    for (let k = Math.max(0, i - reach); k <= Math.min(flags.length - 1, i + reach); k++, count++) sum += flags[k] ?? 0;
    return 2 * sum > count ? 1 : 0;
  });
}

function isVoiced(x: Float32Array, centre: number, lag: number, floor: number): boolean {
  let xy = 0;
  let xx = 0;
  let yy = 0;
  for (let i = centre - lag; i < centre; i++) {
    const a = x[i] ?? 0;
    const b = x[i + lag] ?? 0;
    xy += a * b;
    xx += a * a;
    yy += b * b;
  }
  if (Math.sqrt(xx / lag) < floor) return false;
  return xy / Math.sqrt(xx * yy + 1e-20) > VOICED_CORRELATION;
}

function loudestFrameRms(x: Float32Array, frame: number): number {
  let peak = 0;
  for (let i = 0; i + frame <= x.length; i += frame) {
    let sum = 0;
    for (let k = i; k < i + frame; k++) sum += (x[k] ?? 0) ** 2;
    peak = Math.max(peak, Math.sqrt(sum / frame));
  }
  return peak;
}
