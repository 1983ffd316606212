import { availableParallelism } from 'node:os';
import type { Config } from '../config/config.ts';
import { startWorker } from './worker-runtime.ts';

/** `songloom work`: a worker process only, sharing the data dir's queue with the server. */
export async function work(config: Config): Promise<void> {
  const worker = await startWorker(config, `process-${process.pid}`, () => undefined);
  console.error(`songloom worker ${process.pid} running (SONGLOOM_DATA_DIR=${config.DATA_DIR}, ${availableParallelism()} cores)`);
  const stop = (): void => {
    void worker.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
