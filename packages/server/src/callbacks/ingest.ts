import type { StageEvent } from '../ports/task-store.ts';
import type { CallbackDelivery } from '../ports/callback-store.ts';
import type { Logger } from '../ports/logger.ts';
import type { CallbackSource } from './callback-source.ts';
import { callbackWebhookId } from './payloads.ts';

/**
 * Turns stage events into pending deliveries due at `now`, with the body the source builds from
 * the task as it stands. Events of tasks without a `callBackUrl` (or that no source knows) make no
 * delivery. A source error propagates: the cursor is not moved and the batch is read again later.
 */
export async function deliveriesFromEvents(
  events: readonly StageEvent[],
  source: CallbackSource,
  now: number,
  logger: Logger,
): Promise<CallbackDelivery[]> {
  const deliveries: CallbackDelivery[] = [];
  for (const event of events) {
    const message = await source.message(event.taskId, event.stage);
    if (message === null) {
      logger.warn('callback: stage event for an unknown task', { taskId: event.taskId, stage: event.stage });
      continue;
    }
    if (message.url === null || message.url === '') continue;
    deliveries.push({
      id: callbackWebhookId(message.taskId, event.stage),
      taskId: message.taskId,
      apiKeyId: message.apiKeyId,
      seq: event.seq,
      stage: event.stage,
      url: message.url,
      body: message.body,
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
