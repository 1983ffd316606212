import type { Clock } from '../ports/clock.ts';
import type { JobQueue, LeasedJob } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import { PipelineError, type JobHandler } from './job-handler.ts';

export interface WorkerLoopOptions {
  workerId: string;
  queue: JobQueue;
  clock: Clock;
  logger: Logger;
  handler: JobHandler;
  leaseMs: number;
  /** A job leased more often than this (its workers kept dying) is given up. */
  maxAttempts: number;
  /** Idle poll interval, ms (a `wake()` cuts the wait short). */
  pollMs?: number;
  /** Called when a job ran out of attempts or failed for good, to end its task. */
  onDead: (job: LeasedJob, error: unknown) => Promise<void>;
}

/**
 * Leases jobs one at a time and runs them, renewing the lease while the job runs. `stop()` lets the
 * running job finish (or, when `abortAfterMs` passes, aborts it and hands the job back).
 */
export class WorkerLoop {
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  /** A wake that came while the loop was not idle (e.g. mid-lease): the next idle returns at once. */
  private woken = false;
  private running: Promise<void> | null = null;
  private current: { job: LeasedJob; abort: AbortController } | null = null;

  constructor(private readonly options: WorkerLoopOptions) {}

  start(): void {
    this.running ??= this.loop();
  }

  wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.woken = true;
  }

  /** Graceful stop: finishes the current job, or returns its lease after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    this.wake();
    const timer = setTimeout(() => this.current?.abort.abort(new Error('worker shutting down')), graceMs);
    try {
      await this.running;
    } finally {
      clearTimeout(timer);
    }
  }

  private async loop(): Promise<void> {
    const { queue, workerId, leaseMs } = this.options;
    while (!this.stopping) {
      let job: LeasedJob | null = null;
      try {
        job = await queue.lease(workerId, leaseMs);
      } catch (error) {
        this.options.logger.error('lease failed', { workerId, error: String(error) });
      }
      if (!job) {
        await this.idle();
        continue;
      }
      try {
        await this.run(job);
      } catch (error) {
        // The store could not record the outcome (e.g. the disk is full): the lease runs out and the
        // job is tried again, or the watchdog ends its task. The loop itself carries on.
        this.options.logger.error('job outcome not recorded', { workerId, jobId: job.id, error: String(error) });
        await this.idle();
      }
    }
  }

  private idle(): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs ?? 200);
      this.wakeUp = done;
    });
  }

  private async run(job: LeasedJob): Promise<void> {
    const { queue, workerId, leaseMs, logger } = this.options;
    if (job.attempt > this.options.maxAttempts) {
      const outcome = await queue.fail(job.id, workerId, { message: 'worker died on every attempt', retryable: false });
      if (outcome === 'dead') await this.options.onDead(job, new PipelineError(`gave up after ${job.attempt - 1} attempts`, false, job.kind));
      return;
    }
    const abort = new AbortController();
    this.current = { job, abort };
    const renew = setInterval(() => {
      queue.extendLease(job.id, workerId, leaseMs).then(
        (held) => held || abort.abort(new Error('lease lost')),
        () => undefined,
      );
    }, Math.max(250, leaseMs / 3));
    try {
      await this.options.handler(job, abort.signal);
      await queue.complete(job.id, workerId);
    } catch (error) {
      if (abort.signal.aborted && this.stopping) {
        await queue.release(job.id, workerId);
        logger.info('job handed back on shutdown', { jobId: job.id });
      } else {
        const retryable = !(error instanceof PipelineError) || error.retryable;
        const message = error instanceof Error ? error.message : String(error);
        const outcome = await queue.fail(job.id, workerId, { message, retryable });
        if (outcome === 'lost') {
          // Another worker holds the job now (this one was paused past its lease): only it decides.
          logger.info('lease lost: result dropped', { jobId: job.id, attempt: job.attempt, error: message });
          return;
        }
        logger.warn('job failed', { jobId: job.id, attempt: job.attempt, outcome, error: message });
        if (outcome === 'dead') await this.options.onDead(job, error);
      }
    } finally {
      clearInterval(renew);
      this.current = null;
    }
  }
}
