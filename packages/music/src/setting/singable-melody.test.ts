import { describe, expect, it } from 'vitest';
import { parseLyrics } from '../lyrics/parse-lyrics.ts';
import { writeLyrics } from '../lyrics/write/write-lyrics.ts';
import type { NoteEvent, Score, ScoreSection } from '../score.ts';
import { composeVocalSong } from './compose-vocal-song.ts';
import { notesIn, vocalBrief } from './test-helpers.ts';
import { leadVocalNotes, vocalLineStats } from './vocal-line-stats.ts';
import { SINGABLE_RANGES } from './voice-ranges.ts';

const STYLES = ['pop', 'rock', 'folk', 'country', 'rnb', 'synthwave', 'jazz', 'hip hop', 'latin', 'waltz', 'lo-fi', 'blues', 'metal', 'house', 'reggae', 'funk', 'ambient', 'cinematic', 'classical', 'pop ballad'];
const PROMPTS = ['a song about my dog', 'angry song about the government', 'sad song about the rain', 'love song for my wife', 'summer party at the beach'];

interface Song {
  style: string;
  gender: 'm' | 'f';
  score: Score;
}

const songs: Song[] = STYLES.map((style, i) => {
  const gender = i % 2 === 0 ? 'm' : 'f';
  const written = writeLyrics({ description: PROMPTS[i % PROMPTS.length] ?? '', genre: style }, i + 1);
  return { style, gender, score: composeVocalSong(vocalBrief(style, written.text, { vocalGender: gender }), parseLyrics(written.text), i + 7) };
});

/** Phrases of a section's lead: runs of notes split at rests of half a beat or more. */
function phrases(notes: readonly NoteEvent[]): NoteEvent[][] {
  const out: NoteEvent[][] = [];
  notes.forEach((note, i) => {
    const previous = notes[i - 1];
    if (previous === undefined || note.startBeat - (previous.startBeat + previous.durationBeats) >= 0.45) out.push([]);
    out[out.length - 1]?.push(note);
  });
  return out;
}

const rhythm = (phrase: readonly NoteEvent[]): string => phrase.map((n) => ((n.startBeat - (phrase[0]?.startBeat ?? 0)) * 4).toFixed(0)).join(',');
const tune = (phrase: readonly NoteEvent[]): string => phrase.map((n) => n.pitch).join(',');
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function sectionNotes(score: Score, kind: string): { section: ScoreSection; notes: NoteEvent[] }[] {
  const lead = leadVocalNotes(score);
  return score.sections.filter((s) => s.kind === kind).map((section) => ({ section, notes: notesIn(score, section, lead) })).filter((s) => s.notes.length > 0);
}

describe('vocal lines over 20 vocal scores', () => {
  it.each(songs.map((s) => [s.style, s] as const))('%s: steps, small leaps, no tritone, a narrow range inside the voice', (_, { score, gender }) => {
    const stats = vocalLineStats(leadVocalNotes(score), score.beatsPerBar);
    expect(stats.notes).toBeGreaterThan(100);
    expect(stats.stepsAndRepeats).toBeGreaterThanOrEqual(0.65);
    expect(stats.leapsOverFourth).toBeLessThanOrEqual(0.06);
    expect(stats.tritoneLeaps).toBe(0);
    expect(stats.rangeSemitones).toBeLessThanOrEqual(14);
    expect(stats.low).toBeGreaterThanOrEqual(SINGABLE_RANGES[gender].low + 2);
    expect(stats.high).toBeLessThanOrEqual(SINGABLE_RANGES[gender].high - 2);
  });

  it('breathes: no sung stretch longer than 8 s without a rest of half a beat', () => {
    for (const { score, style } of songs) {
      const longest = Math.max(...phrases(leadVocalNotes(score)).map((p) => {
        const last = p[p.length - 1] as NoteEvent;
        return ((last.startBeat + last.durationBeats - (p[0]?.startBeat ?? 0)) * 60) / score.tempo;
      }));
      expect(longest, style).toBeLessThanOrEqual(8);
    }
  });

  it('sings the chorus higher than the verse (by 3 semitones on average), every chorus to the same tune', () => {
    const lifts: number[] = [];
    for (const { score, style } of songs) {
      const verses = sectionNotes(score, 'verse');
      const choruses = sectionNotes(score, 'chorus');
      expect(choruses.length, style).toBeGreaterThanOrEqual(2);
      const lift = mean(choruses.flatMap((c) => c.notes.map((n) => n.pitch))) - mean(verses.flatMap((v) => v.notes.map((n) => n.pitch)));
      lifts.push(lift);
      expect(lift, style).toBeGreaterThanOrEqual(1);
      const first = choruses[0]?.notes ?? [];
      for (const chorus of choruses.slice(1)) {
        if (chorus.notes.length !== first.length) continue; // a chorus cut short by the song's length
        expect(tune(chorus.notes), style).toBe(tune(first));
        expect(rhythm(chorus.notes), style).toBe(rhythm(first));
      }
    }
    expect(mean(lifts)).toBeGreaterThanOrEqual(3);
  });

  it('makes the hook the chorus phrase that repeats, with a rhythm no verse line has', () => {
    for (const { score, style } of songs) {
      const chorus = sectionNotes(score, 'chorus')[0]?.notes ?? [];
      const counts = new Map<string, number>();
      for (const phrase of phrases(chorus)) counts.set(`${tune(phrase)}|${rhythm(phrase)}`, (counts.get(`${tune(phrase)}|${rhythm(phrase)}`) ?? 0) + 1);
      const [hook, times] = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
      expect(times, style).toBeGreaterThanOrEqual(2);
      const verseRhythms = new Set(sectionNotes(score, 'verse').flatMap((v) => phrases(v.notes).map(rhythm)));
      expect(verseRhythms.has(hook.split('|')[1] ?? ''), style).toBe(false);
    }
  });
});
