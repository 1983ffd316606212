import { describe, expect, it } from 'vitest';
import { concat, formantVowel, noise, rms } from './synthetic-voice.test-support.ts';
import { findVowelAnchors } from './vowel-anchors.ts';

const SR = 22050;

/** A nasal-like hum (one low resonance at 45 % of the vowel's RMS, as espeak's "m") then an open vowel, same pitch. */
function nasalThenVowel(nasalS: number): Float32Array {
  const hum = formantVowel(196, [{ hz: 250, bandwidthHz: 60 }], nasalS, SR);
  const vowel = formantVowel(196, [{ hz: 700, bandwidthHz: 90 }, { hz: 1200, bandwidthHz: 110 }, { hz: 2600, bandwidthHz: 160 }], 0.25, SR);
  const gain = (0.45 * rms(vowel)) / rms(hum);
  return concat(hum.map((v) => gain * v), vowel);
}

describe('findVowelAnchors', () => {
  it('puts the onset of a vowel after a loud nasal where the vowel starts, not at the nasal', () => {
    for (const nasalS of [0.06, 0.1]) {
      const a = findVowelAnchors(nasalThenVowel(nasalS), SR);
      expect(Math.abs(a.vowelOnset / SR - nasalS)).toBeLessThan(0.015);
      expect(a.steadyStart).toBeGreaterThanOrEqual(a.vowelOnset);
      expect(a.steadyEnd).toBeGreaterThan(a.steadyStart + 0.1 * SR);
    }
  });

  it('keeps a quiet fricative in the lead-in and finds the vowel right after it', () => {
    const x = concat(noise(Math.round(0.08 * SR), 0.03, 3), formantVowel(220, [{ hz: 500, bandwidthHz: 80 }, { hz: 1500, bandwidthHz: 120 }], 0.2, SR));
    const a = findVowelAnchors(x, SR);
    expect(Math.abs(a.vowelOnset / SR - 0.08)).toBeLessThan(0.015);
  });

  it('starts at 0 on a bare vowel and handles silence', () => {
    const a = findVowelAnchors(formantVowel(220, [{ hz: 500, bandwidthHz: 80 }], 0.2, SR), SR);
    expect(a.vowelOnset).toBe(0);
    expect(findVowelAnchors(new Float32Array(1000), SR)).toEqual({ vowelOnset: 0, steadyStart: 0, steadyEnd: 1000 });
  });
});
