import { randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../../ports/clock.ts';
import type { FailOutcome, JobFailure, JobKind, JobQueue, JobSpec, LeasedJob, QueueCounts, QueueOptions } from '../../ports/job-queue.ts';
import {
  completeScript,
  countsScript,
  enqueueScript,
  extendScript,
  failScript,
  leaseScript,
  releaseScript,
} from './queue-scripts.ts';

export interface RedisQueueOptions extends QueueOptions {
  /**
   * Prefix of every key the queue uses (default `songloom:queue:`); queues with different prefixes
   * share nothing. Do not combine with ioredis' own `keyPrefix` option: the lease script builds
   * job keys itself.
   */
  prefix?: string;
}

const JITTER_STEPS = 1_000_000;

/**
 * The leased job queue on Redis, with the semantics of the SQLite one: every state change is one
 * Lua script, so concurrent workers (any number of processes) never take the same job. The time
 * always comes from the injected clock and is passed into the scripts. Single-node Redis only: the
 * lease script reaches job keys it cannot declare up front, which Redis Cluster does not allow.
 */
export class RedisJobQueue implements JobQueue {
  private readonly keys: { waiting: string; active: string; done: string; dead: string; seq: string; job: string };

  constructor(
    private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly options: RedisQueueOptions = { maxAttempts: 3, backoffMs: 2000 },
  ) {
    const p = options.prefix ?? 'songloom:queue:';
    this.keys = { waiting: `${p}waiting`, active: `${p}active`, done: `${p}done`, dead: `${p}dead`, seq: `${p}seq`, job: `${p}job:` };
  }

  async enqueue(job: JobSpec): Promise<void> {
    const now = this.clock.now();
    await enqueueScript.run(this.redis, [this.jobKey(job.id), this.keys.waiting, this.keys.seq], [
      job.id, job.kind, job.taskId, job.trackId ?? '', job.runAt ?? now, now,
    ]);
  }

  async lease(workerId: string, leaseMs: number): Promise<LeasedJob | null> {
    const now = this.clock.now();
    const reply = await leaseScript.run(this.redis, [this.keys.waiting, this.keys.active], [now, now + leaseMs, workerId, this.keys.job]);
    return reply === null ? null : leasedJobFromHash(reply as string[]);
  }

  async extendLease(jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
    const reply = await extendScript.run(this.redis, [this.jobKey(jobId), this.keys.active], [workerId, this.clock.now() + leaseMs]);
    return reply === 1;
  }

  async complete(jobId: string, workerId: string): Promise<void> {
    await completeScript.run(this.redis, [this.jobKey(jobId), this.keys.active, this.keys.done], [workerId, jobId]);
  }

  async fail(jobId: string, workerId: string, failure: JobFailure): Promise<FailOutcome> {
    const reply = await failScript.run(
      this.redis,
      [this.jobKey(jobId), this.keys.active, this.keys.waiting, this.keys.dead],
      [
        workerId,
        jobId,
        failure.message,
        failure.retryable ? '1' : '0',
        this.options.maxAttempts,
        this.options.backoffMs,
        randomInt(0, JITTER_STEPS) / JITTER_STEPS,
        this.clock.now(),
      ],
    );
    return reply === 'retrying' || reply === 'lost' ? reply : 'dead';
  }

  async release(jobId: string, workerId: string): Promise<void> {
    await releaseScript.run(this.redis, [this.jobKey(jobId), this.keys.active, this.keys.waiting], [workerId, this.clock.now()]);
  }

  async counts(): Promise<QueueCounts> {
    const reply = (await countsScript.run(
      this.redis,
      [this.keys.waiting, this.keys.active, this.keys.done, this.keys.dead],
      [this.clock.now()],
    )) as number[];
    return { waiting: reply[0] ?? 0, active: reply[1] ?? 0, done: reply[2] ?? 0, dead: reply[3] ?? 0 };
  }

  private jobKey(id: string): string {
    return this.keys.job + id;
  }
}

/** A job from the flat field/value list HGETALL gives inside a script. */
function leasedJobFromHash(flat: string[]): LeasedJob {
  const fields = new Map<string, string>();
  for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!, flat[i + 1]!);
  const field = (name: string): string => {
    const value = fields.get(name);
    if (value === undefined) throw new Error(`Redis job hash lacks field "${name}"`);
    return value;
  };
  const job: LeasedJob = {
    id: field('id'),
    kind: field('kind') as JobKind,
    taskId: field('taskId'),
    runAt: Number(field('runAt')),
    attempt: Number(field('attempt')),
    leaseOwner: field('leaseOwner'),
    leaseExpiresAt: Number(field('leaseExpiresAt')),
  };
  const trackId = fields.get('trackId');
  if (trackId !== undefined) job.trackId = trackId;
  return job;
}
