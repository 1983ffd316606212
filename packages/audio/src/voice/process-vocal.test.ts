import { describe, expect, it } from 'vitest';
import { compress, gainReductionDb } from './compressor.ts';
import { equalizeVocal, processVocal, VOCAL_CHAIN } from './process-vocal.ts';
import { concat, formantVowel, noise, rms, sine } from './synthetic-voice.test-support.ts';
import { trackPitch } from './pitch-track.ts';
import { centsBetween } from './voice-range.ts';
import { biquadGainDb, highShelfFilter, peakingFilter } from './vocal-filters.ts';

const SR = 44100;

function db(ratio: number): number {
  return 20 * Math.log10(ratio);
}

/** Mean of the product of two signals normalised by their levels, at `lag` samples of `b` behind `a`. */
function correlation(a: Float32Array, b: Float32Array, lag = 0): number {
  let ab = 0, aa = 0, bb = 0;
  for (let i = Math.max(0, -lag); i < a.length && i + lag < b.length; i++) {
    const x = a[i] ?? 0, y = b[i + lag] ?? 0;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}

const phrase = concat(
  formantVowel(196, [{ hz: 700, bandwidthHz: 90 }, { hz: 1200, bandwidthHz: 110 }, { hz: 2600, bandwidthHz: 160 }], 0.6, SR),
  new Float32Array(Math.round(0.6 * SR)),
  formantVowel(262, [{ hz: 400, bandwidthHz: 80 }, { hz: 2000, bandwidthHz: 120 }], 0.6, SR),
);

describe('vocal filters', () => {
  it('peaking and shelf filters have their gain where asked and none far away', () => {
    const presence = peakingFilter(SR, 3000, 3, 0.9);
    expect(biquadGainDb(presence, SR, 3000)).toBeCloseTo(3, 2);
    expect(Math.abs(biquadGainDb(presence, SR, 200))).toBeLessThan(0.1);
    const air = highShelfFilter(SR, 9000, 2);
    expect(biquadGainDb(air, SR, 18000)).toBeGreaterThan(1.8);
    expect(Math.abs(biquadGainDb(air, SR, 500))).toBeLessThan(0.05);
  });

  it('compressor curve: no reduction below the knee, 1 - 1/ratio above it', () => {
    const s = VOCAL_CHAIN.compressor;
    expect(gainReductionDb(s.thresholdDb - s.kneeDb, s)).toBe(0);
    expect(gainReductionDb(s.thresholdDb + 12, s)).toBeCloseTo(12 * (1 - 1 / s.ratio), 6);
  });
});

describe('processVocal', () => {
  it('keeps the length, centres a lead and never clips a full-scale input', () => {
    const loud = phrase.map((v) => 2 * v);
    const out = processVocal(loud, { sampleRate: SR, role: 'vocal' });
    expect(out.left.length).toBe(loud.length);
    expect(out.right.length).toBe(loud.length);
    expect(Math.abs(db(rms(out.left) / rms(out.right)))).toBeLessThan(1.5);
    expect(correlation(out.left, out.right)).toBeGreaterThan(0.8);
    const peak = Math.max(...[out.left, out.right].map((c) => c.reduce((m, v) => Math.max(m, Math.abs(v)), 0)));
    expect(peak).toBeLessThan(1);
  });

  it('EQ cuts rumble below 90 Hz, lifts presence and keeps the voice band', () => {
    const level = (hz: number): number => db(rms(equalizeVocal(sine(hz, 0.5, SR), SR), SR / 4, SR / 2) / rms(sine(hz, 0.5, SR)));
    expect(level(40)).toBeLessThan(-12);
    expect(level(60)).toBeLessThan(-6);
    expect(Math.abs(level(1000))).toBeLessThan(1);
    expect(level(3000)).toBeGreaterThan(2);
    expect(level(350)).toBeLessThan(-1);
  });

  it('compresses: 20 dB more input above the threshold gives well under 20 dB more output', () => {
    const s = VOCAL_CHAIN.compressor;
    const out = (gain: number): number => rms(compress(phrase.map((v) => gain * v), SR, s));
    const rise = db(out(2) / out(0.2));
    expect(rise).toBeGreaterThan(5);
    expect(rise).toBeLessThan(10);
  });

  it('adds a reverb tail that decays in the silence after a phrase', () => {
    const out = processVocal(phrase, { sampleRate: SR, role: 'vocal' });
    const gapStart = Math.round(0.6 * SR);
    const early = rms(out.left, gapStart + Math.round(0.05 * SR), gapStart + Math.round(0.15 * SR));
    const late = rms(out.left, gapStart + Math.round(0.45 * SR), gapStart + Math.round(0.55 * SR));
    expect(early).toBeGreaterThan(1e-3);
    expect(late).toBeLessThan(early / 4);
  });

  it('makes a backing vocal quieter, wide and late against the lead', () => {
    const lead = processVocal(phrase, { sampleRate: SR, role: 'vocal' });
    const backing = processVocal(phrase, { sampleRate: SR, role: 'backing-vocal' });
    expect(db(rms(backing.left) / rms(lead.left))).toBeLessThan(-4);
    expect(db(rms(backing.right) / rms(lead.right))).toBeLessThan(-4);
    expect(correlation(backing.left, backing.right)).toBeLessThan(correlation(lead.left, lead.right) - 0.1);
    // A burst after silence: each side's first arrival shows its delay (the copies' delays swing,
    // which blurs a correlation peak on noise, but not an onset).
    const burst = concat(new Float32Array(Math.round(0.1 * SR)), noise(Math.round(0.1 * SR), 0.3, 5));
    const spread = processVocal(burst, { sampleRate: SR, role: 'backing-vocal' });
    const lagOf = (x: Float32Array): number => {
      const peak = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      return x.findIndex((v) => Math.abs(v) > 0.3 * peak) / SR - 0.1;
    };
    expect(lagOf(spread.left)).toBeGreaterThan(0.012);
    expect(lagOf(spread.right)).toBeGreaterThan(lagOf(spread.left) + 0.005);
  });

  it('detunes a backing vocal by a few cents, drifting, where the lead holds its pitch', () => {
    const vowel = formantVowel(262, [{ hz: 500, bandwidthHz: 80 }, { hz: 1800, bandwidthHz: 120 }], 3, SR);
    const pitchSpan = (x: Float32Array): number => {
      const cents = trackPitch(x, SR, { minHz: 200, maxHz: 400, hopS: 0.05 })
        .filter((f) => f.hz !== null && f.timeS > 0.6 && f.timeS < 2.7)
        .map((f) => centsBetween(f.hz ?? 0, 262));
      return Math.max(...cents) - Math.min(...cents);
    };
    expect(pitchSpan(processVocal(vowel, { sampleRate: SR, role: 'vocal' }).left)).toBeLessThan(2);
    const span = pitchSpan(processVocal(vowel, { sampleRate: SR, role: 'backing-vocal' }).left);
    expect(span).toBeGreaterThan(8);
    expect(span).toBeLessThan(25);
  });
});
