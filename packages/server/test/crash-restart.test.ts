import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { api, pollTask, runCli, startCli, tempDataDir } from './support.ts';

const children: ChildProcess[] = [];
const data = tempDataDir();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  data.remove();
});

async function startServe(workers: number) {
  const started = await startCli(['serve'], {
    SONGLOOM_PORT: '0',
    SONGLOOM_DATA_DIR: data.dir,
    SONGLOOM_WORKERS: String(workers),
    SONGLOOM_JOB_LEASE_MS: '1500',
    SONGLOOM_INITIAL_CREDITS: '50',
  }, /listening on (http:\/\/\S+)/);
  children.push(started.child);
  const url = /listening on (http:\/\/\S+)/.exec(started.output())![1]!;
  return { ...started, url };
}

describe('durable work', () => {
  it('finishes a task after kill -9 mid-generation, resuming after the text stage, charging credits once; `songloom work` shares the queue', async () => {
    const first = await startServe(1);
    const key = /\n\s+(sk_\S+)\n/.exec(first.output())![1]!;
    const client = api(first.url, key);
    const submitted = await client.post('/api/v1/generate', {
      customMode: true, instrumental: true, model: 'V4_5', style: 'slow ambient pads', title: 'Survivor', duration: 45,
    });
    expect(submitted.status).toBe(200);
    const taskId = submitted.json.data.taskId as string;
    const before = await pollTask(client, taskId, (s) => s === 'TEXT_SUCCESS' || s === 'FIRST_SUCCESS' || s === 'SUCCESS', 60_000);
    expect(before.data.status).toBe('TEXT_SUCCESS');
    const trackIds = before.data.response.sunoData.map((t: { id: string }) => t.id);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startServe(0);
    const worker = await startCli(['work'], { SONGLOOM_DATA_DIR: data.dir, SONGLOOM_JOB_LEASE_MS: '1500' }, /worker \d+ running/);
    children.push(worker.child);
    const after = api(second.url, key);
    const done = await pollTask(after, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'), 120_000);
    expect(done.data.status).toBe('SUCCESS');
    expect(done.data.response.sunoData.map((t: { id: string }) => t.id)).toEqual(trackIds);
    expect((await after.get('/api/v1/generate/credit')).json.data).toBe(40);
  }, 200_000);

  it('stops gracefully on SIGTERM mid-generation (in-flight work finished or handed back) and finishes after a restart', async () => {
    const first = await startServe(1);
    const created = (await runCli(['keys', 'create', '--credits', '20'], { SONGLOOM_DATA_DIR: data.dir })).stdout.trim().split('\n').at(-1)!;
    const own = api(first.url, created);
    const taskId = (await own.post('/api/v1/generate', { customMode: false, instrumental: true, model: 'V4', prompt: 'a calm piano piece', duration: 30 })).json.data.taskId as string;
    await pollTask(own, taskId, (s) => s !== 'PENDING', 60_000);
    first.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => first.child.once('exit', resolve));
    expect(code).toBe(0);
    expect(first.output()).toContain('SIGTERM: finishing in-flight work');
    const second = await startServe(1);
    const after = api(second.url, created);
    const done = await pollTask(after, taskId, (s) => s === 'SUCCESS' || s.endsWith('FAILED'), 120_000);
    expect(done.data.status).toBe('SUCCESS');
    expect((await after.get('/api/v1/generate/credit')).json.data).toBe(10);
  }, 200_000);
});
