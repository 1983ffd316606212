import type { ApiKey } from '../../domain/api-key.ts';
import { applyTransition, type Stage, type TaskStatus } from '../../domain/task-status.ts';
import type { Task, TaskFailure, Track } from '../../domain/task.ts';
import type { StageEvent, SubmitOutcome, TaskStore, TrackPatch } from '../../ports/task-store.ts';
import type { SqliteDatabase } from './database.ts';
import { statementCache } from './statement-cache.ts';
import { keyFromRow, taskFromRow, trackFromRow, type KeyRow, type TaskRow, type TrackRow } from './rows.ts';

/** TaskStore on SQLite: every multi-row change is one IMMEDIATE transaction. */
export class SqliteTaskStore implements TaskStore {
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(private readonly db: SqliteDatabase) {
    this.sql = statementCache(db);
  }

  async createKey(key: ApiKey): Promise<void> {
    this.sql('INSERT INTO api_keys (id, key, name, credits, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(key.id, key.key, key.name, key.credits, key.createdAt);
  }

  async findKey(key: string): Promise<ApiKey | null> {
    const row = this.sql('SELECT * FROM api_keys WHERE key = ?').get(key) as KeyRow | undefined;
    return row ? keyFromRow(row) : null;
  }

  async findKeyById(id: string): Promise<ApiKey | null> {
    const row = this.sql('SELECT * FROM api_keys WHERE id = ?').get(id) as KeyRow | undefined;
    return row ? keyFromRow(row) : null;
  }

  async listKeys(): Promise<ApiKey[]> {
    return (this.sql('SELECT * FROM api_keys ORDER BY created_at, id').all() as KeyRow[]).map(keyFromRow);
  }

  async adjustCredits(key: string, delta: number): Promise<number | null> {
    const row = this.sql('UPDATE api_keys SET credits = MAX(0, credits + ?) WHERE key = ? RETURNING credits')
      .get(delta, key) as { credits: number } | undefined;
    return row ? row.credits : null;
  }

  async submitTask(task: Task): Promise<SubmitOutcome> {
    return this.db.transaction((): SubmitOutcome => {
      const debited = this.sql('UPDATE api_keys SET credits = credits - ? WHERE id = ? AND credits >= ? RETURNING credits')
        .get(task.creditsCharged, task.apiKeyId, task.creditsCharged) as { credits: number } | undefined;
      if (!debited) {
        const row = this.sql('SELECT credits FROM api_keys WHERE id = ?').get(task.apiKeyId) as
          | { credits: number }
          | undefined;
        return { ok: false, reason: 'insufficient_credits', balance: row?.credits ?? 0 };
      }
      this.sql(
          `INSERT INTO tasks (id, api_key_id, status, param, request, callback_url, credits_charged, seed, error, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
        )
        .run(task.id, task.apiKeyId, task.status, task.param, JSON.stringify(task.request), task.callBackUrl,
          task.creditsCharged, task.seed, task.createdAt, task.updatedAt);
      return { ok: true, balance: debited.credits };
    }).immediate();
  }

  async getTask(id: string): Promise<Task | null> {
    const row = this.sql('SELECT * FROM tasks WHERE id = ?').get(id) as TaskRow | undefined;
    return row ? taskFromRow(row) : null;
  }

  async listUnfinishedTasks(): Promise<Task[]> {
    const rows = this.sql("SELECT * FROM tasks WHERE status IN ('PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS') ORDER BY created_at")
      .all() as TaskRow[];
    return rows.map(taskFromRow);
  }

  async completeText(taskId: string, tracks: Track[], at: number): Promise<void> {
    this.db.transaction(() => {
      const insert = this.sql(
        `INSERT OR IGNORE INTO tracks (id, task_id, idx, seed, title, prompt, tags, state, duration, has_cover, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const t of tracks) {
        insert.run(t.id, taskId, t.index, t.seed, t.title, t.prompt, t.tags, t.state, t.duration, t.hasCover ? 1 : 0, t.createdAt);
      }
      this.advance(taskId, 'TEXT_SUCCESS', at);
    }).immediate();
  }

  async getTracks(taskId: string): Promise<Track[]> {
    return (this.sql('SELECT * FROM tracks WHERE task_id = ? ORDER BY idx').all(taskId) as TrackRow[]).map(
      trackFromRow,
    );
  }

  async getTrack(trackId: string): Promise<Track | null> {
    const row = this.sql('SELECT * FROM tracks WHERE id = ?').get(trackId) as TrackRow | undefined;
    return row ? trackFromRow(row) : null;
  }

  async updateTrack(trackId: string, patch: TrackPatch): Promise<void> {
    const columns: Record<keyof TrackPatch, string> = {
      state: 'state', duration: 'duration', hasCover: 'has_cover', title: 'title', prompt: 'prompt', tags: 'tags',
    };
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [field, column] of Object.entries(columns) as Array<[keyof TrackPatch, string]>) {
      const value = patch[field];
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    if (sets.length === 0) return;
    this.sql(`UPDATE tracks SET ${sets.join(', ')} WHERE id = ?`).run(...values, trackId);
  }

  async completeTrack(trackId: string, duration: number, at: number): Promise<TaskStatus> {
    return this.db.transaction((): TaskStatus => {
      const track = this.sql('SELECT task_id FROM tracks WHERE id = ?').get(trackId) as { task_id: string } | undefined;
      if (!track) throw new Error(`unknown track ${trackId}`);
      this.sql("UPDATE tracks SET state = 'done', duration = ? WHERE id = ?").run(duration, trackId);
      const counts = this.sql("SELECT COUNT(*) AS total, SUM(state = 'done') AS done FROM tracks WHERE task_id = ?")
        .get(track.task_id) as { total: number; done: number };
      const target: TaskStatus = counts.done >= counts.total ? 'SUCCESS' : 'FIRST_SUCCESS';
      return this.advance(track.task_id, target, at);
    }).immediate();
  }

  async failTask(taskId: string, status: TaskStatus, failure: TaskFailure, refund: boolean, at: number): Promise<void> {
    this.db.transaction(() => {
      const row = this.sql('SELECT status, api_key_id, credits_charged, refunded FROM tasks WHERE id = ?').get(taskId) as
        | { status: TaskStatus; api_key_id: string; credits_charged: number; refunded: number }
        | undefined;
      if (!row || applyTransition(row.status, status) === null) return;
      this.sql('UPDATE tasks SET error = ? WHERE id = ?').run(JSON.stringify(failure), taskId);
      this.advance(taskId, status, at);
      if (refund && row.refunded === 0) {
        this.sql('UPDATE api_keys SET credits = credits + ? WHERE id = ?').run(row.credits_charged, row.api_key_id);
        this.sql('UPDATE tasks SET refunded = 1 WHERE id = ?').run(taskId);
      }
    }).immediate();
  }

  async markCallbackException(taskId: string, at: number): Promise<void> {
    this.db.transaction(() => {
      this.advance(taskId, 'CALLBACK_EXCEPTION', at);
    }).immediate();
  }

  async listStageEvents(afterSeq: number, limit: number): Promise<StageEvent[]> {
    const rows = this.sql('SELECT seq, task_id, stage, created_at FROM stage_events WHERE seq > ? ORDER BY seq LIMIT ?')
      .all(afterSeq, limit) as Array<{ seq: number; task_id: string; stage: Stage; created_at: number }>;
    return rows.map((r) => ({ seq: r.seq, taskId: r.task_id, stage: r.stage, createdAt: r.created_at }));
  }

  /** Moves the task forward when allowed and records the stage event; returns the status it has afterwards. */
  private advance(taskId: string, to: TaskStatus, at: number): TaskStatus {
    const row = this.sql('SELECT status FROM tasks WHERE id = ?').get(taskId) as { status: TaskStatus } | undefined;
    if (!row) throw new Error(`unknown task ${taskId}`);
    const change = applyTransition(row.status, to);
    if (!change) return row.status;
    this.sql('UPDATE tasks SET status = ?, updated_at = ? WHERE id = ?').run(change.status, at, taskId);
    if (change.stage) {
      this.sql('INSERT OR IGNORE INTO stage_events (task_id, stage, created_at) VALUES (?, ?, ?)').run(taskId, change.stage, at);
    }
    return change.status;
  }
}
