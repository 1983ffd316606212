import type { StageEvent } from '../ports/task-store.ts';
import type { CallbackDelivery } from '../ports/callback-store.ts';
import type { Logger } from '../ports/logger.ts';
import { buildCallbackPayload, callbackWebhookId } from './payloads.ts';
import type { TaskViewLoader } from './task-view-loader.ts';

/**
 * Turns stage events into pending deliveries due at `now`, with the payload built from the task as
 * it stands. Events of tasks without a `callBackUrl` (or that no longer exist) make no delivery.
 * A loader error propagates: the cursor is not moved and the batch is read again later.
 */
export async function deliveriesFromEvents(
  events: readonly StageEvent[],
  loadTaskView: TaskViewLoader,
  now: number,
  logger: Logger,
): Promise<CallbackDelivery[]> {
  const deliveries: CallbackDelivery[] = [];
  for (const event of events) {
    const view = await loadTaskView(event.taskId);
    if (view === null) {
      logger.warn('callback: stage event for an unknown task', { taskId: event.taskId, stage: event.stage });
      continue;
    }
    const { task, tracks } = view;
    if (task.callBackUrl === null || task.callBackUrl === '') continue;
    deliveries.push({
      id: callbackWebhookId(task.id, event.stage),
      taskId: task.id,
      apiKeyId: task.apiKeyId,
      seq: event.seq,
      stage: event.stage,
      url: task.callBackUrl,
      body: JSON.stringify(buildCallbackPayload(event.stage, task, tracks)),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastStatus: null,
      lastError: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  return deliveries;
}
