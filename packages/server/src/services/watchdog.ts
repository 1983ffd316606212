import { isTerminal } from '../domain/task-status.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { TaskStore } from '../ports/task-store.ts';

/**
 * Fails (and refunds) every unfinished task whose stage has not advanced for `stuckMs`: no worker
 * running, a job lost for good, a store that could not record a failure. Returns how many it ended.
 */
export async function failStuckTasks(deps: { store: TaskStore; clock: Clock; logger: Logger }, stuckMs: number): Promise<number> {
  const now = deps.clock.now();
  let ended = 0;
  for (const task of await deps.store.listUnfinishedTasks()) {
    if (isTerminal(task.status) || now - task.updatedAt < stuckMs) continue;
    const seconds = Math.round((now - task.updatedAt) / 1000);
    await deps.store.failTask(
      task.id,
      task.status === 'PENDING' ? 'CREATE_TASK_FAILED' : 'GENERATE_AUDIO_FAILED',
      { code: 531, message: `Generation made no progress for ${seconds} s (no worker took it, or it stalled); credits refunded, retry.`, stage: 'watchdog' },
      true,
      now,
    );
    deps.logger.warn('stuck task failed and refunded', { taskId: task.id, status: task.status, idleSeconds: seconds });
    ended++;
  }
  return ended;
}
