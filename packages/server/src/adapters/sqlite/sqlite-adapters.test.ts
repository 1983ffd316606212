import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeJobQueue } from '../../testing/describe-job-queue.ts';
import { describeTaskStore } from '../../testing/describe-task-store.ts';
import { openDatabase } from './database.ts';
import { SqliteJobQueue } from './job-queue.ts';
import { SqliteTaskStore } from './task-store.ts';

function tempDb() {
  const dir = mkdtempSync(path.join(tmpdir(), 'songloom-sqlite-'));
  const db = openDatabase(path.join(dir, 'test.db'));
  return { db, cleanup: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

describeTaskStore('sqlite', async () => {
  const { db, cleanup } = tempDb();
  return { store: new SqliteTaskStore(db), close: async () => cleanup() };
});

describeJobQueue('sqlite', async (clock) => {
  const { db, cleanup } = tempDb();
  return { queue: new SqliteJobQueue(db, clock, { maxAttempts: 3, backoffMs: 1000 }), close: async () => cleanup() };
});
