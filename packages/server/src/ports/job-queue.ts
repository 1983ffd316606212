export type JobKind = 'text' | 'track';

export interface JobSpec {
  /** Idempotency key: enqueueing an id that exists again does nothing. */
  id: string;
  kind: JobKind;
  taskId: string;
  /** For `track` jobs: the track id. */
  trackId?: string;
  /** Not before this time (ms since epoch). */
  runAt?: number;
}

export interface LeasedJob extends JobSpec {
  /** 1 on the first run. */
  attempt: number;
  leaseOwner: string;
  leaseExpiresAt: number;
}

export interface JobFailure {
  message: string;
  /** false: never retry (bad input); true: retry with backoff while attempts remain. */
  retryable: boolean;
}

export type FailOutcome = 'retrying' | 'dead' | 'lost';

/** Retry settings every JobQueue adapter takes. */
export interface QueueOptions {
  /** Runs of a job before it is dead (the first run counts). */
  maxAttempts: number;
  /** Delay before the first retry; doubles each time, with up to 20 % jitter. */
  backoffMs: number;
}

export interface QueueCounts {
  waiting: number;
  active: number;
  done: number;
  dead: number;
}

/**
 * A durable job queue with leases: a job is owned by one worker until its lease expires; a worker
 * that dies loses nothing because an expired lease makes the job available again.
 */
export interface JobQueue {
  enqueue(job: JobSpec): Promise<void>;
  /** Takes the next due job (oldest first) or null. */
  lease(workerId: string, leaseMs: number): Promise<LeasedJob | null>;
  /** Extends a lease the worker still holds; false when it was lost. */
  extendLease(jobId: string, workerId: string, leaseMs: number): Promise<boolean>;
  complete(jobId: string, workerId: string): Promise<void>;
  /**
   * Returns what happened: retried later (with backoff), dead (no attempts left / not retryable), or
   * lost: the worker no longer holds the lease (another worker took the job over), so nothing changed.
   */
  fail(jobId: string, workerId: string, failure: JobFailure): Promise<FailOutcome>;
  /** Gives the job back untouched (graceful shutdown): it can be leased again at once, attempt not counted. */
  release(jobId: string, workerId: string): Promise<void>;
  counts(): Promise<QueueCounts>;
}
