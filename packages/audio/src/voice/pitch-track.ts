/** One pitch-track frame. */
export interface PitchFrame {
  timeS: number;
  /** Fundamental frequency, or null when the frame is unvoiced or silent. */
  hz: number | null;
  /** 1 − the YIN aperiodicity at the chosen lag (1 = perfectly periodic). */
  confidence: number;
}

/** Options of {@link trackPitch}. */
export interface PitchTrackOptions {
  minHz?: number;
  maxHz?: number;
  hopS?: number;
  /** YIN absolute threshold on the cumulative-mean-normalised difference (default 0.15). */
  threshold?: number;
  /** Frames quieter than this RMS are unvoiced (default 1e-3). */
  silenceRms?: number;
}

/**
 * YIN pitch tracker (de Cheveigné & Kawahara 2002): difference function, cumulative-mean
 * normalisation, absolute threshold (restricted to dips near the frame's deepest, see
 * `DIP_TOLERANCE`), parabolic interpolation. Frames are centred on `timeS`.
 */
export function trackPitch(samples: Float32Array, sampleRate: number, options: PitchTrackOptions = {}): PitchFrame[] {
  const minHz = options.minHz ?? 60;
  const maxHz = options.maxHz ?? 1000;
  const hop = Math.max(1, Math.round((options.hopS ?? 0.01) * sampleRate));
  const maxLag = Math.ceil(sampleRate / minHz);
  const minLag = Math.max(2, Math.floor(sampleRate / maxHz));
  const win = maxLag;
  const frames: PitchFrame[] = [];
  const d = new Float64Array(maxLag + 2);
  for (let start = 0; start + win + maxLag + 1 <= samples.length; start += hop) {
    const timeS = (start + win / 2) / sampleRate;
    if (rms(samples, start, win) < (options.silenceRms ?? 1e-3)) {
      frames.push({ timeS, hz: null, confidence: 0 });
      continue;
    }
    cmndf(samples, start, win, maxLag, d);
    const lag = pickLag(d, minLag, maxLag, options.threshold ?? 0.15);
    if (lag === null) {
      frames.push({ timeS, hz: null, confidence: 0 });
      continue;
    }
    const refined = parabolic(d, lag);
    frames.push({ timeS, hz: sampleRate / refined, confidence: Math.max(0, 1 - (d[lag] ?? 1)) });
  }
  return frames;
}

function rms(x: Float32Array, start: number, n: number): number {
  let s = 0;
  for (let i = start; i < start + n; i++) s += (x[i] ?? 0) ** 2;
  return Math.sqrt(s / n);
}

function cmndf(x: Float32Array, start: number, win: number, maxLag: number, d: Float64Array): void {
  d[0] = 1;
  let running = 0;
  for (let tau = 1; tau <= maxLag + 1; tau++) {
    let sum = 0;
    for (let i = start; i < start + win; i++) {
      const diff = (x[i] ?? 0) - (x[i + tau] ?? 0);
      sum += diff * diff;
    }
    running += sum;
    d[tau] = running > 0 ? (sum * tau) / running : 1;
  }
}

/**
 * Absolute YIN picks the first dip under the threshold, which on formant-rich vowels (German
 * "i:", English "I" at 165 Hz) is often a sub-period dip at 0.1 while the true period dips to
 * 0.002. Only dips within this distance of the frame's deepest dip are accepted; the first of
 * those still wins, so a subharmonic (2 periods, as deep as 1) cannot pull the pitch an octave down.
 */
const DIP_TOLERANCE = 0.05;

function pickLag(d: Float64Array, minLag: number, maxLag: number, threshold: number): number | null {
  let deepest = Infinity;
  for (let tau = minLag; tau <= maxLag; tau++) deepest = Math.min(deepest, d[tau] ?? 1);
  if (deepest >= threshold) return null;
  const accept = Math.min(threshold, deepest + DIP_TOLERANCE);
  for (let tau = minLag; tau <= maxLag; tau++) {
    if ((d[tau] ?? 1) < accept) {
      while (tau + 1 <= maxLag && (d[tau + 1] ?? 1) < (d[tau] ?? 1)) tau++;
      return tau;
    }
  }
  return null;
}

function parabolic(d: Float64Array, tau: number): number {
  const a = d[tau - 1] ?? 0, b = d[tau] ?? 0, c = d[tau + 1] ?? 0;
  const denom = a - 2 * b + c;
  return denom === 0 ? tau : tau + (0.5 * (a - c)) / denom;
}
