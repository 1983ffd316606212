import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeVocalSong, interpretRequest, parseLyrics, type LyricSheet } from '@songloom/music';
import { singPart, vocalStyleFor } from '@songloom/audio';
import { speakLines } from '../../testing/speak-lines.ts';
import { normaliseWord, recogniseWords, wordsRecovered } from '../../testing/recognise-words.ts';
import { createEspeakSynth, type EspeakPhonemeSynth } from './espeak-phoneme-synth.ts';

const LYRICS = `[Verse]
I walk along the river road
The morning light is on the water
I carry every word you told
And every mile is getting shorter

[Chorus]
Sing it loud and let it go
Hold the line and never fall`;

function sheetLines(sheet: LyricSheet): string[][] {
  return sheet.sections.flatMap((s) => s.lines.map((l) => l.words.map((w) => w.text)));
}

describe('sung words are understood (pocketsphinx with the lyrics as language model)', () => {
  let synth: EspeakPhonemeSynth;
  beforeAll(async () => {
    synth = await createEspeakSynth();
  });
  afterAll(async () => {
    await synth.close();
  });

  for (const gender of ['m', 'f'] as const) {
    it(`recovers the words of a rock song's lead vocal, ${gender === 'm' ? 'male' : 'female'}`, async () => {
      const sheet = parseLyrics(LYRICS);
      const brief = { ...interpretRequest({ customMode: true, instrumental: false, model: 'V4_5', style: 'driving rock, 140 bpm', vocalGender: gender, maxSeconds: 240 }, 3), vocalGender: gender };
      const score = composeVocalSong(brief, sheet, 3);
      const lead = score.parts.find((p) => p.role === 'vocal');
      if (lead === undefined) throw new Error('no lead vocal');
      const sung = await singPart(lead, { tempo: score.tempo, language: 'en', voice: gender, synth, style: vocalStyleFor(brief.genre), seed: 3 });
      const lines = sheetLines(sheet);
      const reference = sung.words.map((w) => normaliseWord(w.word));
      const sungShare = wordsRecovered(reference, await recogniseWords(sung.audio, 44100, lines));
      const spokenShare = wordsRecovered(lines.flat().map(normaliseWord), await recogniseWords(await speakLines(synth, lines, gender), 22050, lines));
      console.log(`intelligibility ${gender}: sung ${(100 * sungShare).toFixed(0)} %, spoken ${(100 * spokenShare).toFixed(0)} %, ratio ${(sungShare / spokenShare).toFixed(2)}`);
      expect(spokenShare).toBeGreaterThanOrEqual(0.6);
      expect(sungShare).toBeGreaterThanOrEqual(0.45);
    }, 240_000);
  }
});
