import { validateGenerateRequest } from '@songloom/contract';
import { composeVocalSong, createRng, lyricWordsTimeline, type Rng } from '@songloom/music';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEspeakSynth, type EspeakPhonemeSynth } from '../adapters/espeak/espeak-phoneme-synth.ts';
import type { TaskRequest } from '../domain/task.ts';
import { makeTask } from '../testing/fixtures.ts';
import { briefOf } from './music-request.ts';
import { sungLyrics } from './track-stages.ts';
import { singVocals } from './vocal-stage.ts';

/**
 * Pieces of hostile lyric sheets. Sizes stay moderate (sheets up to 800 characters) to keep the test
 * quick: the syllable placer's time grows steeply with a line's length (a 200-word line takes seconds).
 */
/** Pieces of hostile lyric sheets: numbers, symbols, emoji, scripts, very long words, empty lines, controls. */
const PIECES: Array<(rng: Rng) => string> = [
  (r) => String(r.int(1, 9)) + '0'.repeat(r.int(4, 30)),
  (r) => String(r.int(10_000, 2 ** 31)),
  (r) => `${r.int(1, 99)},${r.int(100, 999)},000`,
  (r) => `-${r.int(0, 99_999)}.${r.int(0, 99)}`,
  () => '1e308', () => '00000', () => '٣٤٥', () => '１２３４５', () => '3am', () => '$1,000,000',
  () => '#$%^&*@!~`|\\<>{}', () => '&amp;<b>', () => ']]', () => '[[x]]', () => '...', () => '---', () => "'''", () => '"', () => '(((', () => ')))', () => '[', () => '[[]]',
  () => '😀', () => '👩‍👩‍👧‍👦', () => '👍🏽', () => '🇫🇷', () => '❤️❤️❤️',
  () => 'привет мир', () => 'γειά σου', () => 'مرحبا بالعالم', () => 'שלום', () => 'नमस्ते', () => 'สวัสดี', () => '你好世界', () => '안녕하세요', () => 'こんにちは',
  () => 'canción del corazón', () => 'l’été où', () => 'Straße über', () => 'perché',
  (r) => 'a'.repeat(r.int(25, 400)), (r) => 'ab'.repeat(r.int(13, 200)), (r) => 'strengths'.repeat(r.int(3, 40)),
  () => '\n', () => '\n\n\n\n', () => '\t', () => '\u00a0', () => '\u200b', () => '\u200f', () => 'e\u0301\u0301\u0301', () => 'we\u0000run', () => '\u0007', () => '\r\n',
  () => 'love', () => 'night', () => 'we run', () => '[Chorus]', () => '[Verse]', () => '(ooh)', () => 'rhythm', () => 'I', () => "'cause",
];

function hostileSheet(rng: Rng): string {
  let text = '';
  for (let i = rng.int(1, 30); i > 0; i--) text += rng.pick(PIECES)(rng) + rng.pick([' ', '\n', '\n', '']);
  return text.slice(0, rng.int(1, 800));
}

/** Something a singer could voice: a letter or digit outside the [section tags]. */
const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text.replace(/\[[^\]]*\]/g, ' '));

let synth: EspeakPhonemeSynth;
beforeAll(async () => {
  synth = await createEspeakSynth();
});
afterAll(() => synth.close());

describe('the text path, property-tested', () => {
  it('sings every lyric sheet the validator accepts: numbers, symbols, emoji, scripts, very long words, empty lines', async () => {
    const rng = createRng(16);
    const wordsByLanguage = new Map<string, Set<string>>();
    const hardest: Array<{ request: TaskRequest; seed: number }> = [];
    let accepted = 0;
    for (let n = 0; n < 60; n++) {
      const prompt = hostileSheet(rng);
      const checked = validateGenerateRequest({ customMode: true, instrumental: false, model: 'V4_5', style: 'pop', title: 'Fuzz', prompt, duration: 10 });
      if (!checked.ok) continue;
      accepted++;
      const task = makeTask('key', { request: checked.value as TaskRequest, seed: n });
      const sheet = sungLyrics(task, { prompt });
      if (!hasWords(prompt)) continue;
      expect(sheet, JSON.stringify(prompt.slice(0, 200))).not.toBeNull();
      const score = composeVocalSong(briefOf(task), sheet!, n);
      const sung = lyricWordsTimeline(score);
      expect(sung.length, JSON.stringify(prompt.slice(0, 200))).toBeGreaterThan(0);
      const words = wordsByLanguage.get(sheet!.language) ?? new Set<string>();
      for (const w of sung) words.add(w.word);
      wordsByLanguage.set(sheet!.language, words);
      if (/\d{5}/.test(prompt) && hardest.length < 2) hardest.push({ request: checked.value as TaskRequest, seed: n });
    }
    expect(accepted).toBeGreaterThan(40);
    for (const [language, words] of wordsByLanguage) {
      const list = [...words];
      const phonemes = await synth.phonemize(list, language as never);
      const silent = list.filter((_, i) => (phonemes[i] ?? []).length === 0);
      expect(silent, `${language} words espeak cannot say`).toEqual([]);
    }
    // Two sheets with five-digit numbers and long words, sung end to end through espeak.
    expect(hardest).toHaveLength(2);
    for (const { request, seed } of hardest) {
      const task = makeTask('key', { request, seed });
      const sheet = sungLyrics(task, { prompt: request.prompt ?? '' })!;
      const score = composeVocalSong(briefOf(task), sheet, seed);
      const vocals = await singVocals(score, synth, { language: sheet.language, gender: 'f' }, 44_100 * 12);
      const peak = vocals!.stem.left.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      expect(peak).toBeGreaterThan(0.01);
      expect(vocals!.words.length).toBeGreaterThan(0);
    }
  }, 120_000);
});
