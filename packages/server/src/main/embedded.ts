import { mkdirSync } from 'node:fs';
import { openDatabase, type SqliteDatabase } from '../adapters/sqlite/database.ts';
import { SqliteJobQueue } from '../adapters/sqlite/job-queue.ts';
import { SqliteTaskStore } from '../adapters/sqlite/task-store.ts';
import { FsBlobStore } from '../adapters/fs-blob/fs-blob-store.ts';
import { randomIds } from '../adapters/system/random-ids.ts';
import { systemClock } from '../adapters/system/system-clock.ts';
import type { Config } from '../config/config.ts';
import type { IdSource } from '../domain/ids.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { blobRoot, databaseFile } from './paths.ts';

/** The embedded defaults: SQLite store and queue in DATA_DIR, files in DATA_DIR/files. */
export interface EmbeddedParts {
  db: SqliteDatabase;
  store: TaskStore;
  queue: JobQueue;
  blobs: BlobStore;
  clock: Clock;
  ids: IdSource;
  close(): void;
}

export function openEmbedded(config: Config, clock: Clock = systemClock): EmbeddedParts {
  mkdirSync(config.DATA_DIR, { recursive: true });
  const db = openDatabase(databaseFile(config));
  return {
    db,
    store: new SqliteTaskStore(db),
    queue: new SqliteJobQueue(db, clock, { maxAttempts: config.JOB_MAX_ATTEMPTS, backoffMs: 2000 }),
    blobs: new FsBlobStore(blobRoot(config)),
    clock,
    ids: randomIds,
    close: () => db.close(),
  };
}
