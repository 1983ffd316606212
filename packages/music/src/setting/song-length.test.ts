import { describe, expect, it } from 'vitest';
import { parseLyrics } from '../lyrics/parse-lyrics.ts';
import { writeLyrics } from '../lyrics/write/write-lyrics.ts';
import type { Score } from '../score.ts';
import { composeVocalSong, vocalForm } from './compose-vocal-song.ts';
import { notesOf, settingWords, sheetWords, vocalBrief } from './test-helpers.ts';
import { lyricWordsTimeline } from './words-timeline.ts';

const SHORT: Record<string, string> = {
  es: '[Verso]\nCamino solo por la calle\nLa luna sigue mi canción\n\n[Coro]\nBaila conmigo hasta el alba\nTodo mi amor es para ti',
  fr: "[Couplet]\nJe marche seul dans la ville\nLa lune suit ma chanson\n\n[Refrain]\nDanse avec moi jusqu'au matin\nTout mon amour est pour toi",
  de: '[Strophe]\nIch laufe allein durch die Stadt\nDer Mond folgt meinem Lied\n\n[Refrain]\nTanz mit mir bis zum Morgen\nMeine Liebe gehört dir',
  en: '[Verse]\nI walk alone along the street\nThe moon is following my song\n\n[Chorus]\nDance with me until the dawn\nAll my love belongs to you',
};

const length = (score: Score): number => score.durationSeconds + score.tailSeconds;

/** The timeline sings the fitted form's words in order, each word exactly on its notes, all inside the music. */
function expectExactTimestamps(score: Score, words: readonly string[]): void {
  const timeline = lyricWordsTimeline(score);
  expect(timeline.map((w) => w.word)).toEqual(words);
  const notes = [...notesOf(score, 'vocal'), ...notesOf(score, 'backing')];
  for (const word of timeline) {
    const own = notes.filter((n) => n.lyric?.wordIndex === word.wordIndex);
    expect(word.startBeat).toBe(Math.min(...own.map((n) => n.startBeat)));
    expect(word.endBeat).toBeLessThanOrEqual(score.totalBeats + 1e-9);
  }
  timeline.forEach((w, i) => i > 0 && expect(w.startBeat).toBeGreaterThanOrEqual(timeline[i - 1]?.startBeat ?? 0));
}

describe('vocal songs last the asked duration', () => {
  const cases = [
    ['en', 'upbeat pop', 40],
    ['es', 'latin pop, 100 bpm', 90],
    ['fr', 'chanson, acoustic folk', 150],
    ['de', 'rock, 140 bpm', 200],
    ['en', 'slow soul ballad, 66 bpm', 120],
    ['it', 'italian pop', 75],
  ] as const;

  it.each(cases)('%s %s: %i s within 3 s, every sung word timestamped exactly', (language, style, seconds) => {
    const written = writeLyrics({ description: 'a song about the summer by the sea', language }, 4);
    const sheet = parseLyrics(written.text);
    const brief = vocalBrief(style, written.text, { durationSeconds: seconds });
    const score = composeVocalSong(brief, sheet, 11);
    expect(Math.abs(length(score) - seconds), `${length(score).toFixed(1)} s`).toBeLessThanOrEqual(3);
    expectExactTimestamps(score, settingWords(vocalForm(brief, sheet)));
    expect(notesOf(score, 'vocal').length).toBeGreaterThan(10);
  });

  it.each(Object.keys(SHORT))('%s: short lyrics asked 3 minutes are padded with intro, break, solo and chorus, not stretched', (language) => {
    const sheet = parseLyrics(SHORT[language] ?? '');
    const brief = vocalBrief('pop', SHORT[language] ?? '', { durationSeconds: 180 });
    const score = composeVocalSong(brief, sheet, 2);
    expect(Math.abs(length(score) - 180)).toBeLessThanOrEqual(3);
    const kinds = score.sections.map((s) => s.kind);
    expect(kinds).toContain('instrumental');
    expect(kinds).toContain('solo');
    expect(kinds.filter((k) => k === 'chorus').length).toBeGreaterThanOrEqual(2);
    expectExactTimestamps(score, settingWords(vocalForm(brief, sheet)));
  });
  it('a 10 s song whose only line is longer than the song still sings its first words', () => {
    const text = '[Verse]\nfour zero zero zero zero zero zero zero zero zero\nnight';
    const sheet = parseLyrics(text);
    const brief = vocalBrief('pop', text, { durationSeconds: 10 });
    const score = composeVocalSong(brief, sheet, 5);
    expect(Math.abs(length(score) - 10)).toBeLessThanOrEqual(3);
    expect(lyricWordsTimeline(score).map((w) => w.word).slice(0, 2)).toEqual(['four', 'zero']);
  });
});

describe('vocal songs without a duration', () => {
  it.each(['es', 'fr', 'de'])('%s: short lyrics still last at least 90 s, each word sung once', (language) => {
    const sheet = parseLyrics(SHORT[language] ?? '');
    const brief = vocalBrief('pop', SHORT[language] ?? '');
    const score = composeVocalSong(brief, sheet, 5);
    expect(length(score)).toBeGreaterThanOrEqual(90);
    expect(length(score)).toBeLessThanOrEqual(240);
    expectExactTimestamps(score, sheetWords(sheet));
  });

  it('gives written lyrics the genre’s length: 2–4 minutes', () => {
    for (const [style, description] of [['folk', 'a walk by the river'], ['house', 'dance all night'], ['metal', 'angry song about war'], ['ambient', 'calm ocean']] as const) {
      const written = writeLyrics({ description, genre: style }, 8);
      const score = composeVocalSong(vocalBrief(style, written.text), parseLyrics(written.text), 8);
      expect(length(score), style).toBeGreaterThanOrEqual(120);
      expect(length(score), style).toBeLessThanOrEqual(243);
    }
  });
});
