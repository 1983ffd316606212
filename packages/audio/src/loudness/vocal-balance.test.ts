import { describe, expect, it } from 'vitest';
import { createStereoAudio } from '../stereo-audio.ts';
import { noise } from './noise.test-support.ts';
import { medianVocalOverBedLu, vocalBalanceGainDb } from './vocal-balance.ts';

const SR = 44100;

function stereo(x: Float32Array, gain: number) {
  const a = createStereoAudio(SR, x.length);
  for (let i = 0; i < x.length; i++) a.left[i] = a.right[i] = gain * x[i]!;
  return a;
}

describe('vocal over bed', () => {
  const bed = stereo(noise(SR * 40, 1), 0.1);
  // A "voice" that sings 8 s, rests 4 s, three times: only the sung windows count.
  const v = noise(SR * 40, 2);
  for (let i = 0; i < v.length; i++) if (Math.floor(i / SR) % 12 >= 8) v[i] = 0;

  it('measures the vocal-to-bed short-term loudness where the voice sings', () => {
    expect(medianVocalOverBedLu(bed, stereo(v, 0.1))).toBeCloseTo(0, 0);
    expect(medianVocalOverBedLu(bed, stereo(v, 0.2))!).toBeCloseTo(6.02, 0);
  });

  it('gives the gain that puts the voice the wanted LU above the bed', () => {
    const quiet = stereo(v, 0.02);
    const gain = vocalBalanceGainDb(bed, quiet, 3);
    const balanced = stereo(v, 0.02 * 10 ** (gain / 20));
    expect(medianVocalOverBedLu(bed, balanced)!).toBeCloseTo(3, 0);
    expect(vocalBalanceGainDb(bed, stereo(new Float32Array(SR * 40), 1), 3)).toBe(0);
  });
});
