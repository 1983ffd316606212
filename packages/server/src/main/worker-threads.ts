import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.ts';
import type { Logger } from '../ports/logger.ts';

export interface WorkerPool {
  /** Tells idle workers a job is waiting. */
  wake(): void;
  /** Lets running jobs finish (or hands them back after graceMs), then ends the threads. */
  stop(graceMs?: number): Promise<void>;
  /** How many threads were restarted after dying. */
  restarts(): number;
}

const DEFAULT_ENTRY = new URL('./worker-thread-entry.js', import.meta.url);

/**
 * Starts `count` worker threads; `onProgress` fires when a worker finished a job (a stage may have
 * been reached). A thread that dies is logged with its reason and started again: its job's lease
 * runs out and the job is taken again.
 */
export async function startWorkerThreads(
  config: Config,
  count: number,
  logger: Logger,
  onProgress: () => void,
  options: { entry?: URL; restartDelayMs?: number } = {},
): Promise<WorkerPool> {
  const entry = options.entry ?? DEFAULT_ENTRY;
  let stopping = false;
  let restarts = 0;
  const workers: Array<Worker | null> = new Array<Worker | null>(count).fill(null);
  const supervise = (slot: number, worker: Worker): void => {
    workers[slot] = worker;
    let reason: string | null = null;
    worker.on('error', (error) => {
      reason = error.stack ?? error.message;
    });
    worker.once('exit', (code) => {
      workers[slot] = null;
      if (stopping) return;
      restarts++;
      logger.error('worker thread died; starting it again', { slot, exitCode: code, reason: reason ?? `exited with code ${code}` });
      const restart = (): void => {
        if (stopping) return;
        spawn(config, entry, onProgress).then(
          (fresh) => (stopping ? void fresh.terminate() : supervise(slot, fresh)),
          (error: unknown) => {
            logger.error('worker thread failed to start; trying again', { slot, error: String(error) });
            setTimeout(restart, options.restartDelayMs ?? 1000).unref();
          },
        );
      };
      restart();
    });
  };
  const started = await Promise.all(Array.from({ length: count }, () => spawn(config, entry, onProgress)));
  started.forEach((worker, slot) => supervise(slot, worker));
  return {
    wake: () => {
      for (const w of workers) w?.postMessage({ type: 'wake' });
    },
    restarts: () => restarts,
    stop: async (graceMs = 10_000) => {
      stopping = true;
      await Promise.all(
        workers.map((w) =>
          w === null
            ? undefined
            : new Promise<void>((resolve) => {
                w.once('exit', () => resolve());
                w.postMessage({ type: 'stop', graceMs });
              }),
        ),
      );
    },
  };
}

function spawn(config: Config, entry: URL, onProgress: () => void): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { config } });
    let ready = false;
    worker.on('message', (message: { type: string }) => {
      if (message.type === 'ready') {
        ready = true;
        resolve(worker);
      }
      if (message.type === 'progress') onProgress();
    });
    worker.once('error', (error) => {
      if (!ready) reject(error);
    });
    worker.once('exit', (code) => {
      if (!ready) reject(new Error(`worker thread exited with code ${code} before it was ready`));
    });
  });
}
