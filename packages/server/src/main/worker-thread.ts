import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.ts';
import { startWorker } from './worker-runtime.ts';

/** One in-process worker: its own SQLite connection and sound bank, driven by messages from the server. */
const config = (workerData as { config: Config }).config;
const worker = await startWorker(config, `thread-${process.pid}-${threadId}`, () => parentPort?.postMessage({ type: 'progress' }));
parentPort?.postMessage({ type: 'ready' });
parentPort?.on('message', (message: { type: string; graceMs?: number }) => {
  if (message.type === 'wake') worker.wake();
  if (message.type === 'stop') {
    void worker.stop(message.graceMs ?? 10_000).then(() => {
      parentPort?.postMessage({ type: 'stopped' });
      parentPort?.close();
    });
  }
});
