import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.ts';
import type { Logger } from '../ports/logger.ts';

export interface WorkerPool {
  /** Tells idle workers a job is waiting. */
  wake(): void;
  /** Lets running jobs finish (or hands them back after graceMs), then ends the threads. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `count` worker threads; `onProgress` fires when a worker finished a job (a stage may have been reached). */
export async function startWorkerThreads(config: Config, count: number, logger: Logger, onProgress: () => void): Promise<WorkerPool> {
  const workers = await Promise.all(Array.from({ length: count }, () => spawn(config, logger, onProgress)));
  return {
    wake: () => {
      for (const w of workers) w.postMessage({ type: 'wake' });
    },
    stop: async (graceMs = 10_000) => {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              w.once('exit', () => resolve());
              w.postMessage({ type: 'stop', graceMs });
            }),
        ),
      );
    },
  };
}

function spawn(config: Config, logger: Logger, onProgress: () => void): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-thread-entry.js', import.meta.url), { workerData: { config } });
    worker.on('message', (message: { type: string }) => {
      if (message.type === 'ready') resolve(worker);
      if (message.type === 'progress') onProgress();
    });
    worker.once('error', (error) => {
      logger.error('worker thread failed', { error: error.message });
      reject(error);
    });
  });
}
