import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../packages/server/src/config/config.ts';
import { startServer } from '../packages/server/src/main/server.ts';
import { createApiKey } from '../packages/server/src/services/keys.ts';

export interface PipelineFigures {
  label: string;
  durationSeconds: number;
  /** ms from submit to each status. */
  statusAfterMs: Record<string, number>;
  /** ms from TEXT_SUCCESS to the first byte of the live stream of track 1. */
  streamFirstByteMs: number | null;
}

/**
 * One real task through a real server with 2 worker threads: submit -> each status; with `listen`,
 * a client opens track 1's live stream at TEXT_SUCCESS (which makes the worker encode it live too).
 */
export async function benchPipeline(label: string, body: Record<string, unknown>, options: { listen: boolean }): Promise<PipelineFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'songloom-bench-'));
  const server = await startServer(loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: dir, SONGLOOM_WORKERS: '2', SONGLOOM_QUIET: 'true' }));
  try {
    const key = await createApiKey(server.parts, { name: 'bench', credits: 1000 });
    const headers = { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' };
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/v1/generate`, { method: 'POST', headers, body: JSON.stringify(body) });
    const taskId = ((await res.json()) as { data: { taskId: string } }).data.taskId;
    const statusAfterMs: Record<string, number> = {};
    let streamFirstByteMs: number | null = null;
    let streaming: Promise<void> | null = null;
    let duration = 0;
    for (;;) {
      const info = (await (await fetch(`${server.url}/api/v1/generate/record-info?taskId=${taskId}`, { headers })).json()) as {
        data: { status: string; response: { sunoData: Array<{ streamAudioUrl: string; duration?: number }> } };
      };
      const { status, response } = info.data;
      statusAfterMs[status] ??= performance.now() - t0;
      if (options.listen && status === 'TEXT_SUCCESS' && !streaming && response.sunoData[0]) {
        const tText = performance.now();
        streaming = fetch(response.sunoData[0].streamAudioUrl).then(async (r) => {
          const reader = r.body!.getReader();
          const first = await reader.read();
          if (first.value) streamFirstByteMs = performance.now() - tText;
          await reader.cancel();
        });
      }
      if (status === 'SUCCESS' || status.endsWith('FAILED') || status === 'CALLBACK_EXCEPTION') {
        duration = response.sunoData[0]?.duration ?? 0;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await streaming;
    return { label, durationSeconds: duration, statusAfterMs, streamFirstByteMs };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
