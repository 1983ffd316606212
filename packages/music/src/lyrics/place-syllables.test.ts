import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.ts';
import { isStrongBeat, metricWeight } from './meter.ts';
import { parseLyrics } from './parse-lyrics.ts';
import { barsNeeded, placeSyllables, type LineSlot } from './place-syllables.ts';
import type { LyricLine, PlacedSyllable } from './types.ts';

const lyric = `[Verse]
I saw you standing in the rain
Your eyes were calling out my name
The city lights are fading into grey
And every single night I wonder where you are tonight my love
[Chorus]
Oh baby
We keep on dancing in the rain
Remember me tomorrow
Walking down the road alone`;

const lines: LyricLine[] = parseLyrics(lyric).sections.flatMap((s) => s.lines);

function line(text: string): LyricLine {
  const found = parseLyrics(text).sections[0]?.lines[0];
  if (found === undefined) throw new Error(`no line in ${text}`);
  return found;
}

function expectWellFormed(notes: PlacedSyllable[], target: LyricLine, slot: LineSlot): void {
  const end = slot.startBeat + slot.bars * slot.beatsPerBar;
  const sung = notes.filter((n) => n.syllable.text !== '');
  expect(sung.map((n) => n.syllable.text)).toEqual(target.words.flatMap((w) => w.syllables.map((s) => s.text)));
  notes.forEach((note, i) => {
    expect(note.startBeat).toBeGreaterThanOrEqual(slot.startBeat);
    expect(note.startBeat + note.durationBeats).toBeLessThanOrEqual(end + 1e-9);
    expect(note.durationBeats).toBeGreaterThanOrEqual(0.25);
    expect((note.startBeat * 4) % 1).toBe(0);
    const next = notes[i + 1];
    if (next !== undefined) expect(note.startBeat + note.durationBeats).toBeLessThanOrEqual(next.startBeat + 1e-9);
    if (note.syllable.text === '') expect(notes[i - 1]?.syllable.wordIndex).toBe(note.syllable.wordIndex);
  });
}

describe('placeSyllables', () => {
  it('sings every syllable once, in order, inside the slot, without overlaps', () => {
    lines.forEach((target, i) => {
      for (const beatsPerBar of [4, 3]) {
        const slot = { startBeat: 32 + i * 8, bars: Math.max(2, barsNeeded(target, beatsPerBar)), beatsPerBar };
        expectWellFormed(placeSyllables(target, slot, createRng(i)), target, slot);
      }
    });
  });

  it('puts stressed syllables on the strong beats of 4/4 and of 6/8', () => {
    // 6/8 has two pulses per bar against four beats in 4/4, so tight lines miss a few more.
    for (const [beatsPerBar, onBeatShare, strongShare] of [[4, 0.95, 0.8], [3, 0.85, 0.85]] as const) {
      let stressed = 0;
      let onBeat = 0;
      let strong = 0;
      lines.forEach((target, i) => {
        const slot = { startBeat: 0, bars: Math.max(2, barsNeeded(target, beatsPerBar)), beatsPerBar };
        for (const note of placeSyllables(target, slot, createRng(i))) {
          if (!note.syllable.stressed || note.syllable.text === '') continue;
          const inBar = note.startBeat % beatsPerBar;
          stressed++;
          if (metricWeight(inBar, beatsPerBar, beatsPerBar === 3) >= 2) onBeat++;
          if (isStrongBeat(inBar, beatsPerBar, beatsPerBar === 3)) strong++;
        }
      });
      expect(onBeat / stressed).toBeGreaterThanOrEqual(onBeatShare);
      expect(strong / stressed).toBeGreaterThanOrEqual(strongShare);
    }
  });

  it('puts every stress of an alternating line on beat 1 or 3', () => {
    const target = line('Walking down the road alone');
    const notes = placeSyllables(target, { startBeat: 8, bars: 2, beatsPerBar: 4 }, createRng(1), { melisma: false });
    const stressedBeats = notes.filter((n) => n.syllable.stressed).map((n) => (n.startBeat - 8) % 4);
    expect(stressedBeats).toHaveLength(4);
    expect(stressedBeats.every((b) => b === 0 || b === 2)).toBe(true);
  });

  it('holds the last syllable and leaves a breath before the slot ends', () => {
    const target = line('I saw you standing in the rain');
    const notes = placeSyllables(target, { startBeat: 0, bars: 2, beatsPerBar: 4 }, createRng(3), { melisma: false });
    const last = notes.at(-1) as PlacedSyllable;
    expect(last.durationBeats).toBeGreaterThanOrEqual(1);
    expect(last.startBeat + last.durationBeats).toBeLessThanOrEqual(7.5);
  });

  it('adds melismas to a sparse line and numbers words from the given index', () => {
    const notes = placeSyllables(line('Oh baby'), { startBeat: 0, bars: 2, beatsPerBar: 4 }, createRng(5), { firstWordIndex: 40 });
    expect(notes.some((n) => n.syllable.text === '')).toBe(true);
    expect(notes.filter((n) => n.syllable.text !== '').map((n) => [n.syllable.wordIndex, n.syllable.syllableIndex])).toEqual([[40, 0], [41, 0], [41, 1]]);
  });

  it('goes down to sixteenths for a fast line and no further; refuses a line that cannot fit', () => {
    const fast = line('and every single night I wonder where you are');
    const slot = { startBeat: 0, bars: 1, beatsPerBar: 4 };
    const notes = placeSyllables(fast, slot, createRng(2));
    expectWellFormed(notes, fast, slot);
    expect(Math.min(...notes.map((n) => n.durationBeats))).toBe(0.25);
    const tooLong = line('and every single night I wonder where you are tonight my love, my darling');
    expect(() => placeSyllables(tooLong, slot, createRng(2))).toThrow(RangeError);
    const bars = barsNeeded(tooLong, 4);
    expect(bars).toBeGreaterThanOrEqual(3);
    expectWellFormed(placeSyllables(tooLong, { ...slot, bars }, createRng(2)), tooLong, { ...slot, bars });
  });

  it('is deterministic for a seed and returns nothing for an empty line', () => {
    const target = lines[0] as LyricLine;
    const slot = { startBeat: 0, bars: 2, beatsPerBar: 4 };
    expect(placeSyllables(target, slot, createRng(9))).toEqual(placeSyllables(target, slot, createRng(9)));
    expect(placeSyllables({ ...target, words: [] }, slot, createRng(9))).toEqual([]);
  });
});
