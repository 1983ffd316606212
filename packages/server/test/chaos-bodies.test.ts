import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { hostileUpload, usage } from './chaos-support.ts';
import { api, tempDataDir } from './support.ts';

const data = tempDataDir();
const logged: Array<{ level: string; message: string }> = [];
const logger = {
  info: (message: string) => logged.push({ level: 'info', message }),
  warn: (message: string) => logged.push({ level: 'warn', message }),
  error: (message: string) => logged.push({ level: 'error', message }),
};
let server: RunningServer;
let key: string;
beforeAll(async () => {
  server = await startServer(loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '0', SONGLOOM_MAX_BODY_BYTES: '65536' }), { logger });
  key = (await server.parts.store.listKeys())[0]?.key ?? (await import('../src/services/keys.ts').then((m) => m.createApiKey(server.parts, { name: 't', credits: 100 }))).key;
});
afterAll(async () => {
  await server.close();
  data.remove();
});

/** Every route the app serves, as a concrete path (parameters and wildcards filled in). */
function everyRoute(): Array<{ method: string; path: string }> {
  const seen = new Set<string>();
  const out: Array<{ method: string; path: string }> = [];
  for (const route of server.routes) {
    const path = route.path.replace(/:[A-Za-z]+/g, 'x').replace(/\*$/, 'anything');
    const method = route.method === 'ALL' ? 'POST' : route.method;
    if (seen.has(`${method} ${path}`)) continue;
    seen.add(`${method} ${path}`);
    out.push({ method, path });
  }
  return out;
}

describe('hostile bodies', () => {
  it('bounds the body of every route: 64 MiB chunked or 400 MiB declared gets a 400 naming the body, after at most a few MiB', async () => {
    const before = usage();
    const routes = everyRoute();
    expect(routes.map((r) => r.path)).toContain('/api/v1/callbacks/redeliver');
    for (const { method, path } of routes) {
      const chunked = await hostileUpload(`${server.url}${path}`, method, 64 * 1024 * 1024);
      expect(chunked.status, `${method} ${path}`).toBe(400);
      // The connection is closed on the rest of the upload, which can cut the answer's body short.
      if (chunked.json !== '') expect(chunked.json.data.issues[0].path, `${method} ${path}`).toBe('body');
      expect(chunked.sentBytes, `${method} ${path}`).toBeLessThan(16 * 1024 * 1024);
      const declared = await hostileUpload(`${server.url}${path}`, method, 1024 * 1024, 400 * 1024 * 1024);
      expect(declared.status, `${method} ${path}`).toBe(400);
      expect(declared.sentBytes, `${method} ${path}`).toBeLessThan(16 * 1024 * 1024);
    }
    const after = usage();
    console.log(`[figures] bodies: ${routes.length} routes x (64 MiB chunked + 400 MiB declared): rss ${before.rssMb} -> ${after.rssMb} MB, cpu ${after.cpuMs - before.cpuMs} ms`);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('gives a malformed taskId the same answer on every route that takes one', async () => {
    const client = api(server.url, key);
    const answers = new Set<string>();
    for (const bad of ['../../etc', 'ABCDEF0123456789ABCDEF0123456789', 'a'.repeat(33), '1e3']) {
      const q = encodeURIComponent(bad);
      const calls = [
        client.get(`/api/v1/generate/record-info?taskId=${q}`),
        client.get(`/api/v1/vocal-removal/record-info?taskId=${q}`),
        client.get(`/api/v1/callbacks?taskId=${q}`),
        client.post('/api/v1/callbacks/redeliver', { taskId: bad }),
        client.post('/api/v1/generate/get-timestamped-lyrics', { taskId: bad, audioId: 'x' }),
        client.post('/api/v1/vocal-removal/generate', { taskId: bad, audioId: '0b9e2a55-1f8e-4c5b-9d33-3f2c9a6b7e10' }),
      ];
      for (const { status, json } of await Promise.all(calls)) {
        answers.add(JSON.stringify({ status, code: json.code, paths: json.data?.issues?.map((i: { path: string }) => i.path) }));
      }
    }
    expect([...answers].map((a) => JSON.parse(a))).toEqual([{ status: 400, code: 400, paths: ['taskId'] }]);
  });

  it('does not log a client that hangs up mid-body as a server error', async () => {
    for (const path of ['/api/v1/generate', '/api/v1/callbacks/redeliver', '/healthz']) {
      const socket = connect(server.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{"customMode":`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logged.filter((l) => l.level === 'error')).toEqual([]);
    expect(logged.filter((l) => l.message === 'client closed the connection').length).toBeGreaterThanOrEqual(2);
  });

  it('answers every body-level 400 with data.issues naming the body', async () => {
    const client = api(server.url, key);
    for (const path of ['/api/v1/generate', '/api/v1/callbacks/redeliver', '/api/v1/vocal-removal/generate', '/api/v1/generate/get-timestamped-lyrics']) {
      for (const raw of ['', '   ', '{nope', '[1,2]', '"text"', 'null']) {
        const res = await fetch(`${client.base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: raw });
        const json = (await res.json()) as any;
        expect(res.status, `${path} ${JSON.stringify(raw)}`).toBe(400);
        expect(json.data.issues, `${path} ${JSON.stringify(raw)}`).toEqual([{ path: 'body', message: expect.any(String) }]);
      }
    }
  });
});
