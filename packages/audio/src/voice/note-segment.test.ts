import { describe, expect, it } from 'vitest';
import { buildNoteSegment, type NoteSegmentPlan } from './note-segment.ts';
import { trackPitch } from './pitch-track.ts';
import { concat, formantVowel, medianHz, noise } from './synthetic-voice.test-support.ts';
import { centsBetween } from './voice-range.ts';
import { findVowelAnchors } from './vowel-anchors.ts';

const SR = 22050;
/** Non-integer period (106.4 samples) so loop blocks never line up by accident. */
const F0 = 207.3;
/** Head lengths that put the loop seams at different phases of the waveform. */
const HEADS_S = [0.05, 0.052, 0.054, 0.056, 0.058, 0.06];

/** A sung-syllable stand-in: 60 ms of fricative noise, then a vowel that swells, holds with a slow drift in level, and decays. */
function syllable(headS = 0.06): Float32Array {
  const vowel = formantVowel(F0, [{ hz: 650, bandwidthHz: 80 }, { hz: 1100, bandwidthHz: 100 }, { hz: 2600, bandwidthHz: 150 }], 0.26, SR);
  const n = vowel.length;
  const shaped = vowel.map((v, i) => {
    const t = i / SR;
    const swell = Math.min(1, t / 0.03);
    const decay = Math.min(1, (n / SR - t) / 0.06);
    return v * swell * decay * (0.8 + 0.4 * (i / n));
  });
  return concat(noise(Math.round(headS * SR), 0.05, 7), shaped);
}

/** Largest sample-to-sample step in `x[from, to)`. */
function maxStep(x: Float32Array, from = 0, to = x.length): number {
  let m = 0;
  for (let i = from + 1; i < to; i++) m = Math.max(m, Math.abs((x[i] ?? 0) - (x[i - 1] ?? 0)));
  return m;
}

function plan(overrides: Partial<NoteSegmentPlan>, headS?: number): NoteSegmentPlan {
  const render = syllable(headS);
  return { render, anchors: findVowelAnchors(render, SR), sampleRate: SR, pitchHz: F0, length: SR, keepHead: true, keepTail: true, ...overrides };
}

describe('buildNoteSegment', () => {
  const source = syllable();
  const sourceStep = maxStep(source);

  it('holds a vowel for 2 s by looping, with no splice steeper than the source itself', () => {
    // The render's true pitch 2 % off the asked one (espeak rounds its pitch) puts every loop
    // seam 6 samples out of phase: only the crossfade keeps those seams smooth.
    for (const keepTail of [true, false]) {
      for (const pitchHz of [F0, 1.02 * F0]) {
        for (const headS of HEADS_S) {
          const out = buildNoteSegment(plan({ length: 2 * SR, keepTail, pitchHz }, headS));
          expect(out.length).toBe(2 * SR);
          expect(maxStep(out)).toBeLessThan(1.1 * sourceStep);
        }
      }
    }
  });

  it('stays on pitch while held, vibrato included (median within 3 cents)', () => {
    const out = buildNoteSegment(plan({ length: 2 * SR }));
    const median = medianHz(trackPitch(out, SR, { minHz: 80, maxHz: 600 }), 0.2, 1.8);
    expect(Math.abs(centsBetween(median ?? 0, F0))).toBeLessThan(3);
  });

  it('shortens a note shorter than its render without a click and to the exact length', () => {
    for (const pitchHz of [F0, 1.02 * F0]) {
      for (const headS of HEADS_S) {
        const out = buildNoteSegment(plan({ length: Math.round(0.17 * SR), pitchHz }, headS));
        expect(out.length).toBe(Math.round(0.17 * SR));
        expect(maxStep(out)).toBeLessThan(1.1 * sourceStep);
      }
    }
  });

  it('starts a cut head with a fade, not a step', () => {
    const p = plan({ length: SR });
    const skip = Math.round(p.anchors.vowelOnset / 2);
    const out = buildNoteSegment({ ...p, headSkip: skip });
    expect(Math.abs(out[0] ?? 1)).toBeLessThan(1e-6);
    const peak = (from: number, to: number): number => out.subarray(from, to).reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(peak(0, Math.round(0.001 * SR))).toBeLessThan(0.15 * peak(Math.round(0.01 * SR), Math.round(0.02 * SR)));
    expect(out.length).toBe(SR);
  });

  it('glides into a melisma note from the previous pitch and ends on its own pitch', () => {
    const out = buildNoteSegment(plan({ length: Math.round(0.6 * SR), keepHead: false, glideFromHz: F0 * 0.8909 }));
    const frames = trackPitch(out, SR, { minHz: 80, maxHz: 600 });
    const start = medianHz(frames, 0.005, 0.025) ?? 0;
    const held = medianHz(frames, 0.15, 0.5) ?? 0;
    expect(centsBetween(start, F0)).toBeLessThan(-100);
    expect(Math.abs(centsBetween(held, F0))).toBeLessThan(3);
    expect(maxStep(out)).toBeLessThan(1.1 * sourceStep);
  });

  it('shifts a render made a semitone away onto the note pitch', () => {
    for (const semitones of [-1, 1]) {
      const pitchHz = F0 * 2 ** (semitones / 12);
      const out = buildNoteSegment(plan({ length: SR, pitchHz, renderPitchHz: F0 }));
      const median = medianHz(trackPitch(out, SR, { minHz: 80, maxHz: 600 }), 0.2, 0.9);
      expect(Math.abs(centsBetween(median ?? 0, pitchHz))).toBeLessThan(3);
      expect(out.length).toBe(SR);
    }
  });
});
