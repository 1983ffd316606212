import { describe, expect, it } from 'vitest';
import type { NoteEvent } from '@songloom/music';
import { syllableStarts } from './syllable-timing.ts';

const SR = 1000;
const note = (startBeat: number, durationBeats: number): NoteEvent => ({ pitch: 60, startBeat, durationBeats, velocity: 90 });

describe('syllableStarts', () => {
  it('leads consonants in before the beat so the vowel lands on it', () => {
    const starts = syllableStarts([{ notes: [note(0, 1)] }, { notes: [note(2, 1)] }], [{ onset: 0, shift: 1 }, { onset: 100, shift: 1 }], SR, 0.5);
    expect(starts[1]).toEqual({ at: 900, skip: 0 });
  });

  it('leads in by at most 150 ms and 20 % of a previous note it overlaps, cutting the consonant start instead', () => {
    // Previous note: beat 0-0.5 (250 ms), so at most 50 ms of lead-in before beat 0.5.
    const starts = syllableStarts([{ notes: [note(0, 0.5)] }, { notes: [note(0.5, 1)] }], [undefined, { onset: 120, shift: 1.05 }], SR, 0.5);
    expect(starts[1]?.at).toBe(200);
    expect(starts[1]?.skip).toBe(Math.round(70 * 1.05));
    const long = syllableStarts([{ notes: [note(0, 1)] }, { notes: [note(4, 1)] }], [undefined, { onset: 300, shift: 1 }], SR, 0.5);
    expect(long[1]).toEqual({ at: 1850, skip: 150 });
  });

  it('keeps 40 ms of consonant on the very first beat, the vowel coming that much late', () => {
    expect(syllableStarts([{ notes: [note(0, 1)] }], [{ onset: 100, shift: 1 }], SR, 0.5)[0]).toEqual({ at: 0, skip: 60 });
  });
});
