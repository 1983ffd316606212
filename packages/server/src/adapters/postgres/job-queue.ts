import { randomInt } from 'node:crypto';
import type pg from 'pg';
import type { Clock } from '../../ports/clock.ts';
import type { FailOutcome, JobFailure, JobKind, JobQueue, JobSpec, LeasedJob, QueueCounts, QueueOptions } from '../../ports/job-queue.ts';
import { withTransaction } from './database.ts';

export type PostgresQueueOptions = QueueOptions;

interface JobRow {
  id: string;
  kind: JobKind;
  task_id: string;
  track_id: string | null;
  attempt: number;
  run_at: string;
  lease_owner: string;
  lease_expires_at: string;
}

/**
 * The leased job queue of the SQLite adapter on PostgreSQL (table `jobs`). Workers in several
 * processes lease with `FOR UPDATE SKIP LOCKED`, so two of them never take the same job and none
 * waits for another's lease. States: waiting -> active -> done | dead; an active job whose lease
 * expired counts as waiting again. Times come from the injected clock, never from the server.
 */
export class PostgresJobQueue implements JobQueue {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
    private readonly options: PostgresQueueOptions = { maxAttempts: 3, backoffMs: 2000 },
  ) {}

  async enqueue(job: JobSpec): Promise<void> {
    const now = this.clock.now();
    await this.pool.query(
      `INSERT INTO jobs (id, kind, task_id, track_id, state, attempt, run_at, created_at)
       VALUES ($1, $2, $3, $4, 'waiting', 0, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [job.id, job.kind, job.taskId, job.trackId ?? null, job.runAt ?? now, now],
    );
  }

  async lease(workerId: string, leaseMs: number): Promise<LeasedJob | null> {
    const now = this.clock.now();
    const { rows } = await this.pool.query<JobRow>(
      `UPDATE jobs SET state = 'active', attempt = attempt + 1, lease_owner = $1, lease_expires_at = $2
       WHERE id = (
         SELECT id FROM jobs
         WHERE (state = 'waiting' AND run_at <= $3) OR (state = 'active' AND lease_expires_at <= $3)
         ORDER BY run_at, created_at, seq LIMIT 1
         FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, task_id, track_id, attempt, run_at, lease_owner, lease_expires_at`,
      [workerId, now + leaseMs, now],
    );
    const row = rows[0];
    if (!row) return null;
    const job: LeasedJob = {
      id: row.id,
      kind: row.kind,
      taskId: row.task_id,
      runAt: Number(row.run_at),
      attempt: row.attempt,
      leaseOwner: row.lease_owner,
      leaseExpiresAt: Number(row.lease_expires_at),
    };
    if (row.track_id !== null) job.trackId = row.track_id;
    return job;
  }

  async extendLease(jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
    const result = await this.pool.query(
      "UPDATE jobs SET lease_expires_at = $1 WHERE id = $2 AND lease_owner = $3 AND state = 'active'",
      [this.clock.now() + leaseMs, jobId, workerId],
    );
    return result.rowCount === 1;
  }

  async complete(jobId: string, workerId: string): Promise<void> {
    await this.pool.query(
      "UPDATE jobs SET state = 'done', lease_owner = NULL, lease_expires_at = NULL WHERE id = $1 AND lease_owner = $2",
      [jobId, workerId],
    );
  }

  async fail(jobId: string, workerId: string, failure: JobFailure): Promise<FailOutcome> {
    return withTransaction(this.pool, async (client): Promise<FailOutcome> => {
      const { rows } = await client.query<{ attempt: number }>(
        "SELECT attempt FROM jobs WHERE id = $1 AND lease_owner = $2 AND state = 'active' FOR UPDATE",
        [jobId, workerId],
      );
      const row = rows[0];
      if (!row) return 'lost';
      if (!failure.retryable || row.attempt >= this.options.maxAttempts) {
        await client.query(
          "UPDATE jobs SET state = 'dead', last_error = $1, lease_owner = NULL, lease_expires_at = NULL WHERE id = $2",
          [failure.message, jobId],
        );
        return 'dead';
      }
      const base = this.options.backoffMs * 2 ** (row.attempt - 1);
      const delay = base + randomInt(0, Math.max(1, Math.floor(base * 0.2)));
      await client.query(
        "UPDATE jobs SET state = 'waiting', run_at = $1, last_error = $2, lease_owner = NULL, lease_expires_at = NULL WHERE id = $3",
        [this.clock.now() + delay, failure.message, jobId],
      );
      return 'retrying';
    });
  }

  async release(jobId: string, workerId: string): Promise<void> {
    await this.pool.query(
      `UPDATE jobs SET state = 'waiting', attempt = GREATEST(0, attempt - 1), run_at = $1, lease_owner = NULL, lease_expires_at = NULL
       WHERE id = $2 AND lease_owner = $3 AND state = 'active'`,
      [this.clock.now(), jobId, workerId],
    );
  }

  async counts(): Promise<QueueCounts> {
    const { rows } = await this.pool.query<Record<keyof QueueCounts, string>>(
      `SELECT
         COUNT(*) FILTER (WHERE state = 'waiting' OR (state = 'active' AND lease_expires_at <= $1)) AS waiting,
         COUNT(*) FILTER (WHERE state = 'active' AND lease_expires_at > $1) AS active,
         COUNT(*) FILTER (WHERE state = 'done') AS done,
         COUNT(*) FILTER (WHERE state = 'dead') AS dead
       FROM jobs`,
      [this.clock.now()],
    );
    const row = rows[0];
    return {
      waiting: Number(row?.waiting ?? 0),
      active: Number(row?.active ?? 0),
      done: Number(row?.done ?? 0),
      dead: Number(row?.dead ?? 0),
    };
  }
}
