import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServices, type TestServices } from '../../testing/test-services.ts';

let t: TestServices;
beforeEach(async () => {
  t = await createTestServices({ hosts: { 'hooks.example.com': ['93.184.216.34'], 'evil.example.com': ['10.1.2.3'] }, blockedWords: ['forbiddenword'] });
});
afterEach(() => t.close());

const valid = { customMode: false, instrumental: true, model: 'V4_5', prompt: 'a calm piano piece about the sea' };

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${t.key.key}`, 'content-type': 'application/json', ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await t.app.request(path, init);
  return { status: response.status, json: (await response.json()) as { code: number; msg: string; data: any } };
}

describe('POST /api/v1/generate', () => {
  it('accepts a valid request: a 32-hex task id, credits taken, the worker woken', async () => {
    const { status, json } = await call('POST', '/api/v1/generate', valid);
    expect(status).toBe(200);
    expect(json).toMatchObject({ code: 200, msg: 'success' });
    expect(json.data.taskId).toMatch(/^[0-9a-f]{32}$/);
    expect((await call('GET', '/api/v1/generate/credit')).json).toEqual({ code: 200, msg: 'success', data: 990 });
    expect(t.wakeups).toBe(1);
    expect((await t.deps.queue.counts()).waiting).toBe(1);
  });

  it('accepts every mode of the contract', async () => {
    for (const body of [
      valid,
      { customMode: false, instrumental: false, model: 'V3_5', prompt: 'a love song' },
      { customMode: true, instrumental: true, model: 'V5', style: 'synthwave', title: 'Neon' },
      { customMode: true, instrumental: false, model: 'V4', style: 'folk', title: 'Home', prompt: '[Verse]\nRoad leads home', vocalGender: 'f' },
    ]) {
      expect((await call('POST', '/api/v1/generate', body)).status).toBe(200);
    }
  });

  const refusals: Array<[string, unknown, number, string]> = [
    ['missing customMode', { instrumental: true, model: 'V4', prompt: 'x' }, 400, 'customMode'],
    ['customMode as a string', { ...valid, customMode: 'false' }, 400, 'customMode'],
    ['instrumental as a string', { ...valid, instrumental: 'true' }, 400, 'instrumental'],
    ['unknown model', { ...valid, model: 'V9' }, 400, 'model'],
    ['missing model', { customMode: false, instrumental: true, prompt: 'x' }, 400, 'model'],
    ['non-custom without prompt', { customMode: false, instrumental: true, model: 'V4' }, 400, 'prompt'],
    ['custom without style', { customMode: true, instrumental: true, model: 'V4', title: 'T' }, 400, 'style'],
    ['custom without title', { customMode: true, instrumental: true, model: 'V4', style: 'rock' }, 400, 'title'],
    ['custom vocals without lyrics', { customMode: true, instrumental: false, model: 'V4', style: 'rock', title: 'T' }, 400, 'prompt'],
    ['vocalGender not m/f', { customMode: true, instrumental: false, model: 'V4', style: 'rock', title: 'T', prompt: 'la', vocalGender: 'x' }, 400, 'vocalGender'],
    ['styleWeight above 1', { ...valid, styleWeight: 1.5 }, 400, 'styleWeight'],
    ['weirdnessConstraint with 3 decimals', { ...valid, weirdnessConstraint: 0.123 }, 400, 'weirdnessConstraint'],
    ['audioWeight negative', { ...valid, audioWeight: -0.1 }, 400, 'audioWeight'],
    ['duration too short', { ...valid, duration: 5 }, 400, 'duration'],
    ['duration above the model limit', { ...valid, model: 'V4', duration: 300 }, 400, 'duration'],
    ['seed not an integer', { ...valid, seed: 1.5 }, 400, 'seed'],
    ['callBackUrl not a URL', { ...valid, callBackUrl: 'not a url' }, 400, 'callBackUrl'],
    ['callBackUrl ftp', { ...valid, callBackUrl: 'ftp://example.com/x' }, 400, 'callBackUrl'],
    ['callBackUrl loopback', { ...valid, callBackUrl: 'http://127.0.0.1/cb' }, 400, 'callBackUrl'],
    ['callBackUrl metadata address', { ...valid, callBackUrl: 'http://169.254.169.254/latest' }, 400, 'callBackUrl'],
    ['callBackUrl resolving to a private address', { ...valid, callBackUrl: 'https://evil.example.com/cb' }, 400, 'callBackUrl'],
    ['callBackUrl with credentials', { ...valid, callBackUrl: 'https://user:pw@hooks.example.com/cb' }, 400, 'callBackUrl'],
    ['non-custom prompt over 500', { ...valid, prompt: 'a'.repeat(501) }, 413, 'prompt'],
    ['V4 style over 200', { customMode: true, instrumental: true, model: 'V4', style: 's'.repeat(201), title: 'T' }, 413, 'style'],
    ['V4 title over 80', { customMode: true, instrumental: true, model: 'V4', style: 'rock', title: 't'.repeat(81) }, 413, 'title'],
    ['V5 lyrics over 5000', { customMode: true, instrumental: false, model: 'V5', style: 'rock', title: 'T', prompt: 'l'.repeat(5001) }, 413, 'prompt'],
    ['a real artist in style', { customMode: true, instrumental: true, model: 'V4', style: 'in the style of Taylor Swift', title: 'T' }, 400, 'style'],
    ['a blocked word', { ...valid, prompt: 'a song about forbiddenword' }, 400, 'prompt'],
  ];
  it.each(refusals)('refuses %s with the contract code, naming the field, and charges nothing', async (_name, body, code, field) => {
    const { status, json } = await call('POST', '/api/v1/generate', body);
    expect(status).toBe(code);
    expect(json.code).toBe(code);
    expect(json.msg).toContain(field);
    expect(json.data.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect((await call('GET', '/api/v1/generate/credit')).json.data).toBe(1000);
  });

  it('accepts a public callBackUrl', async () => {
    expect((await call('POST', '/api/v1/generate', { ...valid, callBackUrl: 'https://hooks.example.com/suno' })).status).toBe(200);
  });

  it('refuses a body that is not JSON, not an object, empty or too large with 400, never a crash', async () => {
    for (const raw of ['{not json', '[1,2]', '"text"', '', 'x'.repeat(70 * 1024)]) {
      const { status, json } = await call('POST', '/api/v1/generate', raw);
      expect(status).toBe(400);
      expect(json.code).toBe(400);
      expect(json.msg.length).toBeGreaterThan(10);
    }
  });

  it('answers 429 when credits are short, and the balance stays', async () => {
    await t.deps.store.adjustCredits(t.key.key, -995);
    const { status, json } = await call('POST', '/api/v1/generate', valid);
    expect(status).toBe(429);
    expect(json.code).toBe(429);
    expect(json.msg).toMatch(/credits/i);
    expect((await call('GET', '/api/v1/generate/credit')).json.data).toBe(5);
  });

  it('takes exactly the credits there are under 200 parallel submits', async () => {
    await t.deps.store.adjustCredits(t.key.key, -1000 + 100 * 10);
    const results = await Promise.all(Array.from({ length: 200 }, () => call('POST', '/api/v1/generate', valid)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(100);
    expect(results.filter((r) => r.status === 429)).toHaveLength(100);
    expect((await call('GET', '/api/v1/generate/credit')).json.data).toBe(0);
  });
});

describe('auth and unknown paths', () => {
  it('answers 401 without a key and with an unknown key', async () => {
    for (const headers of [{ authorization: '' }, { authorization: 'Bearer sk_nope' }, { authorization: 'Basic abc' }]) {
      const { status, json } = await call('GET', '/api/v1/generate/credit', undefined, headers);
      expect(status).toBe(401);
      expect(json.code).toBe(401);
    }
  });
  it('answers 404 in the envelope for unknown paths and methods', async () => {
    for (const [method, path] of [['GET', '/api/v1/nothing'], ['DELETE', '/api/v1/generate'], ['GET', '/nothing/here']] as const) {
      const { status, json } = await call(method, path);
      expect(status).toBe(404);
      expect(json.code).toBe(404);
    }
  });
});

describe('GET /api/v1/generate/record-info', () => {
  it('returns the contract shape for a pending task, with param as the request string', async () => {
    const raw = JSON.stringify({ ...valid, seed: 42 });
    const { json: submitted } = await call('POST', '/api/v1/generate', raw);
    const { status, json } = await call('GET', `/api/v1/generate/record-info?taskId=${submitted.data.taskId}`);
    expect(status).toBe(200);
    expect(json.data).toEqual({
      taskId: submitted.data.taskId,
      parentMusicId: '',
      param: raw,
      response: { taskId: submitted.data.taskId, sunoData: [] },
      status: 'PENDING',
      type: 'chirp-auk',
      operationType: 'generate',
      errorCode: null,
      errorMessage: null,
      seed: 42,
    });
  });
  it('answers 400 without taskId or with a malformed one, and 404 for unknown or foreign tasks', async () => {
    expect((await call('GET', '/api/v1/generate/record-info')).status).toBe(400);
    expect((await call('GET', `/api/v1/generate/record-info?taskId=${'a'.repeat(32)}`)).status).toBe(404);
    expect((await call('GET', '/api/v1/generate/record-info?taskId=../../etc')).status).toBe(400);
    const { json } = await call('POST', '/api/v1/generate', valid);
    const other = await t.deps.store.createKey({ id: 'key_other', key: 'sk_other', name: 'o', credits: 0, createdAt: 0 });
    void other;
    const foreign = await call('GET', `/api/v1/generate/record-info?taskId=${json.data.taskId}`, undefined, { authorization: 'Bearer sk_other' });
    expect(foreign.status).toBe(404);
  });
});
