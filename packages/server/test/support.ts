import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MPEGDecoder } from 'mpg123-decoder';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'songloom-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Api {
  base: string;
  key: string;
  post(pathname: string, body: unknown): Promise<{ status: number; json: any }>;
  get(pathname: string): Promise<{ status: number; json: any }>;
}

export function api(base: string, key: string): Api {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  return {
    base,
    key,
    post: async (pathname, body) => {
      const res = await fetch(`${base}${pathname}`, { method: 'POST', headers, body: JSON.stringify(body) });
      return { status: res.status, json: await res.json() };
    },
    get: async (pathname) => {
      const res = await fetch(`${base}${pathname}`, { headers });
      return { status: res.status, json: await res.json() };
    },
  };
}

/** Polls record-info until `done(status)` or the time runs out; returns every status seen, in order. */
export async function pollTask(client: Api, taskId: string, until: (status: string) => boolean, timeoutMs = 120_000): Promise<{ data: any; seen: string[] }> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { json } = await client.get(`/api/v1/generate/record-info?taskId=${taskId}`);
    const status = json.data?.status as string;
    if (seen.at(-1) !== status) seen.push(status);
    if (until(status)) return { data: json.data, seen };
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${status} after ${timeoutMs} ms (seen ${seen.join(' -> ')})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Decodes an MP3 with mpg123 (WASM) and returns its duration in seconds and its samples. */
export async function decodeMp3(bytes: Uint8Array): Promise<{ seconds: number; sampleRate: number; channels: Float32Array[] }> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  const result = decoder.decode(bytes);
  decoder.free();
  return { seconds: result.samplesDecoded / result.sampleRate, sampleRate: result.sampleRate, channels: result.channelData };
}

/** Starts `songloom <args>` as a real child process; resolves once it prints `ready`. */
export function startCli(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'packages/server/bin/songloom.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (ready.test(output)) resolve({ child, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`songloom ${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

/** Runs `songloom <args>` to completion and returns its stdout. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'packages/server/bin/songloom.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
