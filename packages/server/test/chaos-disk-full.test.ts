import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLoopbackReceiver, type LoopbackReceiver } from '../src/testing/loopback-receiver.ts';
import { api, pollTask, repoRoot, tempDataDir } from './support.ts';

const data = tempDataDir();
let child: ChildProcess | undefined;
let receiver: LoopbackReceiver | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await receiver?.close();
  data.remove();
});

/** Runs a shell command inside the server's private mount namespace (where the small tmpfs is). */
const inside = (pid: number, script: string): string => execFileSync('nsenter', ['-t', String(pid), '-m', 'sh', '-c', script], { encoding: 'utf8' });

/** Leaves `mb` MB free on the data dir's tmpfs by (re)writing a filler file. */
function leaveFree(pid: number, mb: number): void {
  inside(pid, `rm -f "$0/filler"; avail=$(df -k --output=avail "$0" | tail -1); head -c $(( (avail - ${mb} * 1024) * 1024 )) /dev/zero > "$0/filler"`.replace(/\$0/g, data.dir));
}

describe('a full disk', () => {
  it('fails the job cleanly (refund, error callback, no temp file), refuses submits while full, and works again once space is back', async () => {
    receiver = await startLoopbackReceiver();
    const server = spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs -o size=40m tmpfs "${data.dir}" && exec "${process.execPath}" "${path.join(repoRoot, 'packages/server/bin/songloom.js')}" serve`], {
      cwd: repoRoot,
      env: {
        ...process.env, SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '1', SONGLOOM_JOB_MAX_ATTEMPTS: '1',
        SONGLOOM_MIN_FREE_DISK_MB: '4', SONGLOOM_ALLOW_PRIVATE_CALLBACKS: 'true', SONGLOOM_INITIAL_CREDITS: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', onData);
      server.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    });
    const pid = server.pid!;
    const client = api(url, /\n\s+(sk_\S+)\n/.exec(output)![1]!);

    leaveFree(pid, 6);
    const doomed = await client.post('/api/v1/generate', { customMode: true, instrumental: true, model: 'V4_5', style: 'ambient pads', title: 'Full', duration: 60, callBackUrl: receiver.url });
    expect(doomed.status).toBe(200);
    const failed = await pollTask(client, doomed.json.data.taskId, (s) => s.endsWith('FAILED') || s === 'SUCCESS', 120_000);
    expect(failed.data.status).toBe('GENERATE_AUDIO_FAILED');
    expect(failed.data.errorMessage).toMatch(/ENOSPC|no space/i);
    expect((await client.get('/api/v1/generate/credit')).json.data).toBe(100);
    await receiver.waitFor(2, 30_000);
    expect(receiver.received.map((r) => JSON.parse(r.body).data.callbackType)).toEqual(['text', 'error']);
    expect(inside(pid, `find "${data.dir}" -name '*.tmp'`).trim()).toBe('');

    leaveFree(pid, 2);
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as any).checks.disk).toMatchObject({ ok: false, detail: expect.stringContaining('MB free') });
    const refused = await client.post('/api/v1/generate', { customMode: false, instrumental: true, model: 'V4', prompt: 'a calm piano piece' });
    expect(refused.status).toBe(503);
    expect(refused.json.code).toBe(455);
    expect(refused.json.msg).toContain('Nothing was charged');
    expect((await client.get('/api/v1/generate/credit')).json.data).toBe(100);

    inside(pid, `rm -f "${data.dir}/filler"`);
    const ready = await fetch(`${url}/readyz`);
    expect(((await ready.json()) as any).checks.disk.ok).toBe(true);
    const healed = await client.post('/api/v1/generate', { customMode: true, instrumental: true, model: 'V4_5', style: 'ambient pads', title: 'Room again', duration: 10 });
    expect(healed.status).toBe(200);
    const done = await pollTask(client, healed.json.data.taskId, (s) => s.endsWith('FAILED') || s === 'SUCCESS', 120_000);
    expect(done.data.status).toBe('SUCCESS');
    expect(output).not.toContain('worker thread died');
    expect(server.exitCode).toBeNull();
  }, 240_000);
});
