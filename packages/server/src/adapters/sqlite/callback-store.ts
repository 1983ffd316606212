import type { Stage } from '../../domain/task-status.ts';
import type {
  AttemptOutcome,
  CallbackAttempt,
  CallbackDelivery,
  CallbackStore,
  DeliveryState,
  DeliveryUpdate,
} from '../../ports/callback-store.ts';
import type { SqliteDatabase } from './database.ts';

interface DeliveryRow {
  id: string;
  task_id: string;
  api_key_id: string;
  seq: number;
  stage: string;
  url: string;
  body: string;
  state: string;
  attempts: number;
  next_attempt_at: number | null;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

interface AttemptRow {
  delivery_id: string;
  number: number;
  started_at: number;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  response_excerpt: string;
  outcome: string;
}

function toDelivery(row: DeliveryRow): CallbackDelivery {
  return {
    id: row.id,
    taskId: row.task_id,
    apiKeyId: row.api_key_id,
    seq: row.seq,
    stage: row.stage as Stage,
    url: row.url,
    body: row.body,
    state: row.state as DeliveryState,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toAttempt(row: AttemptRow): CallbackAttempt {
  return {
    deliveryId: row.delivery_id,
    number: row.number,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    statusCode: row.status_code,
    error: row.error,
    responseExcerpt: row.response_excerpt,
    outcome: row.outcome as AttemptOutcome,
  };
}

/** SQLite implementation of {@link CallbackStore} (tables from migration 002-callbacks). */
export function createSqliteCallbackStore(db: SqliteDatabase): CallbackStore {
  const q = {
    cursor: db.prepare('SELECT seq FROM callback_cursor WHERE id = 1'),
    setCursor: db.prepare('UPDATE callback_cursor SET seq = MAX(seq, ?) WHERE id = 1'),
    insert: db.prepare(`INSERT OR IGNORE INTO callback_deliveries
      (id, task_id, api_key_id, seq, stage, url, body, state, attempts, next_attempt_at, last_status, last_error, created_at, updated_at)
      VALUES (@id, @taskId, @apiKeyId, @seq, @stage, @url, @body, @state, @attempts, @nextAttemptAt, @lastStatus, @lastError, @createdAt, @updatedAt)`),
    earlierPending: db.prepare(
      "SELECT id FROM callback_deliveries WHERE task_id = ? AND seq < ? AND state = 'pending'",
    ),
    supersede: db.prepare(
      "UPDATE callback_deliveries SET state = 'superseded', next_attempt_at = NULL, updated_at = ? WHERE id = ? AND state = 'pending'",
    ),
    due: db.prepare(`SELECT d.id FROM callback_deliveries d
      WHERE d.state = 'pending' AND d.next_attempt_at <= ?
        AND d.task_id NOT IN (SELECT value FROM json_each(?))
        AND NOT EXISTS (SELECT 1 FROM callback_deliveries e
          WHERE e.task_id = d.task_id AND e.state = 'pending' AND e.seq < d.seq)
      ORDER BY d.next_attempt_at, d.seq LIMIT ?`),
    hasLater: db.prepare('SELECT 1 FROM callback_deliveries WHERE task_id = ? AND seq > ? LIMIT 1'),
    insertAttempt: db.prepare(`INSERT INTO callback_attempts
      (delivery_id, number, started_at, duration_ms, status_code, error, response_excerpt, outcome)
      VALUES (@deliveryId, (SELECT COALESCE(MAX(number), 0) + 1 FROM callback_attempts WHERE delivery_id = @deliveryId), @startedAt, @durationMs, @statusCode, @error, @responseExcerpt, @outcome)`),
    update: db.prepare(`UPDATE callback_deliveries SET state = @state, attempts = @attempts,
      next_attempt_at = @nextAttemptAt, last_status = @lastStatus, last_error = @lastError, updated_at = @updatedAt
      WHERE id = @id`),
    get: db.prepare('SELECT * FROM callback_deliveries WHERE id = ?'),
    forTask: db.prepare('SELECT * FROM callback_deliveries WHERE task_id = ? ORDER BY seq'),
    attemptsForTask: db.prepare(`SELECT a.* FROM callback_attempts a JOIN callback_deliveries d ON d.id = a.delivery_id
      WHERE d.task_id = ? ORDER BY a.delivery_id, a.number`),
    reopen: db.prepare(`UPDATE callback_deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?,
      body = ?, updated_at = ? WHERE id = ?`),
    nextDue: db.prepare("SELECT MIN(next_attempt_at) AS at FROM callback_deliveries WHERE state = 'pending'"),
  };

  const ingest = db.transaction((deliveries: CallbackDelivery[], cursor: number, inFlight: ReadonlySet<string>) => {
    for (const d of deliveries) {
      q.insert.run({ ...d });
      for (const row of q.earlierPending.all(d.taskId, d.seq) as Array<{ id: string }>) {
        if (!inFlight.has(row.id)) q.supersede.run(d.createdAt, row.id);
      }
    }
    q.setCursor.run(cursor);
  });

  const record = db.transaction((attempt: Omit<CallbackAttempt, 'number'>, update: DeliveryUpdate): DeliveryState => {
    const row = q.get.get(attempt.deliveryId) as DeliveryRow | undefined;
    const superseded = update.state === 'pending' && row !== undefined && q.hasLater.get(row.task_id, row.seq) !== undefined;
    const final = superseded
      ? {
          attempt: { ...attempt, outcome: 'superseded' as const },
          update: { ...update, state: 'superseded' as const, nextAttemptAt: null },
        }
      : { attempt, update };
    q.insertAttempt.run({ ...final.attempt });
    q.update.run({ ...final.update, id: attempt.deliveryId });
    return final.update.state;
  });

  return {
    async getCursor() {
      return (q.cursor.get() as { seq: number }).seq;
    },
    async ingest(deliveries, cursor, inFlightIds) {
      ingest.immediate(deliveries, cursor, inFlightIds);
    },
    async listDue(now, limit, busyTaskIds) {
      const ids = q.due.all(now, JSON.stringify([...busyTaskIds]), limit) as Array<{ id: string }>;
      return ids.map((r) => toDelivery(q.get.get(r.id) as DeliveryRow));
    },
    async hasLater(taskId, seq) {
      return q.hasLater.get(taskId, seq) !== undefined;
    },
    async recordAttempt(attempt, update) {
      return record.immediate(attempt, update);
    },
    async get(id) {
      const row = q.get.get(id) as DeliveryRow | undefined;
      return row ? toDelivery(row) : null;
    },
    async listForTask(taskId) {
      const attempts = (q.attemptsForTask.all(taskId) as AttemptRow[]).map(toAttempt);
      return (q.forTask.all(taskId) as DeliveryRow[]).map((row) => ({
        ...toDelivery(row),
        attemptLog: attempts.filter((a) => a.deliveryId === row.id),
      }));
    },
    async reopen(id, body, now) {
      q.reopen.run(now, body, now, id);
    },
    async nextDueAt() {
      return (q.nextDue.get() as { at: number | null }).at;
    },
  };
}
