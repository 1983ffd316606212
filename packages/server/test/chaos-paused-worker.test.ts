import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { createApiKey } from '../src/services/keys.ts';
import { api, pollTask, startCli, tempDataDir } from './support.ts';

const data = tempDataDir();
const children: ChildProcess[] = [];
let server: RunningServer | undefined;
afterAll(async () => {
  for (const child of children) {
    child.kill('SIGCONT');
    child.kill('SIGKILL');
  }
  await server?.close();
  data.remove();
});

const workerEnv = { SONGLOOM_DATA_DIR: data.dir, SONGLOOM_JOB_LEASE_MS: '4000' };

async function startWorkerProcess(): Promise<{ child: ChildProcess; id: string; output: () => string }> {
  const started = await startCli(['work'], workerEnv, /worker \d+ running/);
  children.push(started.child);
  return { ...started, id: `process-${started.child.pid}` };
}

async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a paused worker', () => {
  it('never fails a task another worker finished: SIGSTOP past the 4 s lease, takeover, SIGCONT -> SUCCESS, charged once', async () => {
    server = await startServer(loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '0', SONGLOOM_QUIET: 'true', ...{ SONGLOOM_JOB_LEASE_MS: '4000' } }));
    const key = await createApiKey(server.parts, { name: 'paused', credits: 30 });
    const client = api(server.url, key.key);
    const db = new Database(path.join(data.dir, 'songloom.db'), { readonly: true });
    const holder = db.prepare("SELECT id, lease_owner AS owner FROM jobs WHERE kind = 'track' AND state = 'active'");

    const a = await startWorkerProcess();
    const submitted = await client.post('/api/v1/generate', { customMode: true, instrumental: true, model: 'V4_5', style: 'slow ambient pads', title: 'Frozen', duration: 20 });
    const taskId = submitted.json.data.taskId as string;
    const held = await until(() => (holder.all() as Array<{ id: string; owner: string }>).find((j) => j.owner === a.id), 'worker A to hold a track job');
    a.child.kill('SIGSTOP');

    const b = await startWorkerProcess();
    await until(() => (holder.all() as Array<{ id: string; owner: string }>).find((j) => j.id === held.id && j.owner === b.id), "worker B to take over A's job");
    a.child.kill('SIGCONT');

    const done = await pollTask(client, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'), 120_000);
    expect(done.data.status).toBe('SUCCESS');
    expect((await client.get('/api/v1/generate/credit')).json.data).toBe(20);
    await until(() => (a.output().includes('lease lost: result dropped') ? true : undefined), "A's note that it dropped its result", 20_000);
    expect(a.output()).not.toContain('"level":"error"');
    expect(a.child.exitCode).toBeNull();
    const finished = await pollTask(client, taskId, () => true);
    expect(finished.data.status).toBe('SUCCESS');
    db.close();
  }, 180_000);
});
