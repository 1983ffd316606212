import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startWorkerThreads } from '../src/main/worker-threads.ts';
import { tempDataDir } from './support.ts';

describe('worker threads', () => {
  it('starts a thread that died again, logging why it died', async () => {
    const data = tempDataDir();
    const errors: Array<{ message: string; fields: Record<string, unknown> | undefined }> = [];
    const logger = { info: () => undefined, warn: () => undefined, error: (message: string, fields?: Record<string, unknown>) => void errors.push({ message, fields }) };
    let progress = 0;
    const pool = await startWorkerThreads(loadConfig({ SONGLOOM_DATA_DIR: data.dir }), 1, logger, () => void progress++, { entry: new URL('./fixtures/crash-once-worker.mjs', import.meta.url) });
    for (let i = 0; i < 200 && pool.restarts() === 0; i++) await new Promise((r) => setTimeout(r, 25));
    progress = 0;
    for (let i = 0; i < 200 && progress === 0; i++) {
      pool.wake();
      await new Promise((r) => setTimeout(r, 25));
    }
    await pool.stop(100);
    data.remove();
    expect(pool.restarts()).toBe(1);
    expect(errors[0]?.message).toBe('worker thread died; starting it again');
    expect(String(errors[0]?.fields?.reason)).toContain('ENOSPC');
    expect(progress).toBeGreaterThan(0);
  });
});
