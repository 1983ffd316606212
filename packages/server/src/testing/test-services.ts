import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FsBlobStore } from '../adapters/fs-blob/fs-blob-store.ts';
import { openDatabase, type SqliteDatabase } from '../adapters/sqlite/database.ts';
import { SqliteJobQueue } from '../adapters/sqlite/job-queue.ts';
import { SqliteTaskStore } from '../adapters/sqlite/task-store.ts';
import { createSqliteVocalRemovalStore } from '../adapters/sqlite/vocal-removal-store.ts';
import { randomIds } from '../adapters/system/random-ids.ts';
import { createCallbackUrlCheck } from '../callbacks/check-callback-url.ts';
import { createContentFilter } from '../domain/content-filter.ts';
import type { ApiKey } from '../domain/api-key.ts';
import { createApp } from '../http/app.ts';
import { createVocalRemovalRoutes } from '../http/routes/vocal-removal.ts';
import type { HostResolver } from '../ports/host-resolver.ts';
import type { VocalRemovalStore } from '../ports/vocal-removal-store.ts';
import { FileUrls } from '../services/file-urls.ts';
import { createApiKey } from '../services/keys.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import { FakeClock } from './fake-clock.ts';

export interface TestServices {
  deps: ServiceDeps;
  /** The SQLite database behind the store (for building more adapters over it, e.g. the callback store). */
  db: SqliteDatabase;
  clock: FakeClock;
  app: ReturnType<typeof createApp>;
  dir: string;
  key: ApiKey;
  wakeups: number;
  /** Vocal-removal tasks (its routes are mounted on `app`). */
  vocalRemovals: VocalRemovalStore;
  /** How many times a service asked the callback dispatcher to wake. */
  callbackWakeups: number;
  close(): void;
}

/**
 * The real services, store, queue and HTTP app on a temporary SQLite file, with a fake clock and
 * a fake DNS (`hosts`), for in-process route tests.
 */
export async function createTestServices(options: { credits?: number; creditsPerTask?: number; hosts?: Record<string, string[]>; blockedWords?: string[]; allowPrivateCallbacks?: boolean } = {}): Promise<TestServices> {
  const dir = mkdtempSync(path.join(tmpdir(), 'songloom-test-'));
  const db = openDatabase(path.join(dir, 'songloom.db'));
  const clock = new FakeClock(Date.UTC(2026, 10, 25, 12, 0, 0));
  const resolver: HostResolver = {
    resolve: async (host) => {
      const found = options.hosts?.[host];
      if (!found) throw new Error(`ENOTFOUND ${host}`);
      return found;
    },
  };
  const filter = createContentFilter({ blockedWords: options.blockedWords ?? [], blockArtists: true });
  const services: TestServices = {
    deps: undefined as unknown as ServiceDeps,
    db,
    clock,
    app: undefined as unknown as ReturnType<typeof createApp>,
    dir,
    key: undefined as unknown as ApiKey,
    wakeups: 0,
    vocalRemovals: createSqliteVocalRemovalStore(db),
    callbackWakeups: 0,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  services.deps = {
    store: new SqliteTaskStore(db),
    queue: new SqliteJobQueue(db, clock, { maxAttempts: 3, backoffMs: 1000 }),
    blobs: new FsBlobStore(path.join(dir, 'files')),
    clock,
    ids: randomIds,
    urls: new FileUrls('test-url-secret-0123456789', 3600, () => 'http://127.0.0.1:9'),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    checkContent: (fields) => filter.check(fields),
    checkCallbackUrl: createCallbackUrlCheck({ resolver, allowPrivate: options.allowPrivateCallbacks ?? false }),
    creditsPerTask: options.creditsPerTask ?? 10,
    storageProblem: () => null,
    notifyWork: () => {
      services.wakeups++;
    },
  };
  const vocalRemoval = createVocalRemovalRoutes(
    {
      ...services.deps,
      vocalRemovals: services.vocalRemovals,
      notifyCallbacks: () => {
        services.callbackWakeups++;
      },
    },
  );
  services.app = createApp(services.deps, { maxBodyBytes: 64 * 1024, apiRoutes: [vocalRemoval] });
  services.key = await createApiKey(services.deps, { name: 'test', credits: options.credits ?? 1000 });
  return services;
}
