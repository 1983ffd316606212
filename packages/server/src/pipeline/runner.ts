import type { LeasedJob } from '../ports/job-queue.ts';
import { PipelineError, type JobHandler } from '../worker/job-handler.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { runTextStage } from './text-stage.ts';
import { runTrackStages } from './track-stages.ts';

const FAILURES = new Set(['CREATE_TASK_FAILED', 'GENERATE_AUDIO_FAILED', 'SENSITIVE_WORD_ERROR']);

/** Dispatches a job to its stages; a job of a failed task is done at once. */
export function createJobHandler(deps: PipelineDeps): JobHandler {
  return async (job, signal) => {
    // A task that already failed (the watchdog ended it, say) needs no more work.
    const task = await deps.store.getTask(job.taskId);
    if (task && FAILURES.has(task.status)) return;
    switch (job.kind) {
      case 'text':
        return runTextStage(deps, job.taskId, signal);
      case 'track':
        if (!job.trackId) throw new PipelineError('track job without a track id', false, 'track');
        return runTrackStages(deps, job.taskId, job.trackId, signal);
    }
  };
}

/**
 * Ends the task of a job that failed for good. Server-side failures refund the credits (531 tells
 * the caller so); a non-retryable failure caused by the request keeps them and reports 400.
 */
export function createDeadJobHandler(deps: PipelineDeps): (job: LeasedJob, error: unknown) => Promise<void> {
  return async (job, error) => {
    const stage = error instanceof PipelineError ? error.stage : job.kind;
    const message = error instanceof Error ? error.message : String(error);
    const sensitive = error instanceof PipelineError && error.stage === 'content';
    await deps.store.failTask(
      job.taskId,
      sensitive ? 'SENSITIVE_WORD_ERROR' : job.kind === 'text' ? 'CREATE_TASK_FAILED' : 'GENERATE_AUDIO_FAILED',
      { code: sensitive ? 400 : 531, message: sensitive ? message : `Generation failed (${message}); credits refunded, retry.`, stage },
      !sensitive,
      deps.clock.now(),
    );
  };
}
