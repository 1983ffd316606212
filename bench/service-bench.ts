import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../packages/server/src/config/config.ts';
import { startServer } from '../packages/server/src/main/server.ts';
import { createApiKey } from '../packages/server/src/services/keys.ts';
import { runLoad, type LoadResult } from './load.ts';

export interface ServiceFigures {
  submit: LoadResult;
  recordInfo: LoadResult;
}

/** Submit and record-info throughput on the embedded defaults, one server process, no workers. */
export async function benchService(): Promise<ServiceFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'songloom-bench-'));
  const config = loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: dir, SONGLOOM_WORKERS: '0', SONGLOOM_QUIET: 'true' });
  const server = await startServer(config);
  try {
    const key = await createApiKey(server.parts, { name: 'bench', credits: 1_000_000_000 });
    const headers = { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' };
    const body = JSON.stringify({ customMode: false, instrumental: true, model: 'V4_5', prompt: 'a calm lo-fi piano piece for a rainy night' });
    await runLoad({ url: `${server.url}/api/v1/generate`, method: 'POST', headers, body, total: 500, concurrency: 16 });
    const submit = await runLoad({ url: `${server.url}/api/v1/generate`, method: 'POST', headers, body, total: 10_000, concurrency: 32 });
    const res = await fetch(`${server.url}/api/v1/generate`, { method: 'POST', headers, body });
    const { data } = (await res.json()) as { data: { taskId: string } };
    const infoUrl = `${server.url}/api/v1/generate/record-info?taskId=${data.taskId}`;
    await runLoad({ url: infoUrl, method: 'GET', headers, total: 1000, concurrency: 16 });
    const recordInfo = await runLoad({ url: infoUrl, method: 'GET', headers, total: 30_000, concurrency: 32 });
    return { submit, recordInfo };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
