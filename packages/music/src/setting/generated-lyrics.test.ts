import { describe, expect, it } from 'vitest';
import { parseLyrics } from '../lyrics/parse-lyrics.ts';
import { writeLyrics } from '../lyrics/write/write-lyrics.ts';
import { composeVocalSong, vocalForm } from './compose-vocal-song.ts';
import { notesOf, settingWords, sheetWords, vocalBrief } from './test-helpers.ts';
import { lyricWordsTimeline } from './words-timeline.ts';

const REQUESTS = [
  { description: 'a sad song about rain in the city at night', style: 'melancholic indie rock' },
  { description: 'upbeat summer party anthem', style: 'upbeat pop, female vocals' },
  { description: 'country song about a dusty road home', style: 'country with banjo, male vocals' },
  { description: 'lullaby for my daughter', style: 'acoustic folk in 3/4' },
  { description: 'neon city lights synthwave drive', style: 'dark synthwave in A minor' },
];

describe('composeVocalSong with written lyrics', () => {
  it.each(REQUESTS)('sings every word of "$description"', ({ description, style }) => {
    const written = writeLyrics({ description }, 11);
    const sheet = parseLyrics(written.text);
    const brief = vocalBrief(style, written.text);
    const score = composeVocalSong(brief, sheet, 5);
    const timeline = lyricWordsTimeline(score);
    const sung = settingWords(vocalForm(brief, sheet));
    expect(timeline.map((w) => w.word)).toEqual(sung);
    expect(new Set(sung)).toEqual(new Set(sheetWords(sheet)));
    expect(notesOf(score, 'vocal').length).toBeGreaterThan(50);
    expect(score.durationSeconds + score.tailSeconds).toBeLessThanOrEqual(480);
  });

  it('composes a three-minute vocal song in under 200 ms', () => {
    const written = writeLyrics({ description: 'hopeful song about rising again after hard times' }, 3);
    const sheet = parseLyrics(written.text);
    const brief = vocalBrief('pop rock, 96 bpm', written.text);
    composeVocalSong(brief, sheet, 1);
    const times: number[] = [];
    let seconds = 0;
    for (const seed of [2, 3, 4]) {
      const start = performance.now();
      seconds = composeVocalSong(brief, sheet, seed).durationSeconds;
      times.push(performance.now() - start);
    }
    expect(seconds).toBeGreaterThanOrEqual(150);
    expect(Math.min(...times)).toBeLessThan(200);
  });
});
