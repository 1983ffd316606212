import { describe, expect, it } from 'vitest';
import type { NoteEvent, Part, ScoreSection } from '@songloom/music';
import { repeatedStretches } from './repeated-stretches.ts';

const note = (startBeat: number, pitch: number, word: string, wordIndex: number): NoteEvent => ({
  pitch,
  startBeat,
  durationBeats: 1,
  velocity: 90,
  lyric: { text: word, word, wordIndex, syllableIndex: 0, stressed: true },
});
const section = (kind: ScoreSection['kind'], startBeat: number): ScoreSection => ({ kind, label: kind, startBeat, bars: 2, energy: 0.5 });
const part = (notes: NoteEvent[]): Part => ({ id: 'b', role: 'backing-vocal', name: 'Backing', program: 0, isDrums: false, volume: 100, pan: 64, reverb: 0, chorus: 0, notes });

describe('repeatedStretches', () => {
  const sections = [section('verse', 0), section('chorus', 8), section('verse', 16), section('chorus', 24), section('chorus', 32)];

  it('sings a chorus once for every place it repeats, whichever words of the song it sings and however loud', () => {
    const chorus = (at: number, firstWord: number): NoteEvent[] => [note(at, 64, 'stay', firstWord), { ...note(at + 2, 67, 'with', firstWord + 1), velocity: 80 + firstWord }];
    const stretches = repeatedStretches(part([...chorus(8, 0), ...chorus(24, 2), ...chorus(32, 4)]), sections, 4);
    expect(stretches).toHaveLength(1);
    expect(stretches[0]!.startBeats).toEqual([8, 24, 32]);
    expect(stretches[0]!.notes.map((n) => [n.startBeat, n.pitch])).toEqual([[0, 64], [2, 67]]);
  });

  it('keeps sections apart when a note, a word or a timing differs', () => {
    const notes = [note(8, 64, 'stay', 0), note(24, 65, 'stay', 1), note(32, 64, 'go', 2), note(41, 64, 'stay', 3)];
    const stretches = repeatedStretches(part(notes), sections, 4);
    expect(stretches.map((s) => s.startBeats)).toEqual([[8], [24], [32]]);
    expect(stretches.flatMap((s) => s.notes)).toHaveLength(4);
  });

  it('loses no note: notes before the first section and after the last one are kept', () => {
    const notes = [note(0, 60, 'a', 0), note(8, 62, 'b', 1), note(50, 64, 'c', 2)];
    const stretches = repeatedStretches(part(notes), [section('verse', 4), section('chorus', 8)], 4);
    const placed = stretches.flatMap((s) => s.startBeats.flatMap((start) => s.notes.map((n) => n.startBeat + start))).sort((a, b) => a - b);
    expect(placed).toEqual([0, 8, 50]);
  });
});
