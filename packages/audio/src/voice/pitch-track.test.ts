import { describe, expect, it } from 'vitest';
import { trackPitch } from './pitch-track.ts';
import { concat, formantVowel, harmonics, medianHz, mix, noise, sine } from './synthetic-voice.test-support.ts';
import { centsBetween, midiToHz } from './voice-range.ts';

const OPTS = { minHz: 60, maxHz: 1000 } as const;

function centsOff(x: Float32Array, sr: number, hz: number, fromS: number, toS: number): number {
  const median = medianHz(trackPitch(x, sr, OPTS), fromS, toS);
  return median === null ? Infinity : Math.abs(centsBetween(median, hz));
}

describe('trackPitch (YIN)', () => {
  it('reads pure sines within 1 cent across the voice range, at 22.05 and 44.1 kHz', () => {
    for (const sr of [22050, 44100]) {
      for (const hz of [87.3, 130.8, 196, 329.6, 523.3, 659.3]) expect(centsOff(sine(hz, 0.4, sr), sr, hz, 0.05, 0.35)).toBeLessThan(1);
    }
  });

  it('reads a line of 150 ms notes, each within 5 cents over 20-90 % of the note', () => {
    const sr = 44100;
    const pitches = [57, 64, 60, 69, 52, 67, 62, 72];
    const line = concat(...pitches.map((p) => formantVowel(midiToHz(p), [{ hz: 700, bandwidthHz: 90 }, { hz: 1200, bandwidthHz: 110 }], 0.15, sr)));
    const frames = trackPitch(line, sr, OPTS);
    pitches.forEach((p, k) => {
      const median = medianHz(frames, 0.15 * k + 0.03, 0.15 * k + 0.135);
      expect(median).not.toBeNull();
      expect(Math.abs(centsBetween(median ?? 0, midiToHz(p)))).toBeLessThan(5);
    });
  });

  it('does not take a sub-period dip from strong high harmonics for the period (the espeak "i:" trap)', () => {
    // Harmonics 14-17 of 220 Hz dominate, as F3 does in espeak's German "i:": plain first-dip
    // YIN reads 235 Hz here (lag 0.94 periods).
    for (const sr of [22050, 44100]) {
      const x = harmonics(220, [0.3, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.6, 1, 0.8, 0.3], 0.5, sr);
      expect(centsOff(x, sr, 220, 0.05, 0.45)).toBeLessThan(2);
    }
  });

  it('stays on the fundamental when the second harmonic dominates (no octave up)', () => {
    const sr = 44100;
    const x = harmonics(150, [0.15, 1, 0.6, 0.3], 0.4, sr);
    expect(centsOff(x, sr, 150, 0.05, 0.35)).toBeLessThan(2);
  });

  it('stays on the period in noise and with alternating periods (no octave down)', () => {
    const sr = 44100;
    const vowel = formantVowel(196, [{ hz: 500, bandwidthHz: 80 }, { hz: 1500, bandwidthHz: 120 }], 0.5, sr);
    expect(centsOff(mix(vowel, noise(vowel.length, 0.08)), sr, 196, 0.05, 0.45)).toBeLessThan(5);
    const alternating = vowel.map((v, i) => v * (1 + 0.08 * Math.sign(Math.sin((Math.PI * 196 * i) / sr))));
    expect(centsOff(alternating, sr, 196, 0.05, 0.45)).toBeLessThan(5);
  });

  it('marks silence and noise unvoiced', () => {
    const sr = 22050;
    const frames = trackPitch(concat(new Float32Array(sr / 5), noise(sr / 5, 0.3)), sr, OPTS);
    expect(frames.length).toBeGreaterThan(20);
    expect(frames.filter((f) => f.hz !== null).length / frames.length).toBeLessThan(0.1);
  });
});
