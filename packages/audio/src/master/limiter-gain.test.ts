import { describe, expect, it } from 'vitest';
import { noise } from '../loudness/noise.test-support.ts';
import { createStereoAudio } from '../stereo-audio.ts';
import { applyBlockGains, limiterGainCurve, trailingMinInPlace } from './limiter-gain.ts';

/** Sparse requirements: mostly 1, with dips of random depth, some in runs. */
function requirements(length: number, seed: number): Float32Array {
  const r = noise(length, seed);
  return r.map((v, i) => (v > 0.9 || (i > 300 && i < 310) ? 0.3 + 0.3 * Math.abs(noise(1, i)[0]!) : 1));
}

describe('trailingMinInPlace', () => {
  it.each([1, 2, 7, 16, 50])('equals the naive sliding minimum (window %i)', (window) => {
    const values = noise(333, window);
    const expected = values.map((_, k) => Math.min(...values.subarray(Math.max(0, k - window + 1), k + 1)));
    trailingMinInPlace(values, window);
    expect(values).toEqual(expected);
  });
});

describe('limiterGainCurve', () => {
  const window = 14;
  const releaseCoef = Math.exp(-1 / 330);

  it('never exceeds what a step or its neighbours require, nor 1', () => {
    const required = requirements(2000, 5);
    const gain = limiterGainCurve(required.slice(), { window, releaseCoef });
    expect(gain.length).toBe(required.length);
    for (let k = 0; k < required.length; k++) {
      expect(gain[k]!).toBeLessThanOrEqual(1);
      for (const near of [k - 1, k, k + 1]) if (near >= 0 && near < gain.length) expect(gain[near]!).toBeLessThanOrEqual(required[k]! + 1e-6);
    }
  });

  it('ramps down ahead of a peak and releases back to unity afterwards', () => {
    const required = new Float32Array(6000).fill(1);
    required[1000] = 0.5;
    const gain = limiterGainCurve(required, { window, releaseCoef });
    expect(gain[1000 - 2 * window]).toBe(1);
    expect(gain[1000 - window]!).toBeLessThan(1);
    expect(gain[1000 - window]!).toBeGreaterThan(gain[1000 - 2]!);
    expect(gain[1000]!).toBeCloseTo(0.5, 6);
    expect(gain[1000 + 300]!).toBeGreaterThan(0.6);
    expect(gain[5999]!).toBeGreaterThan(0.999);
  });
});

describe('applyBlockGains', () => {
  it('interpolates the block gains linearly between block centres, so each frame stays within its block and a neighbour', () => {
    const ones = createStereoAudio(44_100, 100);
    ones.left.fill(1);
    ones.right.fill(-1);
    const blockGains = Float32Array.from([1, 0.5, 0.5, 0.8, 0.2, 1, 1]);
    const out = applyBlockGains(ones, blockGains, 16, 2);
    expect(out.left.length).toBe(100);
    for (let i = 0; i < 100; i++) {
      const position = Math.min(blockGains.length - 1, Math.max(0, (i - 7.5) / 16));
      const before = Math.floor(position);
      const after = Math.min(blockGains.length - 1, before + 1);
      const expected = blockGains[before]! + (blockGains[after]! - blockGains[before]!) * (position - before);
      expect(out.left[i]!).toBeCloseTo(2 * expected, 6);
      expect(out.right[i]).toBe(-out.left[i]!);
      const own = blockGains[Math.floor(i / 16)]!;
      const neighbour = blockGains[i % 16 < 8 ? Math.max(0, Math.floor(i / 16) - 1) : Math.floor(i / 16) + 1]!;
      expect(out.left[i]!).toBeLessThanOrEqual(2 * Math.max(own, neighbour) + 1e-6);
    }
  });
});
