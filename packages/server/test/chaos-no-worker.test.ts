import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { createApiKey } from '../src/services/keys.ts';
import { startLoopbackReceiver, type LoopbackReceiver } from '../src/testing/loopback-receiver.ts';
import { api, pollTask, tempDataDir } from './support.ts';

const data = tempDataDir();
let server: RunningServer;
let receiver: LoopbackReceiver;
beforeAll(async () => {
  receiver = await startLoopbackReceiver();
  server = await startServer(loadConfig({
    SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '0', SONGLOOM_QUIET: 'true',
    SONGLOOM_STUCK_TASK_MS: '1500', SONGLOOM_ALLOW_PRIVATE_CALLBACKS: 'true', SONGLOOM_MIN_FREE_DISK_MB: '1',
  }));
});
afterAll(async () => {
  await server.close(100);
  await receiver.close();
  data.remove();
});

describe('no worker at all', () => {
  it('fails and refunds a task nobody takes within SONGLOOM_STUCK_TASK_MS, with an error callback; /readyz says no worker was seen', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const report = (await ready.json()) as any;
    expect(report.ready).toBe(false);
    expect(report.checks.workers).toMatchObject({ ok: false, detail: expect.stringContaining('no worker has been seen') });
    expect(report.checks.disk.ok).toBe(true);
    expect(report.checks.store.ok).toBe(true);

    const client = api(server.url, (await createApiKey(server.parts, { name: 'idle', credits: 100 })).key);
    const started = performance.now();
    const submitted = await client.post('/api/v1/generate', { customMode: false, instrumental: true, model: 'V4', prompt: 'a calm piano piece', callBackUrl: receiver.url });
    expect(submitted.status).toBe(200);
    expect((await client.get('/api/v1/generate/credit')).json.data).toBe(90);
    const failed = await pollTask(client, submitted.json.data.taskId, (s) => s !== 'PENDING', 30_000);
    const failMs = performance.now() - started;
    expect(failed.data.status).toBe('CREATE_TASK_FAILED');
    expect(failed.data.errorCode).toBe(531);
    expect(failed.data.errorMessage).toContain('no progress');
    expect((await client.get('/api/v1/generate/credit')).json.data).toBe(100);
    await receiver.waitFor(1, 20_000);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ code: 531, data: { callbackType: 'error' } });
    console.log(`[figures] watchdog: a task with no worker failed and refunded ${Math.round(failMs)} ms after submit (SONGLOOM_STUCK_TASK_MS=1500, checks every 375 ms)`);
  });
});
