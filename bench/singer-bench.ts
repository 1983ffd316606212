import { centsBetween, createStereoAudio, loadSoundBank, medianVocalOverBedLu, midiToHz, processVocal, renderScore, singPart, trackPitch, vocalBalanceGainDb, vocalStyleFor, type SoundBank } from '@songloom/audio';
import { composeVocalSong, interpretRequest, parseLyrics, writeLyrics, type Part } from '@songloom/music';
import { energyAbove } from '../packages/audio/src/analysis/song-measures.ts';
import { createEspeakSynth } from '../packages/server/src/adapters/espeak/espeak-phoneme-synth.ts';
import { normaliseWord, recogniseWords, wordsRecovered } from '../packages/server/src/testing/recognise-words.ts';
import { speakLines } from '../packages/server/src/testing/speak-lines.ts';

/** Six songs: female and male, a slow ballad, a mid-tempo pop song and a fast rock song. */
export const SINGER_BRIEFS = [
  { prompt: 'a happy pop song about summer love', seed: 1000 },
  { prompt: 'a slow sad ballad about rain', seed: 1001 },
  { prompt: 'an upbeat rock song about the open road', seed: 1002 },
] as const;

export interface SingerFigures {
  song: string;
  genre: string;
  tempo: number;
  gender: 'f' | 'm';
  words: number;
  sungRecovered: number;
  spokenRecovered: number;
  vibratoCents: number | null;
  medianAbsCents: number;
  above5kHz: number;
  vocalOverBedLu: number | null;
  singMs: number;
  vocalMinutes: number;
}

/** The singer measured from outside on six composed songs (see docs/benchmarks.md). */
export async function benchSinger(bankBytes: Uint8Array): Promise<SingerFigures[]> {
  const bank = loadSoundBank(bankBytes);
  const synth = await createEspeakSynth();
  const out: SingerFigures[] = [];
  try {
    for (const { prompt, seed } of SINGER_BRIEFS) {
      for (const gender of ['f', 'm'] as const) out.push(await benchSong(prompt, seed, gender, synth, bank));
    }
  } finally {
    await synth.close();
  }
  return out;
}

async function benchSong(prompt: string, seed: number, gender: 'f' | 'm', synth: Awaited<ReturnType<typeof createEspeakSynth>>, bank: SoundBank): Promise<SingerFigures> {
  const brief = { ...interpretRequest({ customMode: false, instrumental: false, model: 'V4_5', prompt, vocalGender: gender, maxSeconds: 240 }, seed), vocalGender: gender };
  const sheet = parseLyrics(writeLyrics({ description: prompt, genre: brief.genre, moods: brief.moods, title: brief.title }, seed).text);
  const score = composeVocalSong(brief, sheet, seed);
  const lead = score.parts.find((p) => p.role === 'vocal');
  if (lead === undefined) throw new Error(`no lead vocal for "${prompt}"`);
  const style = vocalStyleFor(brief.genre);
  const start = performance.now();
  const sung = await singPart(lead, { tempo: score.tempo, language: 'en', voice: gender, synth, style, seed });
  const singMs = performance.now() - start;
  const lines = sheet.sections.flatMap((s) => s.lines.map((l) => l.words.map((w) => w.text)));
  const sungRecovered = wordsRecovered(sung.words.map((w) => normaliseWord(w.word)), await recogniseWords(sung.audio, 44100, lines));
  const spokenRecovered = wordsRecovered(lines.flat().map(normaliseWord), await recogniseWords(await speakLines(synth, lines, gender), 22050, lines));
  const beatS = 60 / score.tempo;
  const pitch = notePitchFigures(sung.audio, lead, beatS);
  const stem = processVocal(sung.audio, { sampleRate: 44100, role: 'vocal' });
  const instruments = await renderScore(score, bank, { partIds: score.parts.filter((p) => p.role !== 'vocal' && p.role !== 'backing-vocal').map((p) => p.id) });
  const frames = Math.min(instruments.left.length, stem.left.length);
  const bed = { sampleRate: 44100, left: instruments.left.subarray(0, frames), right: instruments.right.subarray(0, frames) };
  const voice = createStereoAudio(44100, frames);
  const gain = 10 ** (vocalBalanceGainDb(bed, { sampleRate: 44100, left: stem.left.subarray(0, frames), right: stem.right.subarray(0, frames) }, style.aboveBedLu) / 20);
  for (let i = 0; i < frames; i++) {
    voice.left[i] = stem.left[i]! * gain;
    voice.right[i] = stem.right[i]! * gain;
  }
  const sungS = lead.notes.reduce((s, n) => s + n.durationBeats * beatS, 0);
  return {
    song: prompt,
    genre: brief.genre,
    tempo: score.tempo,
    gender,
    words: sung.words.length,
    sungRecovered,
    spokenRecovered,
    vibratoCents: pitch.vibratoCents,
    medianAbsCents: pitch.medianAbsCents,
    above5kHz: energyAbove(stem, 5000),
    vocalOverBedLu: medianVocalOverBedLu(bed, voice),
    singMs,
    vocalMinutes: sungS / 60,
  };
}

/** Median vibrato extent (p5-p95 cents over the held middle of notes of 0.8 s and more) and median |cents| of every note's stable middle. */
function notePitchFigures(audio: Float32Array, part: Part, beatS: number): { vibratoCents: number | null; medianAbsCents: number } {
  const track = trackPitch(audio, 44100, { minHz: 80, maxHz: 900, hopS: 0.005 });
  const cents = (from: number, to: number, hz: number) => track.filter((f) => f.timeS >= from && f.timeS <= to && f.hz !== null).map((f) => centsBetween(f.hz ?? 0, hz));
  const extents: number[] = [];
  const medians: number[] = [];
  for (const n of part.notes) {
    const start = n.startBeat * beatS;
    const dur = n.durationBeats * beatS;
    const stable = cents(start + 0.3 * dur, start + 0.9 * dur, midiToHz(n.pitch));
    if (stable.length > 0) medians.push(Math.abs(median(stable)));
    if (dur >= 0.8) {
      const held = cents(start + 0.4, start + dur - 0.1, midiToHz(n.pitch)).sort((a, b) => a - b);
      if (held.length > 20) extents.push(held[Math.floor(0.95 * held.length)]! - held[Math.floor(0.05 * held.length)]!);
    }
  }
  return { vibratoCents: extents.length === 0 ? null : median(extents), medianAbsCents: median(medians) };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

