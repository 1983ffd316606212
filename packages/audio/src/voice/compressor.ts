/** Settings of {@link compress}. */
export interface CompressorSettings {
  /** Level (dBFS, of the smoothed peak envelope) above which gain is reduced. */
  thresholdDb: number;
  ratio: number;
  attackS: number;
  releaseS: number;
  /** Gain added after compression, in dB. */
  makeupDb: number;
  /** Width of the soft knee around the threshold, in dB. */
  kneeDb: number;
}

/** Samples between two gain computations (the gain is interpolated in between). */
const GAIN_STEP = 16;

/**
 * Feed-forward compressor with a peak envelope follower (separate attack and release) and a
 * soft knee; the gain is computed every 16 samples and interpolated. Returns a new buffer.
 */
export function compress(x: Float32Array, sampleRate: number, s: CompressorSettings): Float32Array {
  const attack = Math.exp(-1 / (s.attackS * sampleRate));
  const release = Math.exp(-1 / (s.releaseS * sampleRate));
  const makeup = 10 ** (s.makeupDb / 20);
  const kneeStart = 10 ** ((s.thresholdDb - s.kneeDb / 2) / 20);
  const out = new Float32Array(x.length);
  let env = 0;
  let gain = makeup;
  for (let start = 0; start < x.length; start += GAIN_STEP) {
    const end = Math.min(x.length, start + GAIN_STEP);
    for (let i = start; i < end; i++) {
      const level = Math.abs(x[i] ?? 0);
      const coeff = level > env ? attack : release;
      env = coeff * env + (1 - coeff) * level;
    }
    const target = env <= kneeStart ? makeup : makeup * 10 ** (-gainReductionDb(20 * Math.log10(env), s) / 20);
    const step = (target - gain) / (end - start);
    for (let i = start; i < end; i++) {
      gain += step;
      out[i] = (x[i] ?? 0) * gain;
    }
  }
  return out;
}

/** Gain reduction (positive dB) for an input level, with a quadratic soft knee. */
export function gainReductionDb(levelDb: number, s: Pick<CompressorSettings, 'thresholdDb' | 'ratio' | 'kneeDb'>): number {
  const over = levelDb - s.thresholdDb;
  const slope = 1 - 1 / s.ratio;
  if (2 * over <= -s.kneeDb) return 0;
  if (2 * over >= s.kneeDb) return slope * over;
  return (slope * (over + s.kneeDb / 2) ** 2) / (2 * s.kneeDb);
}
