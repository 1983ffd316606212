import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centsBetween, midiToHz, singPart, trackPitch, vocalStyleFor } from '@songloom/audio';
import { energyAbove as stereoEnergyAbove } from '../../../../audio/src/analysis/song-measures.ts';
import { createEspeakSynth, type EspeakPhonemeSynth } from './espeak-phoneme-synth.ts';
import { vocalPart, type PhraseWord } from './sung-phrase.test-support.ts';

const TEMPO = 90;
const BEAT_S = 60 / TEMPO;
const SR = 44100;
/** A ballad line: long held notes (2-3 beats = 1.3-2 s), a rest, and a leap up after it. */
const LINE: PhraseWord[] = [
  ['hold', [57], 2], ['me', [60], 1], ['close', [62], 3], ['to-night', [60, 57], 2],
];

function centsTrack(audio: Float32Array, fromS: number, toS: number, hz: number): number[] {
  const frames = trackPitch(audio, SR, { minHz: 80, maxHz: 900, hopS: 0.005 });
  return frames.filter((f) => f.timeS >= fromS && f.timeS <= toS && f.hz !== null).map((f) => centsBetween(f.hz ?? 0, hz));
}

/** The strongest periodicity of a cents track between 3 and 9 Hz, by autocorrelation. */
function dominantRateHz(cents: readonly number[], hopS: number): number {
  const mean = cents.reduce((a, c) => a + c, 0) / cents.length;
  const x = cents.map((c) => c - mean);
  let best = 0;
  let bestLag = 1;
  for (let lag = Math.round(1 / 9 / hopS); lag <= Math.round(1 / 3 / hopS); lag++) {
    let sum = 0;
    for (let i = lag; i < x.length; i++) sum += x[i]! * x[i - lag]!;
    const r = sum / (x.length - lag);
    if (r > best) {
      best = r;
      bestLag = lag;
    }
  }
  return 1 / (bestLag * hopS);
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}


const energyAbove = (x: Float32Array, hz: number): number => stereoEnergyAbove({ sampleRate: SR, left: x, right: x }, hz);

describe('a sung line sounds sung: vibrato, scoops, drift, in tune, full band', () => {
  let synth: EspeakPhonemeSynth;
  let audio: Float32Array;
  const part = vocalPart(LINE);
  beforeAll(async () => {
    synth = await createEspeakSynth({ useCli: false });
    audio = (await singPart(part, { tempo: TEMPO, language: 'en', voice: 'f', synth, style: vocalStyleFor('pop'), seed: 7 })).audio;
  });
  afterAll(async () => {
    await synth.close();
  });

  it('holds long notes with a vibrato of 60-150 cents peak to peak at 5-6.5 Hz', () => {
    for (const note of part.notes.filter((n) => n.durationBeats * BEAT_S >= 1.3)) {
      const start = note.startBeat * BEAT_S;
      const end = start + note.durationBeats * BEAT_S;
      const cents = centsTrack(audio, start + 0.5, end - 0.1, midiToHz(note.pitch));
      const extent = quantile(cents, 0.95) - quantile(cents, 0.05);
      expect(extent, `vibrato extent on ${note.lyric?.text}`).toBeGreaterThanOrEqual(60);
      expect(extent).toBeLessThanOrEqual(150);
      const rate = dominantRateHz(cents, 0.005);
      expect(rate, `vibrato rate on ${note.lyric?.text}`).toBeGreaterThanOrEqual(5);
      expect(rate).toBeLessThanOrEqual(6.5);
    }
  });

  it('keeps the stable middle of every note within a median 20 cents of the written pitch', () => {
    for (const note of part.notes) {
      const start = note.startBeat * BEAT_S;
      const dur = note.durationBeats * BEAT_S;
      const cents = centsTrack(audio, start + 0.3 * dur, start + 0.9 * dur, midiToHz(note.pitch));
      expect(Math.abs(quantile(cents, 0.5)), `median cents on ${note.lyric?.text ?? '(melisma)'}`).toBeLessThanOrEqual(20);
    }
  });

  it('scoops up into a note after a rest from at least 20 cents below, reaching it within 100 ms', () => {
    const first = part.notes[0]!;
    const start = first.startBeat * BEAT_S;
    const early = centsTrack(audio, start, start + 0.025, midiToHz(first.pitch));
    const settled = centsTrack(audio, start + 0.1, start + 0.2, midiToHz(first.pitch));
    expect(quantile(early, 0.5)).toBeLessThanOrEqual(-20);
    expect(Math.abs(quantile(settled, 0.5))).toBeLessThanOrEqual(25);
  });

  it('has air: at least 1 % of its energy above 5 kHz, and sound above the synthesizer 11 kHz band edge', () => {
    expect(energyAbove(audio, 5000)).toBeGreaterThanOrEqual(0.01);
    expect(energyAbove(audio, 12000)).toBeGreaterThan(1e-5);
  });
});
