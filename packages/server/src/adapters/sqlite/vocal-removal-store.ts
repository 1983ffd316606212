import type { VocalRemovalType } from '@songloom/contract';
import type { VocalRemovalStatus, VocalRemovalTask } from '../../domain/vocal-removal.ts';
import type { VocalRemovalStore } from '../../ports/vocal-removal-store.ts';
import type { SqliteDatabase } from './database.ts';

interface VocalRemovalRow {
  id: string;
  api_key_id: string;
  source_task_id: string;
  track_id: string;
  track_index: number;
  type: string;
  callback_url: string | null;
  status: string;
  created_at: number;
  completed_at: number;
}

function fromRow(row: VocalRemovalRow): VocalRemovalTask {
  return {
    id: row.id,
    apiKeyId: row.api_key_id,
    sourceTaskId: row.source_task_id,
    trackId: row.track_id,
    trackIndex: row.track_index,
    type: row.type as VocalRemovalType,
    callBackUrl: row.callback_url,
    status: row.status as VocalRemovalStatus,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}

/** {@link VocalRemovalStore} on SQLite (table from migration 003-vocal-removal; outbox from 001-core). */
export function createSqliteVocalRemovalStore(db: SqliteDatabase): VocalRemovalStore {
  const q = {
    insert: db.prepare(`INSERT INTO vocal_removal_tasks
      (id, api_key_id, source_task_id, track_id, track_index, type, callback_url, status, created_at, completed_at)
      VALUES (@id, @apiKeyId, @sourceTaskId, @trackId, @trackIndex, @type, @callBackUrl, @status, @createdAt, @completedAt)`),
    event: db.prepare("INSERT OR IGNORE INTO stage_events (task_id, stage, created_at) VALUES (?, 'complete', ?)"),
    get: db.prepare('SELECT * FROM vocal_removal_tasks WHERE id = ?'),
    callbackException: db.prepare("UPDATE vocal_removal_tasks SET status = 'CALLBACK_EXCEPTION' WHERE id = ?"),
  };
  const create = db.transaction((task: VocalRemovalTask) => {
    q.insert.run({ ...task });
    q.event.run(task.id, task.completedAt);
  });
  return {
    async createCompleted(task) {
      create.immediate(task);
    },
    async get(id) {
      const row = q.get.get(id) as VocalRemovalRow | undefined;
      return row ? fromRow(row) : null;
    },
    async markCallbackException(id) {
      q.callbackException.run(id);
    },
  };
}
