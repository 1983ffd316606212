import type pg from 'pg';
import type { ApiKey } from '../../domain/api-key.ts';
import { applyTransition, type Stage, type TaskStatus } from '../../domain/task-status.ts';
import type { Task, TaskFailure, Track } from '../../domain/task.ts';
import type { StageEvent, SubmitOutcome, TaskStore, TrackPatch } from '../../ports/task-store.ts';
import { withTransaction, type Queryable } from './database.ts';
import { keyFromRow, taskFromRow, trackFromRow, type KeyRow, type TaskRow, type TrackRow } from './rows.ts';

const TRACK_COLUMNS: Record<keyof TrackPatch, string> = {
  state: 'state', duration: 'duration', hasCover: 'has_cover', title: 'title', prompt: 'prompt', tags: 'tags',
};

/**
 * TaskStore on PostgreSQL (tables from ./migrations). Every multi-row change is one transaction that
 * first locks the task row, so concurrent changes to one task (two tracks finishing at once, a
 * failure racing a success) are applied one after the other, as SQLite's single writer does.
 */
export class PostgresTaskStore implements TaskStore {
  constructor(private readonly pool: pg.Pool) {}

  async createKey(key: ApiKey): Promise<void> {
    await this.pool.query('INSERT INTO api_keys (id, key, name, credits, created_at) VALUES ($1, $2, $3, $4, $5)', [
      key.id, key.key, key.name, key.credits, key.createdAt,
    ]);
  }

  async findKey(key: string): Promise<ApiKey | null> {
    const { rows } = await this.pool.query<KeyRow>('SELECT * FROM api_keys WHERE key = $1', [key]);
    return rows[0] ? keyFromRow(rows[0]) : null;
  }

  async findKeyById(id: string): Promise<ApiKey | null> {
    const { rows } = await this.pool.query<KeyRow>('SELECT * FROM api_keys WHERE id = $1', [id]);
    return rows[0] ? keyFromRow(rows[0]) : null;
  }

  async listKeys(): Promise<ApiKey[]> {
    const { rows } = await this.pool.query<KeyRow>('SELECT * FROM api_keys ORDER BY created_at, id');
    return rows.map(keyFromRow);
  }

  async adjustCredits(key: string, delta: number): Promise<number | null> {
    const { rows } = await this.pool.query<{ credits: string }>(
      'UPDATE api_keys SET credits = GREATEST(0, credits + $1) WHERE key = $2 RETURNING credits',
      [delta, key],
    );
    return rows[0] ? Number(rows[0].credits) : null;
  }

  async submitTask(task: Task): Promise<SubmitOutcome> {
    return withTransaction(this.pool, async (client): Promise<SubmitOutcome> => {
      // The condition is re-checked on the newest row version after waiting for a concurrent debit.
      const debited = await client.query<{ credits: string }>(
        'UPDATE api_keys SET credits = credits - $1 WHERE id = $2 AND credits >= $1 RETURNING credits',
        [task.creditsCharged, task.apiKeyId],
      );
      const balance = debited.rows[0]?.credits;
      if (balance === undefined) {
        const { rows } = await client.query<{ credits: string }>('SELECT credits FROM api_keys WHERE id = $1', [task.apiKeyId]);
        return { ok: false, reason: 'insufficient_credits', balance: Number(rows[0]?.credits ?? 0) };
      }
      await client.query(
        `INSERT INTO tasks (id, api_key_id, status, param, request, callback_url, credits_charged, seed, error, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10)`,
        [task.id, task.apiKeyId, task.status, task.param, JSON.stringify(task.request), task.callBackUrl,
          task.creditsCharged, task.seed, task.createdAt, task.updatedAt],
      );
      return { ok: true, balance: Number(balance) };
    });
  }

  async getTask(id: string): Promise<Task | null> {
    const { rows } = await this.pool.query<TaskRow>('SELECT * FROM tasks WHERE id = $1', [id]);
    return rows[0] ? taskFromRow(rows[0]) : null;
  }

  async listUnfinishedTasks(): Promise<Task[]> {
    const { rows } = await this.pool.query<TaskRow>(
      "SELECT * FROM tasks WHERE status IN ('PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS') ORDER BY created_at, id",
    );
    return rows.map(taskFromRow);
  }

  async completeText(taskId: string, tracks: Track[], at: number): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      const status = await lockTask(client, taskId);
      for (const t of tracks) {
        await client.query(
          `INSERT INTO tracks (id, task_id, idx, seed, title, prompt, tags, state, duration, has_cover, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
          [t.id, taskId, t.index, t.seed, t.title, t.prompt, t.tags, t.state, t.duration, t.hasCover, t.createdAt],
        );
      }
      await advance(client, taskId, status, 'TEXT_SUCCESS', at);
    });
  }

  async getTracks(taskId: string): Promise<Track[]> {
    const { rows } = await this.pool.query<TrackRow>('SELECT * FROM tracks WHERE task_id = $1 ORDER BY idx', [taskId]);
    return rows.map(trackFromRow);
  }

  async getTrack(trackId: string): Promise<Track | null> {
    const { rows } = await this.pool.query<TrackRow>('SELECT * FROM tracks WHERE id = $1', [trackId]);
    return rows[0] ? trackFromRow(rows[0]) : null;
  }

  async updateTrack(trackId: string, patch: TrackPatch): Promise<void> {
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [field, column] of Object.entries(TRACK_COLUMNS) as Array<[keyof TrackPatch, string]>) {
      const value = patch[field];
      if (value === undefined) continue;
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    }
    if (sets.length === 0) return;
    values.push(trackId);
    await this.pool.query(`UPDATE tracks SET ${sets.join(', ')} WHERE id = $${values.length}`, values);
  }

  async completeTrack(trackId: string, duration: number, at: number): Promise<TaskStatus> {
    return withTransaction(this.pool, async (client): Promise<TaskStatus> => {
      const track = await client.query<{ task_id: string }>('SELECT task_id FROM tracks WHERE id = $1', [trackId]);
      const taskId = track.rows[0]?.task_id;
      if (taskId === undefined) throw new Error(`unknown track ${trackId}`);
      const status = await lockTask(client, taskId);
      await client.query("UPDATE tracks SET state = 'done', duration = $1 WHERE id = $2", [duration, trackId]);
      // Counted after the lock, so a track finished by a concurrent transaction is already visible.
      const { rows } = await client.query<{ total: string; done: string }>(
        "SELECT COUNT(*) AS total, COUNT(*) FILTER (WHERE state = 'done') AS done FROM tracks WHERE task_id = $1",
        [taskId],
      );
      const counts = rows[0];
      const target: TaskStatus = counts && Number(counts.done) >= Number(counts.total) ? 'SUCCESS' : 'FIRST_SUCCESS';
      return advance(client, taskId, status, target, at);
    });
  }

  async failTask(taskId: string, status: TaskStatus, failure: TaskFailure, refund: boolean, at: number): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ status: TaskStatus; api_key_id: string; credits_charged: string; refunded: boolean }>(
        'SELECT status, api_key_id, credits_charged, refunded FROM tasks WHERE id = $1 FOR UPDATE',
        [taskId],
      );
      const row = rows[0];
      if (!row || applyTransition(row.status, status) === null) return;
      await client.query('UPDATE tasks SET error = $1 WHERE id = $2', [JSON.stringify(failure), taskId]);
      if (refund && !row.refunded) {
        await client.query('UPDATE api_keys SET credits = credits + $1 WHERE id = $2', [row.credits_charged, row.api_key_id]);
        await client.query('UPDATE tasks SET refunded = TRUE WHERE id = $1', [taskId]);
      }
      await advance(client, taskId, row.status, status, at);
    });
  }

  async markCallbackException(taskId: string, at: number): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      const status = await lockTask(client, taskId);
      await advance(client, taskId, status, 'CALLBACK_EXCEPTION', at);
    });
  }

  async listStageEvents(afterSeq: number, limit: number): Promise<StageEvent[]> {
    const { rows } = await this.pool.query<{ seq: string; task_id: string; stage: Stage; created_at: string }>(
      'SELECT seq, task_id, stage, created_at FROM stage_events WHERE seq > $1 ORDER BY seq LIMIT $2',
      [afterSeq, limit],
    );
    return rows.map((r) => ({ seq: Number(r.seq), taskId: r.task_id, stage: r.stage, createdAt: Number(r.created_at) }));
  }
}

/** Locks the task row until the transaction ends and returns its status. */
async function lockTask(client: Queryable, taskId: string): Promise<TaskStatus> {
  const { rows } = await client.query<{ status: TaskStatus }>('SELECT status FROM tasks WHERE id = $1 FOR UPDATE', [taskId]);
  const row = rows[0];
  if (!row) throw new Error(`unknown task ${taskId}`);
  return row.status;
}

/**
 * Moves a locked task forward when allowed and records the stage event; returns its status afterwards.
 * Must be the last write of the transaction: it takes the stage_events write lock until commit.
 */
async function advance(client: Queryable, taskId: string, from: TaskStatus, to: TaskStatus, at: number): Promise<TaskStatus> {
  const change = applyTransition(from, to);
  if (!change) return from;
  await client.query('UPDATE tasks SET status = $1, updated_at = $2 WHERE id = $3', [change.status, at, taskId]);
  const stage = change.stage;
  if (stage) {
    // Writers of stage events take turns, so sequence numbers become visible in increasing order and
    // a reader following `seq > cursor` never skips an event that commits late with a lower seq.
    await client.query('LOCK TABLE stage_events IN EXCLUSIVE MODE');
    await client.query(
      'INSERT INTO stage_events (task_id, stage, created_at) VALUES ($1, $2, $3) ON CONFLICT (task_id, stage) DO NOTHING',
      [taskId, stage, at],
    );
  }
  return change.status;
}
