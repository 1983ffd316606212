import { describe, expect, it } from 'vitest';
import { createStereoAudio, type StereoAudio } from '../stereo-audio.ts';
import { integratedLoudness } from './integrated-loudness.ts';
import { truePeakDbtp } from './true-peak.ts';

function sine(frequency: number, dbfs: number, seconds: number, sampleRate = 44_100, phase = 0): StereoAudio {
  const audio = createStereoAudio(sampleRate, Math.round(seconds * sampleRate));
  const amplitude = 10 ** (dbfs / 20);
  for (let i = 0; i < audio.left.length; i++) {
    audio.left[i] = audio.right[i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate + phase);
  }
  return audio;
}

describe('integratedLoudness (BS.1770-4 / EBU R128)', () => {
  it.each([44_100, 48_000])('reads a 997 Hz stereo sine at -23 dBFS as -23.0 LUFS at %i Hz', (rate) => {
    expect(integratedLoudness(sine(997, -23, 5, rate))).toBeCloseTo(-23, 1);
  });

  it('follows level changes 1:1 and weights low frequencies down', () => {
    expect(integratedLoudness(sine(997, -33, 5))).toBeCloseTo(-33, 1);
    expect(integratedLoudness(sine(40, -23, 5))).toBeLessThan(-24);
  });

  it('gates silence out: a tone with silence after it reads like the tone alone', () => {
    const tone = sine(997, -20, 4);
    const padded = createStereoAudio(44_100, tone.left.length * 3);
    padded.left.set(tone.left);
    padded.right.set(tone.right);
    // Only the few blocks straddling the tone's end pull it down a little.
    expect(Math.abs(integratedLoudness(padded) + 20)).toBeLessThan(0.25);
    expect(integratedLoudness(createStereoAudio(44_100, 44_100))).toBe(-Infinity);
  });

  it('applies the relative gate (EBU Tech 3341 case: -36 / -23 / -36 dBFS, 10 s each)', () => {
    const parts = [sine(1000, -36, 10), sine(1000, -23, 60), sine(1000, -36, 10)];
    const joined = createStereoAudio(44_100, parts.reduce((n, p) => n + p.left.length, 0));
    let offset = 0;
    for (const p of parts) {
      joined.left.set(p.left, offset);
      joined.right.set(p.right, offset);
      offset += p.left.length;
    }
    expect(integratedLoudness(joined)).toBeCloseTo(-23, 1);
  });
});

describe('truePeakDbtp (BS.1770-4 annex 2)', () => {
  it('finds an inter-sample peak above the sample peak', () => {
    // fs/4 sine at 45 degrees: every sample is at 0.707 of the true amplitude (-3 dB).
    const audio = sine(11_025, -6, 1, 44_100, Math.PI / 4);
    const sampleDb = 20 * Math.log10(Math.abs(audio.left[0]!));
    expect(sampleDb).toBeCloseTo(-9, 0);
    const truePeak = truePeakDbtp(audio);
    expect(truePeak).toBeGreaterThan(sampleDb + 2);
    expect(truePeak).toBeCloseTo(-6, 0);
  });

  it('matches the sample peak for a low-frequency tone', () => {
    expect(truePeakDbtp(sine(997, -12, 1))).toBeCloseTo(-12, 1);
  });
});
