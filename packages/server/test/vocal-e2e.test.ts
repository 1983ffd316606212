import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Score } from '@songloom/music';
import { singPart } from '@songloom/audio';
import { createEspeakSynth } from '../src/adapters/espeak/espeak-phoneme-synth.ts';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { createApiKey } from '../src/services/keys.ts';
import { noteErrorsCents, onsetNear } from '../src/adapters/espeak/sung-phrase.test-support.ts';
import { api, pollTask, tempDataDir, type Api } from './support.ts';
import { decodeWav16 } from './wav.ts';

let server: RunningServer;
let client: Api;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  data = tempDataDir();
  server = await startServer(loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '2', SONGLOOM_QUIET: 'true' }));
  client = api(server.url, (await createApiKey(server.parts, { name: 'vocal', credits: 100 })).key);
}, 60_000);
afterAll(async () => {
  await server?.close();
  data?.remove();
});

const LYRICS = `[Intro]

[Verse]
Morning light is on the water
Every wave is calling me

[Chorus]
Sing along (sing along)
Sing it to the sea

[Instrumental]

[Chorus]
Sing along (sing along)
Sing it to the sea`;

const blob = (...parts: string[]): Uint8Array => readFileSync(path.join(data.dir, 'files', ...parts));

describe('a sung song, end to end', () => {
  it('sings the caller\'s lyrics on pitch and on time, with exact word timestamps', async () => {
    const submitted = await client.post('/api/v1/generate', {
      customMode: true, instrumental: false, model: 'V4_5', style: 'gentle folk pop, 96 bpm, acoustic guitar', title: 'To the Sea', prompt: LYRICS, vocalGender: 'f', seed: Number(process.env.VSEED ?? 20261125),
    });
    expect(submitted.status).toBe(200);
    const taskId = submitted.json.data.taskId as string;
    const { data: task } = await pollTask(client, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'));
    expect(task.status).toBe('SUCCESS');
    const track = task.response.sunoData[0];
    expect(track.prompt).toBe(LYRICS);

    const lyrics = await client.post('/api/v1/generate/get-timestamped-lyrics', { taskId, audioId: track.id });
    expect(lyrics.status).toBe(200);
    const words = lyrics.json.data.alignedWords as Array<{ word: string; startS: number; endS: number; success: boolean }>;
    const lead = 'Morning light is on the water Every wave is calling me Sing along Sing it to the sea Sing along Sing it to the sea';
    expect(words.map((w) => w.word.toLowerCase())).toEqual(lead.toLowerCase().split(' '));
    expect(words.every((w, i) => w.success && w.endS > w.startS && (i === 0 || w.startS >= words[i - 1]!.startS))).toBe(true);
    expect(lyrics.json.data.waveformData.length).toBeGreaterThan(100);

    const score = JSON.parse(Buffer.from(blob('tracks', track.id, 'score.json')).toString('utf8')) as Score;
    const vocal = score.parts.find((p) => p.role === 'vocal')!;
    const backing = score.parts.find((p) => p.role === 'backing-vocal');
    const beatS = 60 / score.tempo;
    const solo = {
      ...vocal,
      notes: vocal.notes.filter((n) => !backing?.notes.some((b) => b.startBeat < n.startBeat + n.durationBeats && n.startBeat < b.startBeat + b.durationBeats)),
    };
    expect(solo.notes.length).toBeGreaterThan(10);
    const stem = decodeWav16(blob('tracks', track.id, 'vocals.wav'));
    const mono = stem.channels[0]!.map((v, i) => (v + stem.channels[1]![i]!) / 2);
    const errors = noteErrorsCents(mono, stem.sampleRate, solo, beatS);
    expect(errors.filter((e) => e <= 25).length / errors.length, `cents: ${errors.map((e) => e.toFixed(0)).join(' ')}`).toBeGreaterThanOrEqual(0.95);
    // The timestamps are the voice's own: singing the score's vocal part again, dry, gives the same
    // words at the same times (within 10 ms: syllables batch differently without the backing part), and each word's onset in that dry voice is within 50 ms of them.
    const synth = await createEspeakSynth();
    try {
      const dry = await singPart(vocal, { tempo: score.tempo, language: 'en', voice: 'f', synth, sampleRate: 44_100 });
      expect(dry.words.map((w) => w.word)).toEqual(words.map((w) => w.word));
      const drift = dry.words.map((w, i) => Math.abs(w.startS - words[i]!.startS));
      expect(Math.max(...drift)).toBeLessThan(0.01);
      // An onset cannot be told from energy where a word starts with the consonant the previous one
      // ends with ("it to"): those boundaries are left out.
      const measurable = dry.words.filter((w, i) => i > 0 && dry.words[i - 1]!.word.slice(-1).toLowerCase() !== w.word[0]!.toLowerCase());
      expect(measurable.length).toBeGreaterThan(dry.words.length * 0.7);
      const offsets = measurable.map((w) => ({ word: w.word, ms: Math.round((onsetNear(dry.audio, 44_100, w.startS) - w.startS) * 1000) }));
      expect(offsets.filter((o) => Math.abs(o.ms) >= 50), JSON.stringify(offsets)).toEqual([]);
    } finally {
      await synth.close();
    }
  }, 180_000);

  it('makes no vocals and no lyrics for instrumental: true', async () => {
    const submitted = await client.post('/api/v1/generate', { customMode: false, instrumental: true, model: 'V4', prompt: 'a song about the sea', duration: 12 });
    const taskId = submitted.json.data.taskId as string;
    const { data: task } = await pollTask(client, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'));
    const track = task.response.sunoData[0];
    expect(track.prompt).not.toMatch(/\[(Verse|Chorus)/);
    const score = JSON.parse(Buffer.from(blob('tracks', track.id, 'score.json')).toString('utf8')) as Score;
    expect(score.parts.some((p) => p.role === 'vocal' || p.role === 'backing-vocal')).toBe(false);
    const lyrics = await client.post('/api/v1/generate/get-timestamped-lyrics', { taskId, audioId: track.id });
    expect(lyrics.json.data.alignedWords).toEqual([]);
  }, 120_000);
});
