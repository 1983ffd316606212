import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeCallbackSchema, firstCallbackSchema, textCallbackSchema } from '@songloom/contract';
import { verifyWebhook } from '@songloom/sdk';
import { loadConfig } from '../src/config/config.ts';
import { webhookSecretsOf } from '../src/main/callbacks.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { createApiKey } from '../src/services/keys.ts';
import { startLoopbackReceiver, type LoopbackReceiver } from '../src/testing/loopback-receiver.ts';
import { api, repoRoot, tempDataDir, type Api } from './support.ts';

let server: RunningServer;
let client: Api;
let secret: string;
let receiver: LoopbackReceiver;
let data: ReturnType<typeof tempDataDir>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  data = tempDataDir();
  server = await startServer(loadConfig({
    SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '2', SONGLOOM_QUIET: 'true', SONGLOOM_ALLOW_PRIVATE_CALLBACKS: 'true',
  }));
  const key = await createApiKey(server.parts, { name: 'callbacks', credits: 100 });
  client = api(server.url, key.key);
  secret = (await webhookSecretsOf(server.parts).get(key.id)).current;
  receiver = await startLoopbackReceiver();
}, 60_000);
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await receiver?.close();
  await server?.close();
  data?.remove();
});

const body = (callBackUrl: string) => ({ customMode: true, instrumental: true, model: 'V4', style: 'lo-fi hip hop, mellow', title: 'Signals', duration: 10, callBackUrl });

describe('callbacks from a real server', () => {
  it('sends text, first, complete in order, signed, in the contract\'s exact shapes, with links that work', async () => {
    const submitted = await client.post('/api/v1/generate', body(`${receiver.url}/hook`));
    const taskId = submitted.json.data.taskId as string;
    await receiver.waitFor(3, 120_000);
    const calls = receiver.received.filter((r) => r.body.includes(taskId));
    const payloads = [];
    for (const call of calls) {
      expect(call.method).toBe('POST');
      expect(call.headers['content-type']).toMatch(/^application\/json/);
      const verified = await verifyWebhook(secret, call.headers as Record<string, string>, call.body);
      expect(verified.id).toBe(call.headers['webhook-id']);
      payloads.push(JSON.parse(call.body));
    }
    expect(payloads.map((p) => p.data.callbackType)).toEqual(['text', 'first', 'complete']);
    textCallbackSchema.parse(payloads[0]);
    firstCallbackSchema.parse(payloads[1]);
    const complete = completeCallbackSchema.parse(payloads[2]);
    expect(payloads.map((p) => p.msg)).toEqual(['Text generation completed.', 'First track generated successfully.', 'All generated successfully.']);
    expect(payloads[0].data.data.map((t: { audio_url: string }) => t.audio_url)).toEqual(['', '']);
    expect(payloads[1].data.data.filter((t: { audio_url: string }) => t.audio_url === '')).toHaveLength(1);
    for (const track of complete.data.data) {
      for (const [field, type] of [['audio_url', 'audio/mpeg'], ['source_audio_url', 'audio/wav'], ['image_url', 'image/png'], ['stream_audio_url', 'audio/mpeg']] as const) {
        const response = await fetch(track[field]);
        expect(response.status, field).toBe(200);
        expect(response.headers.get('content-type'), field).toBe(type);
        await response.arrayBuffer();
      }
    }
    const tampered = calls[2]!.body.replace('"code":200', '"code":201');
    await expect(verifyWebhook(secret, calls[2]!.headers as Record<string, string>, tampered)).rejects.toThrow();
    const listed = await client.get(`/api/v1/callbacks?taskId=${taskId}`);
    expect(listed.status).toBe(200);
  }, 180_000);

  it.each([
    ['node', process.execPath, 'node.mjs'],
    ['python', 'python3', 'receiver.py'],
  ])('the %s example receiver verifies and processes the real server\'s callbacks', async (_name, command, file) => {
    const child = spawn(command, [path.join(repoRoot, 'docs/examples/receivers', file)], {
      env: { ...process.env, SONGLOOM_WEBHOOK_SECRET: secret, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    const seen = (pattern: RegExp, timeoutMs: number) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), timeoutMs);
        const check = (): void => {
          const match = pattern.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match);
          }
        };
        child.stdout!.on('data', (c: Buffer) => ((output += c.toString()), check()));
        child.stderr!.on('data', (c: Buffer) => ((output += c.toString()), check()));
        check();
      });
    const url = (await seen(/listening on (\S+)/, 10_000))[1]!;
    const taskId = (await client.post('/api/v1/generate', body(`${url}/songloom`))).json.data.taskId as string;
    await seen(new RegExp(`processed msg_${taskId}_complete complete ${taskId} tracks=2 ready=2`), 120_000);
    expect(output).toContain(`processed msg_${taskId}_text text ${taskId}`);
    expect(output).not.toContain('rejected');
  }, 180_000);
});
