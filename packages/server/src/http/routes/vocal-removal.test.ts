import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vocalRemovalRecordSchema } from '@songloom/contract';
import { createApiKey } from '../../services/keys.ts';
import { decodeStereoWav16 } from '../../testing/decode-wav.ts';
import { createFinishedTask, type FinishedTaskOptions } from '../../testing/finished-task.ts';
import { createTestServices, type TestServices } from '../../testing/test-services.ts';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices({ hosts: { 'hooks.example.com': ['93.184.216.34'], 'evil.example.com': ['10.1.2.3'] } });
});
afterEach(() => t.close());

async function call(method: string, path: string, body?: unknown, key = t.key.key) {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await t.app.request(path, init);
  return { status: response.status, json: (await response.json()) as { code: number; msg: string; data: any } };
}

async function finished(options: FinishedTaskOptions = {}) {
  const { task, tracks } = await createFinishedTask(t.deps, t.key, options);
  return { taskId: task.id, audioId: tracks[0]!.id, tracks };
}

/** Fetches a signed link through the app (links point at the configured public base). */
async function download(url: string): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await t.app.request(url.replace('http://127.0.0.1:9', ''));
  return { status: response.status, type: response.headers.get('content-type'), bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('POST /api/v1/vocal-removal/generate', () => {
  it('makes a new durable task, finished at once, free, with its complete stage in the outbox', async () => {
    const source = await finished();
    const credits = (await call('GET', '/api/v1/generate/credit')).json.data;
    const { status, json } = await call('POST', '/api/v1/vocal-removal/generate', { ...source, callBackUrl: 'https://hooks.example.com/cb' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ code: 200, msg: 'success' });
    const id = json.data.taskId as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(id).not.toBe(source.taskId);
    expect((await call('GET', '/api/v1/generate/credit')).json.data).toBe(credits);
    expect(t.callbackWakeups).toBe(1);
    const stored = await t.vocalRemovals.get(id);
    expect(stored).toMatchObject({ sourceTaskId: source.taskId, trackId: source.audioId, trackIndex: 0, status: 'SUCCESS', type: 'separate_vocal' });
    const events = await t.deps.store.listStageEvents(0, 100);
    expect(events.filter((e) => e.taskId === id).map((e) => e.stage)).toEqual(['complete']);
  });

  it('accepts type separate_vocal and no callBackUrl; refuses split_stem with a 400 naming type', async () => {
    const source = await finished();
    expect((await call('POST', '/api/v1/vocal-removal/generate', { ...source, type: 'separate_vocal' })).status).toBe(200);
    const { status, json } = await call('POST', '/api/v1/vocal-removal/generate', { ...source, type: 'split_stem' });
    expect(status).toBe(400);
    expect(json.msg).toContain('only separate_vocal is supported');
    expect(json.data.issues).toEqual([{ path: 'type', message: expect.stringContaining('only separate_vocal is supported') }]);
  });

  const refusals: Array<[string, (s: { taskId: string; audioId: string }) => unknown, string]> = [
    ['missing taskId', (s) => ({ audioId: s.audioId }), 'taskId'],
    ['missing audioId', (s) => ({ taskId: s.taskId }), 'audioId'],
    ['taskId not 32 hex', (s) => ({ ...s, taskId: 'abc123' }), 'taskId'],
    ['taskId a number', (s) => ({ ...s, taskId: 12 }), 'taskId'],
    ['audioId not a UUID', (s) => ({ ...s, audioId: 'track-1' }), 'audioId'],
    ['unknown type', (s) => ({ ...s, type: 'karaoke' }), 'type'],
    ['callBackUrl not a URL', (s) => ({ ...s, callBackUrl: 'not a url' }), 'callBackUrl'],
    ['callBackUrl ftp', (s) => ({ ...s, callBackUrl: 'ftp://hooks.example.com/cb' }), 'callBackUrl'],
    ['callBackUrl loopback (SSRF)', (s) => ({ ...s, callBackUrl: 'http://127.0.0.1/cb' }), 'callBackUrl'],
    ['callBackUrl resolving to a private address', (s) => ({ ...s, callBackUrl: 'https://evil.example.com/cb' }), 'callBackUrl'],
    ['callBackUrl that does not resolve', (s) => ({ ...s, callBackUrl: 'https://nowhere.example.com/cb' }), 'callBackUrl'],
  ];
  for (const [name, body, field] of refusals) {
    it(`refuses ${name} with a 400 naming ${field}`, async () => {
      const source = await finished();
      const { status, json } = await call('POST', '/api/v1/vocal-removal/generate', body(source));
      expect(status).toBe(400);
      expect(json.code).toBe(400);
      expect(json.msg).toContain(field);
      expect(json.data.issues.map((i: { path: string }) => i.path)).toEqual([field]);
      expect(await t.deps.store.listStageEvents(0, 100)).toHaveLength(3); // text, first, complete of the source only
    });
  }

  it('refuses a body that is not a JSON object', async () => {
    expect((await call('POST', '/api/v1/vocal-removal/generate', '{not json')).status).toBe(400);
    expect((await call('POST', '/api/v1/vocal-removal/generate', '[]')).json.msg).toContain('JSON object');
  });

  it("answers 404 for an unknown task, another key's task and an audio id that is not in the task", async () => {
    const source = await finished();
    const other = await finished();
    const stranger = await createApiKey(t.deps, { name: 'other', credits: 10 });
    const unknown = { ...source, taskId: 'f'.repeat(32) };
    expect((await call('POST', '/api/v1/vocal-removal/generate', unknown)).status).toBe(404);
    expect((await call('POST', '/api/v1/vocal-removal/generate', source, stranger.key)).status).toBe(404);
    const wrongTrack = await call('POST', '/api/v1/vocal-removal/generate', { taskId: source.taskId, audioId: other.audioId });
    expect(wrongTrack.status).toBe(404);
    expect(wrongTrack.json.msg).toContain(other.audioId);
  });

  it('answers 400 "wait for SUCCESS" while the track is not finished', async () => {
    const source = await finished({ finished: 1 });
    const { status, json } = await call('POST', '/api/v1/vocal-removal/generate', { taskId: source.taskId, audioId: source.tracks[1]!.id });
    expect(status).toBe(400);
    expect(json.msg).toContain('wait for SUCCESS');
    expect(json.data.issues[0].path).toBe('audioId');
    expect((await call('POST', '/api/v1/vocal-removal/generate', source)).status).toBe(200);
  });

  it('answers 400 "this track has no vocals" for an instrumental track', async () => {
    const source = await finished({ sung: [true, false] });
    const { status, json } = await call('POST', '/api/v1/vocal-removal/generate', { taskId: source.taskId, audioId: source.tracks[1]!.id });
    expect(status).toBe(400);
    expect(json.msg).toContain('this track has no vocals');
    expect(json.data.issues[0].path).toBe('audioId');
  });

  it('answers 401 without a valid key', async () => {
    expect((await call('POST', '/api/v1/vocal-removal/generate', {}, 'sk_nope')).status).toBe(401);
    expect((await call('GET', '/api/v1/vocal-removal/record-info?taskId=' + 'a'.repeat(32), undefined, 'sk_nope')).status).toBe(401);
  });
});

describe('GET /api/v1/vocal-removal/record-info', () => {
  it("gives the contract's record with signed links to the mix and both stems, which add up", async () => {
    const source = await finished({ callBackUrl: null });
    const id = (await call('POST', '/api/v1/vocal-removal/generate', { ...source, callBackUrl: 'https://hooks.example.com/cb' })).json.data.taskId;
    const { status, json } = await call('GET', `/api/v1/vocal-removal/record-info?taskId=${id}`);
    expect(status).toBe(200);
    const record = vocalRemovalRecordSchema.parse(json.data);
    const now = t.clock.now();
    expect(record).toMatchObject({
      taskId: id, musicId: source.audioId, audioId: source.audioId, musicIndex: 0, callbackUrl: 'https://hooks.example.com/cb',
      successFlag: 'SUCCESS', createTime: now, completeTime: now, errorCode: null, errorMessage: null,
      response: { drumsUrl: null, bassUrl: null, backingVocalsUrl: null },
    });
    const [origin, instrumental, vocal] = await Promise.all(
      [record.response.originUrl, record.response.instrumentalUrl, record.response.vocalUrl].map((u) => download(u!)),
    );
    expect(record.response.vocalUrl).toContain(`/files/${source.audioId}/vocals.wav?`);
    for (const file of [origin, instrumental, vocal]) {
      expect(file?.status).toBe(200);
      expect(file?.type).toBe('audio/wav');
    }
    const [o, i, v] = [origin!, instrumental!, vocal!].map((f) => decodeStereoWav16(f.bytes));
    const worst = o!.left.reduce((m, x, k) => Math.max(m, Math.abs(x - i!.left[k]! - v!.left[k]!)), 0);
    expect(worst).toBeLessThanOrEqual(2 / 32768);
    expect(Math.max(...v!.left)).toBeGreaterThan(0.19);
  });

  it('refuses an unsigned stem link', async () => {
    const source = await finished();
    expect((await t.app.request(`/files/${source.audioId}/vocals.wav`)).status).toBe(403);
  });

  it("answers 400 without taskId or with a malformed one, and 404 for unknown, another key's or a generate task id", async () => {
    const source = await finished();
    const id = (await call('POST', '/api/v1/vocal-removal/generate', source)).json.data.taskId;
    const missing = await call('GET', '/api/v1/vocal-removal/record-info');
    expect(missing.status).toBe(400);
    expect(missing.json.data.issues[0].path).toBe('taskId');
    const stranger = await createApiKey(t.deps, { name: 'other', credits: 10 });
    expect((await call('GET', `/api/v1/vocal-removal/record-info?taskId=${id}`, undefined, stranger.key)).status).toBe(404);
    expect((await call('GET', `/api/v1/vocal-removal/record-info?taskId=${'0'.repeat(32)}`)).status).toBe(404);
    expect((await call('GET', '/api/v1/vocal-removal/record-info?taskId=xyz')).status).toBe(400);
    expect((await call('GET', `/api/v1/vocal-removal/record-info?taskId=${source.taskId}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/vocal-removal/record-info?taskId=${id}`)).status).toBe(200);
  });
});
