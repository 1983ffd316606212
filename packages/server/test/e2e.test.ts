import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { createApiKey } from '../src/services/keys.ts';
import { integratedLoudness, truePeakDbtp } from '@songloom/audio';
import { api, decodeMp3, pollTask, tempDataDir, type Api } from './support.ts';

let server: RunningServer;
let client: Api;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  data = tempDataDir();
  server = await startServer(loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '2', SONGLOOM_QUIET: 'true' }));
  const key = await createApiKey(server.parts, { name: 'e2e', credits: 100 });
  client = api(server.url, key.key);
}, 60_000);

afterAll(async () => {
  await server?.close();
  data?.remove();
});

describe('end to end: a real server on port 0 makes two real songs', () => {
  it('goes PENDING -> SUCCESS and both MP3s decode to the stated duration', async () => {
    const submitted = await client.post('/api/v1/generate', {
      customMode: true,
      instrumental: true,
      model: 'V4_5',
      style: 'upbeat funk, 110 bpm, slap bass, brass',
      title: 'Test Groove',
      duration: 20,
    });
    expect(submitted.status).toBe(200);
    const taskId = submitted.json.data.taskId as string;
    const { data: task, seen } = await pollTask(client, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'));
    expect(task.status).toBe('SUCCESS');
    expect(seen.filter((s) => s !== 'PENDING').every((s, i, all) => i === 0 || ['TEXT_SUCCESS', 'FIRST_SUCCESS', 'SUCCESS'].indexOf(s) > ['TEXT_SUCCESS', 'FIRST_SUCCESS', 'SUCCESS'].indexOf(all[i - 1]!))).toBe(true);
    const tracks = task.response.sunoData as Array<Record<string, any>>;
    expect(tracks).toHaveLength(2);
    expect(new Set(tracks.map((t) => t.id)).size).toBe(2);
    for (const track of tracks) {
      expect(track.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(track.title).toBe('Test Groove');
      expect(track.modelName).toBe('chirp-auk');
      expect(track.createTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      expect(Math.abs(track.duration - 20)).toBeLessThanOrEqual(2);
      const mp3 = await fetch(track.audioUrl);
      expect(mp3.headers.get('content-type')).toBe('audio/mpeg');
      const decoded = await decodeMp3(new Uint8Array(await mp3.arrayBuffer()));
      expect(Math.abs(decoded.seconds - track.duration)).toBeLessThanOrEqual(0.5);
      const audio = { sampleRate: decoded.sampleRate, left: decoded.channels[0]!, right: decoded.channels[1]! };
      expect(Math.abs(integratedLoudness(audio) + 14)).toBeLessThanOrEqual(1);
      expect(truePeakDbtp(audio)).toBeLessThanOrEqual(-0.5);
      expect(audio.left.every((v) => Math.abs(v) <= 1)).toBe(true);
      const wav = await fetch(track.sourceAudioUrl);
      expect(wav.headers.get('content-type')).toBe('audio/wav');
      const png = new Uint8Array(await (await fetch(track.imageUrl)).arrayBuffer());
      expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      const stream = await fetch(track.streamAudioUrl);
      expect(stream.status).toBe(200);
      expect((await stream.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
    expect((await client.get('/api/v1/generate/credit')).json.data).toBe(90);
  }, 120_000);

  it('streams MP3 frames while the track renders; the streamed file decodes to the whole track', async () => {
    const submitted = await client.post('/api/v1/generate', { customMode: false, instrumental: true, model: 'V4', prompt: 'calm ambient piano', duration: 40 });
    const taskId = submitted.json.data.taskId as string;
    const { data: text } = await pollTask(client, taskId, (s) => s !== 'PENDING');
    expect(text.status).toBe('TEXT_SUCCESS');
    const track = text.response.sunoData[0];
    expect(track.audioUrl).toBe('');
    const response = await fetch(track.streamAudioUrl);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    chunks.push(first.value!);
    const statusAtFirstByte = (await client.get(`/api/v1/generate/record-info?taskId=${taskId}`)).json.data;
    const stillRendering = statusAtFirstByte.response.sunoData.find((t: { id: string }) => t.id === track.id).audioUrl === '';
    expect(stillRendering).toBe(true);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    const streamed = await decodeMp3(Uint8Array.from(chunks.flatMap((c) => [...c])));
    const { data: done } = await pollTask(client, taskId, (s) => s === 'SUCCESS');
    const finished = done.response.sunoData.find((t: { id: string }) => t.id === track.id);
    expect(Math.abs(streamed.seconds - finished.duration)).toBeLessThanOrEqual(0.5);
  }, 120_000);

  it('makes two different tracks, and the same request with the same seed reproduces the same WAV bytes', async () => {
    const body = { customMode: true, instrumental: true, model: 'V5', style: 'jazz trio, 120 bpm, in Bb major', title: 'Seeded', duration: 12, seed: 777 };
    const wavsOf = async (): Promise<Uint8Array[]> => {
      const taskId = (await client.post('/api/v1/generate', body)).json.data.taskId as string;
      const { data } = await pollTask(client, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'));
      expect(data.seed).toBe(777);
      return Promise.all(data.response.sunoData.map(async (t: { sourceAudioUrl: string }) => new Uint8Array(await (await fetch(t.sourceAudioUrl)).arrayBuffer())));
    };
    const [a0, a1] = await wavsOf();
    const [b0, b1] = await wavsOf();
    expect(Buffer.compare(Buffer.from(a0!), Buffer.from(b0!))).toBe(0);
    expect(Buffer.compare(Buffer.from(a1!), Buffer.from(b1!))).toBe(0);
    expect(Buffer.compare(Buffer.from(a0!), Buffer.from(a1!))).not.toBe(0);
  }, 120_000);
});
