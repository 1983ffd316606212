import { describe, expect, it } from 'vitest';
import { composeSong } from '../compose-song.ts';
import { chordAt } from '../harmony/chord-at.ts';
import { briefFor } from '../test-helpers.ts';

const strokesOf = (notes: readonly { startBeat: number; pitch: number }[]): Map<number, number[]> => {
  const strokes = new Map<number, number[]>();
  for (const note of notes) {
    const at = Math.round(note.startBeat * 4) / 4;
    strokes.set(at, [...(strokes.get(at) ?? []), note.pitch]);
  }
  return strokes;
};

describe('chord and pad voicings', () => {
  it.each(['upbeat pop, piano, drums, bass', 'cinematic, strings, epic', 'synthwave'])('%s: no pitch class doubled in a keyboard or string chord', (style) => {
    const score = composeSong(briefFor(style, { durationSeconds: 60 }), 3);
    const parts = score.parts.filter((p) => p.role === 'pad' || (p.role === 'chords' && (p.program < 24 || p.program > 31)));
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      for (const [beat, pitches] of strokesOf(part.notes)) {
        const chord = chordAt(score.chords, beat + 0.05);
        const classes = new Set(pitches.map((p) => p % 12));
        expect(classes.size, `${part.id} at ${beat}`).toBe(pitches.length);
        expect(pitches.length).toBeLessThanOrEqual(Math.max(3, Math.min(4, chord?.pitchClasses.length ?? 4)));
      }
    }
  });

  it('pop piano eighths: the whole chord on the beats, its top two notes on the off-beats', () => {
    const score = composeSong(briefFor('upbeat pop, piano, drums, bass', { durationSeconds: 60 }), 3);
    const piano = score.parts.find((p) => p.role === 'chords');
    const strokes = [...strokesOf(piano?.notes ?? [])];
    const onBeats = strokes.filter(([beat]) => Number.isInteger(beat));
    const offBeats = strokes.filter(([beat]) => !Number.isInteger(beat));
    expect(offBeats.length).toBeGreaterThan(50);
    expect(offBeats.every(([, pitches]) => pitches.length <= 2)).toBe(true);
    expect(onBeats.filter(([, pitches]) => pitches.length >= 3).length).toBeGreaterThan(onBeats.length * 0.9);
  });
});
