import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng.ts';
import type { ChordEvent, KeySignature, ScoreSection } from '../../score.ts';
import { chordAt } from '../harmony/chord-at.ts';
import { sectionChords } from '../harmony/section-chords.ts';
import { generateMelody } from './generate-melody.ts';
import { planLeadPhrases } from './lead-rhythm.ts';
import type { PhrasePlan } from './phrase-plan.ts';

const key: KeySignature = { tonic: 0, mode: 'major' };
const section: ScoreSection = { kind: 'chorus', label: 'Chorus', startBeat: 0, bars: 8, energy: 0.8 };
const chords: ChordEvent[] = sectionChords(section, 'I V vi IV', key, 4, false);
const options = { key, range: { low: 60, high: 81 }, register: 0.6 };
const rhythm = { beatsPerBar: 4, compound: false, density: 0.5, noSixteenths: false };

describe('planLeadPhrases', () => {
  it('makes two-bar phrases labelled A B A C, each ending with a breath', () => {
    const plan = planLeadPhrases('chorus', 0, 8, rhythm, createRng(1));
    expect(plan.phrases.map((p) => p.label)).toEqual(['A', 'B', 'A', 'C']);
    for (const phrase of plan.phrases) {
      const last = phrase.slots[phrase.slots.length - 1];
      expect((last?.offset ?? 0) + (last?.durationBeats ?? 0)).toBeLessThanOrEqual(8 - 0.5);
    }
    expect(plan.phrases[0]?.slots).toEqual(plan.phrases[2]?.slots);
  });
});

describe('generateMelody', () => {
  it('puts chord tones on strong slots, moves mostly by step and stays in range', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const plan = planLeadPhrases('chorus', 0, 8, rhythm, createRng(seed));
      const notes = generateMelody(section, chords, plan, createRng(seed), options);
      const slots = plan.phrases.flatMap((p) => p.slots.map((s) => ({ ...s, at: p.startBeat + s.offset })));
      expect(notes.length).toBe(slots.length);
      notes.forEach((note, i) => {
        expect(note.pitch).toBeGreaterThanOrEqual(options.range.low - 2);
        expect(note.pitch).toBeLessThanOrEqual(options.range.high + 2);
        if ((slots[i]?.accent ?? 0) >= 0.7) expect(chordAt(chords, note.startBeat)?.pitchClasses).toContain(note.pitch % 12);
      });
      const leaps = notes.slice(1).filter((n, i) => Math.abs(n.pitch - (notes[i]?.pitch ?? n.pitch)) > 5).length;
      expect(leaps / notes.length).toBeLessThan(0.3);
    }
  });

  it('repeats a labelled motif over the same chords and pitches given syllable rhythms', () => {
    const plan: PhrasePlan = {
      phrases: [0, 8].map((startBeat) => ({
        label: 'A',
        startBeat,
        slots: [0, 1, 1.5, 2, 3].map((offset, i) => ({ offset, durationBeats: i === 4 ? 2 : 0.5, accent: offset % 2 === 0 ? 1 : 0.3 })),
      })),
    };
    const repeated: ChordEvent[] = sectionChords(section, 'I V I V', key, 4, false);
    const notes = generateMelody(section, repeated, plan, createRng(9), options);
    expect(notes.slice(0, 5).map((n) => n.pitch)).toEqual(notes.slice(5).map((n) => n.pitch));
  });
});
