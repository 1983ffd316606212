import { createSocket, type Socket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { createApiKey } from '../src/services/keys.ts';
import { api } from './support.ts';
import { tempDataDir } from './support.ts';

const data = tempDataDir();
let server: RunningServer;
let dns: Socket;
let queries = 0;
beforeAll(async () => {
  dns = createSocket('udp4');
  dns.on('message', () => void queries++);
  await new Promise<void>((resolve) => dns.bind(0, '127.0.0.1', () => resolve()));
  server = await startServer(loadConfig({
    SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '0', SONGLOOM_QUIET: 'true',
    SONGLOOM_DNS_SERVERS: `127.0.0.1:${dns.address().port}`, SONGLOOM_DNS_TIMEOUT_MS: '1000',
  }));
});
afterAll(async () => {
  await server.close(100);
  dns.close();
  data.remove();
});

const body = (callBackUrl?: string) => ({ customMode: false, instrumental: true, model: 'V4', prompt: 'a calm piano piece', ...(callBackUrl ? { callBackUrl } : {}) });

describe('a name server that never answers', () => {
  it("refuses one tenant's callback hosts after the lookup deadline, without delaying another tenant, and asks once per host", async () => {
    const slow = api(server.url, (await createApiKey(server.parts, { name: 'slow', credits: 1000 })).key);
    const other = api(server.url, (await createApiKey(server.parts, { name: 'other', credits: 1000 })).key);
    const finished: string[] = [];
    const started = performance.now();
    const slowSubmits = Array.from({ length: 8 }, (_, i) =>
      slow.post('/api/v1/generate', body(`https://hooks-${i}.example.test/cb`)).then((r) => {
        finished.push(`slow-${i}`);
        return r;
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    const quick = await other.post('/api/v1/generate', body());
    finished.push('other');
    const slowResults = await Promise.all(slowSubmits);
    const slowMs = performance.now() - started;
    expect(quick.status).toBe(200);
    expect(finished[0]).toBe('other');
    for (const r of slowResults) {
      expect(r.status).toBe(400);
      expect(r.json.data.issues[0].path).toBe('callBackUrl');
      expect(r.json.msg).toContain('does not resolve');
    }
    expect(slowMs).toBeLessThan(10_000);
    const asked = queries;
    expect(asked).toBeGreaterThanOrEqual(8);
    const again = await slow.post('/api/v1/generate', body('https://hooks-3.example.test/cb'));
    expect(again.status).toBe(400);
    expect(queries).toBe(asked);
    console.log(`[figures] dns: 8 submits against a silent name server refused in ${Math.round(slowMs)} ms (1000 ms deadline, all at once); another tenant's submit answered first; a repeat asked no query (cached)`);
    expect((await slow.get('/api/v1/generate/credit')).json.data).toBe(1000);
  });
});
