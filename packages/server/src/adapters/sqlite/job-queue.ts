import { randomInt } from 'node:crypto';
import type { Clock } from '../../ports/clock.ts';
import type { FailOutcome, JobFailure, JobKind, JobQueue, JobSpec, LeasedJob, QueueCounts, QueueOptions } from '../../ports/job-queue.ts';
import type { SqliteDatabase } from './database.ts';
import { statementCache } from './statement-cache.ts';


interface JobRow {
  id: string;
  kind: JobKind;
  task_id: string;
  track_id: string | null;
  attempt: number;
  run_at: number;
  lease_owner: string;
  lease_expires_at: number;
}

/**
 * A leased job queue in SQLite. States: waiting -> active -> done | dead; an active job whose lease
 * expired counts as waiting again (its worker died), so nothing is lost.
 */
export class SqliteJobQueue implements JobQueue {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
    private readonly options: QueueOptions = { maxAttempts: 3, backoffMs: 2000 },
  ) {
    this.sql = statementCache(db);
  }

  private readonly sql: ReturnType<typeof statementCache>;

  async enqueue(job: JobSpec): Promise<void> {
    const now = this.clock.now();
    this.sql(
        `INSERT OR IGNORE INTO jobs (id, kind, task_id, track_id, state, attempt, run_at, created_at)
         VALUES (?, ?, ?, ?, 'waiting', 0, ?, ?)`,
      )
      .run(job.id, job.kind, job.taskId, job.trackId ?? null, job.runAt ?? now, now);
  }

  async lease(workerId: string, leaseMs: number): Promise<LeasedJob | null> {
    const now = this.clock.now();
    const row = this.sql(
        `UPDATE jobs SET state = 'active', attempt = attempt + 1, lease_owner = ?, lease_expires_at = ?
         WHERE id = (
           SELECT id FROM jobs
           WHERE (state = 'waiting' AND run_at <= ?) OR (state = 'active' AND lease_expires_at <= ?)
           ORDER BY run_at, created_at LIMIT 1)
         RETURNING id, kind, task_id, track_id, attempt, run_at, lease_owner, lease_expires_at`,
      )
      .get(workerId, now + leaseMs, now, now) as JobRow | undefined;
    if (!row) return null;
    const job: LeasedJob = {
      id: row.id,
      kind: row.kind,
      taskId: row.task_id,
      runAt: row.run_at,
      attempt: row.attempt,
      leaseOwner: row.lease_owner,
      leaseExpiresAt: row.lease_expires_at,
    };
    if (row.track_id !== null) job.trackId = row.track_id;
    return job;
  }

  async extendLease(jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
    const result = this.sql("UPDATE jobs SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND state = 'active'")
      .run(this.clock.now() + leaseMs, jobId, workerId);
    return result.changes === 1;
  }

  async complete(jobId: string, workerId: string): Promise<void> {
    this.sql("UPDATE jobs SET state = 'done', lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ?")
      .run(jobId, workerId);
  }

  async fail(jobId: string, workerId: string, failure: JobFailure): Promise<FailOutcome> {
    const row = this.sql("SELECT attempt FROM jobs WHERE id = ? AND lease_owner = ? AND state = 'active'").get(jobId, workerId) as
      | { attempt: number }
      | undefined;
    if (!row) return 'lost';
    const dead = !failure.retryable || row.attempt >= this.options.maxAttempts;
    if (dead) {
      this.sql("UPDATE jobs SET state = 'dead', last_error = ?, lease_owner = NULL, lease_expires_at = NULL WHERE id = ?")
        .run(failure.message, jobId);
      return 'dead';
    }
    const base = this.options.backoffMs * 2 ** (row.attempt - 1);
    const delay = base + randomInt(0, Math.max(1, Math.floor(base * 0.2)));
    this.sql(
        "UPDATE jobs SET state = 'waiting', run_at = ?, last_error = ?, lease_owner = NULL, lease_expires_at = NULL WHERE id = ?",
      )
      .run(this.clock.now() + delay, failure.message, jobId);
    return 'retrying';
  }

  async release(jobId: string, workerId: string): Promise<void> {
    this.sql(
        `UPDATE jobs SET state = 'waiting', attempt = MAX(0, attempt - 1), run_at = ?, lease_owner = NULL, lease_expires_at = NULL
         WHERE id = ? AND lease_owner = ? AND state = 'active'`,
      )
      .run(this.clock.now(), jobId, workerId);
  }

  async counts(): Promise<QueueCounts> {
    const now = this.clock.now();
    const row = this.sql(
        `SELECT
           SUM(state = 'waiting' OR (state = 'active' AND lease_expires_at <= ?)) AS waiting,
           SUM(state = 'active' AND lease_expires_at > ?) AS active,
           SUM(state = 'done') AS done,
           SUM(state = 'dead') AS dead
         FROM jobs`,
      )
      .get(now, now) as Record<keyof QueueCounts, number | null>;
    return { waiting: row.waiting ?? 0, active: row.active ?? 0, done: row.done ?? 0, dead: row.dead ?? 0 };
  }
}
