import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vocalRemovalCallbackSchema, vocalRemovalRecordSchema } from '@songloom/contract';
import { verifyWebhook } from '@songloom/sdk';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { createApiKey } from '../src/services/keys.ts';
import { medianVocalOverBedLu } from '@songloom/audio';
import { decodeStereoWav16 } from '../src/testing/decode-wav.ts';
import { startLoopbackReceiver, type LoopbackReceiver } from '../src/testing/loopback-receiver.ts';
import { api, pollTask, tempDataDir, type Api } from './support.ts';

let server: RunningServer;
let receiver: LoopbackReceiver;
let client: Api;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  data = tempDataDir();
  receiver = await startLoopbackReceiver();
  server = await startServer(
    loadConfig({
      SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '2', SONGLOOM_QUIET: 'true', SONGLOOM_ALLOW_PRIVATE_CALLBACKS: 'true',
    }),
  );
  const key = await createApiKey(server.parts, { name: 'e2e', credits: 100 });
  client = api(server.url, key.key);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await receiver?.close();
  data?.remove();
});

type Wav = ReturnType<typeof decodeStereoWav16>;
const stereoOf = (w: Wav) => ({ sampleRate: 44_100, left: w.left, right: w.right });

async function fetchWav(url: string): Promise<Wav> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('audio/wav');
  return decodeStereoWav16(new Uint8Array(await response.arrayBuffer()));
}

function rms(samples: Float32Array[]): number {
  let sum = 0;
  let n = 0;
  for (const channel of samples) for (const v of channel) (sum += v * v), n++;
  return Math.sqrt(sum / n);
}

const db = (ratio: number): string => (20 * Math.log10(ratio)).toFixed(1);

function sumOf(a: Float32Array, b: Float32Array): Float32Array {
  return a.map((v, i) => v + (b[i] ?? 0));
}

/** Normalised correlation of `a` with `b` shifted by `lag` samples. */
function correlation(a: Float32Array, b: Float32Array, lag: number): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 16; i < a.length - 16; i++) {
    const x = a[i]!;
    const y = b[i + lag]!;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}

/** RMS of origin - (instrumental + vocals) over both channels. */
function residual(origin: Wav, instrumental: Wav, vocals: Wav): number {
  const diff = (side: 'left' | 'right') => origin[side].map((v, i) => v - (instrumental[side][i] ?? 0) - (vocals[side][i] ?? 0));
  return rms([diff('left'), diff('right')]);
}

describe('vocal removal on a real sung render', () => {
  it('calls back signed with links to true stems that add up to the mix', async () => {
    const lyrics = '[Verse]\nMorning light upon the hill\nEvery window open still\n[Chorus]\nSing it loud and sing it clear\nSummer days are finally here';
    const submitted = await client.post('/api/v1/generate', {
      customMode: true, instrumental: false, model: 'V4_5', style: 'pop, 100 bpm', title: 'Stems', prompt: lyrics, duration: 15, vocalGender: 'f', seed: 4242,
    });
    const taskId = submitted.json.data.taskId as string;
    const { data: task } = await pollTask(client, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'));
    expect(task.status).toBe('SUCCESS');
    const audioId = task.response.sunoData[0].id as string;

    const credits = (await client.get('/api/v1/generate/credit')).json.data;
    const removal = await client.post('/api/v1/vocal-removal/generate', { taskId, audioId, callBackUrl: receiver.url, type: 'separate_vocal' });
    expect(removal.status).toBe(200);
    const removalId = removal.json.data.taskId as string;
    expect((await client.get('/api/v1/generate/credit')).json.data).toBe(credits);

    await receiver.waitFor(1, 5000);
    const request = receiver.received.find((r) => r.headers['webhook-id'] === `msg_${removalId}_complete`);
    expect(request).toBeDefined();
    const { current } = await server.callbacks.secrets.get((await server.parts.store.findKey(client.key))!.id);
    const verified = await verifyWebhook(current, request!.headers, request!.body);
    const info = vocalRemovalCallbackSchema.parse(verified.payload).data.vocal_removal_info;

    const deliveries = (await client.get(`/api/v1/callbacks?taskId=${removalId}`)).json.data.deliveries;
    expect(deliveries.map((d: { callbackType: string; state: string }) => [d.callbackType, d.state])).toEqual([['complete', 'delivered']]);
    const record = vocalRemovalRecordSchema.parse((await client.get(`/api/v1/vocal-removal/record-info?taskId=${removalId}`)).json.data);
    expect(record).toMatchObject({ taskId: removalId, musicId: audioId, successFlag: 'SUCCESS', callbackUrl: receiver.url });

    const [origin, instrumental, vocals] = await Promise.all([info.origin_url, info.instrumental_url, info.vocal_url].map(fetchWav));
    expect(instrumental!.left.length).toBe(origin!.left.length);
    expect(vocals!.left.length).toBe(origin!.left.length);
    const mix = rms([origin!.left, origin!.right]);
    const voice = rms([vocals!.left, vocals!.right]);
    const left = residual(origin!, instrumental!, vocals!);
    const alignment = [-4, -1, 0, 1, 4].map((lag) => correlation(origin!.left, sumOf(instrumental!.left, vocals!.left), lag));
    console.info(
      `stems: mix rms ${mix.toFixed(4)}, vocal ${db(voice / mix)} dB, residual ${db(left / mix)} dB, correlation at lags -4,-1,0,1,4: ${alignment.map((c) => c.toFixed(3)).join(' ')}`,
    );
    // A real vocal stem, lined up sample for sample with the mix it came from.
    expect(voice).toBeGreaterThan(mix * 0.1);
    expect(alignment[2]).toBeGreaterThan(0.97);
    expect(Math.max(...alignment)).toBe(alignment[2]);
    // Balanced by loudness: a pop lead sits +1 to +5 LU over the band while it sings.
    const overBed = medianVocalOverBedLu(stereoOf(instrumental!), stereoOf(vocals!));
    console.info(`stems: vocal over bed ${overBed?.toFixed(1)} LU`);
    expect(overBed).not.toBeNull();
    expect(overBed!).toBeGreaterThanOrEqual(1);
    expect(overBed!).toBeLessThanOrEqual(5);
    // The stems are the mix at the master's gain before its mix bus and limiter: what the sum misses
    // is their work (the 28 Hz high-pass's phase shift of the bass, and the limiter's on the peaks of a
    // lead balanced 3.5 LU over the band), not a part of the music.
    expect(left).toBeLessThan(mix * 0.08);
  }, 60_000);
});
