import type { LeasedJob } from '../ports/job-queue.ts';

/** Runs one job. Throw a PipelineError to say whether a retry can help. */
export type JobHandler = (job: LeasedJob, signal: AbortSignal) => Promise<void>;

/** A failure inside the pipeline, with whether trying again can help. */
export class PipelineError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly stage: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PipelineError';
  }
}
