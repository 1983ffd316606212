import type { AddressInfo } from 'node:net';
import { serve as serveHttp, type ServerType } from '@hono/node-server';
import { createConsoleLogger } from '../adapters/system/console-logger.ts';
import { publicUrlOf, type Config } from '../config/config.ts';
import { createSqliteVocalRemovalStore } from '../adapters/sqlite/vocal-removal-store.ts';
import { createApp } from '../http/app.ts';
import { createVocalRemovalRoutes } from '../http/routes/vocal-removal.ts';
import type { Logger } from '../ports/logger.ts';
import { FileUrls } from '../services/file-urls.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import { textJobId } from '../services/submit-task.ts';
import { createCallbackSystem, type CallbackSystem } from './callbacks.ts';
import { createPageRoutes } from '../http/routes/pages.ts';
import { createContentCheck, createCallbackUrlCheck } from './checks.ts';
import { openEmbedded, type EmbeddedParts } from './embedded.ts';
import { urlSecret } from './url-secret.ts';
import { startWorkerThreads, type WorkerPool } from './worker-threads.ts';
import { createSqliteWorkerBeats } from '../adapters/sqlite/worker-beats.ts';
import { WORKER_BEAT_MS, type WorkerBeats } from '../ports/worker-beats.ts';
import { failStuckTasks } from '../services/watchdog.ts';
import { startDiskMonitor, type DiskMonitor } from './disk-monitor.ts';

export interface RunningServer {
  url: string;
  port: number;
  deps: ServiceDeps;
  parts: EmbeddedParts;
  callbacks: CallbackSystem;
  /** Every route the app serves (method and path pattern). */
  routes: Array<{ method: string; path: string }>;
  /** Graceful: stops accepting, lets workers finish or hand back their jobs, closes the store. */
  close(graceMs?: number): Promise<void>;
}

/** Builds everything from the config and starts listening (port 0 picks a free port). */
export async function startServer(config: Config, options: { logger?: Logger } = {}): Promise<RunningServer> {
  const logger: Logger = options.logger ?? createConsoleLogger({ silent: config.QUIET });
  const parts = openEmbedded(config);
  let boundPort = config.PORT;
  const urls = new FileUrls(urlSecret(config), config.FILE_URL_TTL, () => publicUrlOf(config, boundPort));
  let pool: WorkerPool | null = null;
  const disk = startDiskMonitor(config.DATA_DIR, config.MIN_FREE_DISK_MB * 1e6);
  await disk.check();
  const beats = createSqliteWorkerBeats(parts.db);
  const deps: ServiceDeps = {
    ...parts,
    urls,
    logger,
    checkContent: createContentCheck(config),
    checkCallbackUrl: createCallbackUrlCheck(config),
    creditsPerTask: config.CREDITS_PER_TASK,
    storageProblem: () => disk.problem(),
    notifyWork: () => pool?.wake(),
  };
  const vocalRemovals = createSqliteVocalRemovalStore(parts.db);
  const callbacks = createCallbackSystem(config, parts, urls, logger, vocalRemovals);
  const vocalRemoval = createVocalRemovalRoutes(
    { ...deps, vocalRemovals, notifyCallbacks: () => callbacks.dispatcher.wake() },
  );
  const app = createApp(deps, {
    maxBodyBytes: config.MAX_BODY_BYTES,
    stream: { stallMs: config.STREAM_STALL_MS },
    readiness: () => readiness(parts, disk, beats),
    apiRoutes: [callbacks.routes, vocalRemoval],
    pageRoutes: [createPageRoutes()],
  });
  const server = await listen(app.fetch, config);
  boundPort = (server.address() as AddressInfo).port;
  const onProgress = (): void => {
    pool?.wake();
    callbacks.dispatcher.wake();
  };
  if (config.WORKERS > 0) pool = await startWorkerThreads(config, config.WORKERS, logger, onProgress);
  callbacks.dispatcher.start();
  await requeueUnfinished(parts);
  const watchdog = setInterval(() => {
    failStuckTasks({ ...parts, logger }, config.STUCK_TASK_MS).then(
      (ended) => ended > 0 && callbacks.dispatcher.wake(),
      (error: unknown) => logger.error('watchdog failed', { error: String(error) }),
    );
  }, Math.min(30_000, Math.max(250, config.STUCK_TASK_MS / 4)));
  pool?.wake();
  const url = publicUrlOf(config, boundPort);
  return {
    url,
    port: boundPort,
    deps,
    parts,
    callbacks,
    routes: app.routes.map((r) => ({ method: r.method, path: r.path })),
    close: async (graceMs = 10_000) => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        setTimeout(() => (server as import('node:http').Server).closeAllConnections(), 1000).unref();
      });
      clearInterval(watchdog);
      disk.stop();
      await pool?.stop(graceMs);
      await callbacks.stop();
      parts.close();
    },
  };
}

function listen(fetch: (request: Request) => Response | Promise<Response>, config: Config): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serveHttp({ fetch, port: config.PORT, hostname: config.HOST }, () => resolve(server));
    server.once('error', reject);
  });
}

/** A worker counts as present when it beat within this long (they beat every WORKER_BEAT_MS). */
const WORKER_SEEN_MS = 3 * WORKER_BEAT_MS;

async function readiness(parts: EmbeddedParts, disk: DiskMonitor, beats: WorkerBeats): Promise<Record<string, { ok: boolean; detail: string }>> {
  const checks: Record<string, { ok: boolean; detail: string }> = {};
  try {
    await parts.store.listKeys();
    checks.store = { ok: true, detail: 'readable' };
  } catch (error) {
    checks.store = { ok: false, detail: `cannot be read: ${String(error)}` };
  }
  await disk.check();
  const problem = disk.problem();
  const free = disk.freeBytes();
  checks.disk = problem ? { ok: false, detail: `${problem}; new tasks are refused` } : { ok: true, detail: `${free === null ? '?' : Math.floor(free / 1e6)} MB free` };
  const seen = await beats.lastSeen().catch(() => null);
  const age = seen === null ? null : parts.clock.now() - seen;
  checks.workers =
    age !== null && age <= WORKER_SEEN_MS
      ? { ok: true, detail: `a worker was seen ${Math.round(age / 1000)} s ago` }
      : { ok: false, detail: seen === null ? 'no worker has been seen: start one with `songloom work` or set SONGLOOM_WORKERS' : `no worker seen for ${Math.round((age ?? 0) / 1000)} s` };
  return checks;
}

/** A task whose first job was never queued (a crash between commit and enqueue) gets it now. */
async function requeueUnfinished(parts: EmbeddedParts): Promise<void> {
  for (const task of await parts.store.listUnfinishedTasks()) {
    if (task.status === 'PENDING') await parts.queue.enqueue({ id: textJobId(task.id), kind: 'text', taskId: task.id });
  }
}
