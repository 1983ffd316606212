import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Part } from '@songloom/music';
import { singPart, type SingingLanguage, type VoiceGender } from '@songloom/audio';
import { findEspeakCli } from './cli-runner.ts';
import { createEspeakSynth, type EspeakPhonemeSynth } from './espeak-phoneme-synth.ts';
import { noteErrorsCents, onsetNear, vocalPart, type PhraseWord } from './sung-phrase.test-support.ts';

const TEMPO = 120;
const BEAT_S = 60 / TEMPO;
const SR = 44100;

/** 11 notes with a melisma ("a-long" on 3 notes) and a squeezed eighth note ("with"). */
const PHRASE: PhraseWord[] = [
  ['hel-lo', [60, 64], 1], ['world', [67], 1], ['sing', [64], 0.5], ['a-long', [62, 60, 62], 1.5],
  ['with', [64], 0.5], ['me', [67], 1], ['to-night', [65, 64], 1.5],
];

function phraseIn(text: string, base: number): PhraseWord[] {
  return text.split(' ').map((w, i) => [w, w.split('-').map((_, k) => base + ((i + 2 * k) % 5)), w.split('-').length]);
}

/** Sings `part` and checks pitch (>= 95 % of notes within 25 cents), word onsets (50 ms) and length. */
async function expectSungWell(synth: EspeakPhonemeSynth, part: Part, language: SingingLanguage, voice: VoiceGender, words: string[]): Promise<void> {
  const { audio, words: sung } = await singPart(part, { tempo: TEMPO, language, voice, synth });
  const endS = part.notes.reduce((m, n) => Math.max(m, (n.startBeat + n.durationBeats) * BEAT_S), 0);
  expect(audio.length).toBe(Math.round(endS * SR));
  const errors = noteErrorsCents(audio, SR, part, BEAT_S);
  expect(errors.filter((e) => e <= 25).length / errors.length, `cents per note: ${errors.map((e) => e.toFixed(0)).join(' ')}`).toBeGreaterThanOrEqual(0.95);
  expect(sung.map((w) => w.word)).toEqual(words);
  for (const w of sung.slice(1)) expect(Math.abs(onsetNear(audio, SR, w.startS) - w.startS), w.word).toBeLessThan(0.05);
  const peak = audio.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  expect(peak).toBeGreaterThan(0.05);
  expect(peak).toBeLessThan(1);
}

const ENGLISH_WORDS = ['hello', 'world', 'sing', 'along', 'with', 'me', 'tonight'];

describe('singing with espeak-ng (npm WASM build)', () => {
  let synth: EspeakPhonemeSynth;
  beforeAll(async () => {
    synth = await createEspeakSynth({ useCli: false });
  });
  afterAll(async () => {
    await synth.close();
  });

  it('sings an English phrase on pitch and on time, male (C3-G3)', async () => {
    await expectSungWell(synth, vocalPart(PHRASE.map(([w, p, b]) => [w, p.map((x) => x - 12), b])), 'en', 'm', ENGLISH_WORDS);
  });

  it('sings an English phrase on pitch and on time, female (C4-G4)', async () => {
    await expectSungWell(synth, vocalPart(PHRASE), 'en', 'f', ENGLISH_WORDS);
  });

  for (const [language, text, base] of [
    ['es', 'can-ta-mos la no-che', 57],
    ['de', 'wir sin-gen heu-te', 57],
    ['fr', 'chan-tons la nuit blan-che', 55],
  ] as Array<[SingingLanguage, string, number]>) {
    it(`sings ${language} with its own voice`, async () => {
      const spec = phraseIn(text, base);
      await expectSungWell(synth, vocalPart(spec), language, 'm', spec.map(([w]) => w.replaceAll('-', '')));
    });
  }
});

const cli = await findEspeakCli();

describe('choosing the espeak-ng program', () => {
  it(`uses the CLI exactly when it is on PATH (here: ${cli ? 'installed' : 'absent'}) and sings the phrase with it`, async () => {
    const synth = await createEspeakSynth();
    try {
      expect(synth.program).toBe(cli ? 'cli' : 'wasm');
      await expectSungWell(synth, vocalPart(PHRASE.map(([w, p, b]) => [w, p.map((x) => x - 12), b])), 'en', 'm', ENGLISH_WORDS);
      await expectSungWell(synth, vocalPart(PHRASE), 'en', 'f', ENGLISH_WORDS);
    } finally {
      await synth.close();
    }
  });
});
