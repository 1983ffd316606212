import { Hono } from 'hono';
import type { ApiKey } from '../../domain/api-key.ts';
import { AppError } from '../../domain/app-error.ts';
import { requireTaskId } from '../../domain/task-id.ts';
import type { CallbackAttempt, CallbackDelivery, CallbackStore } from '../../ports/callback-store.ts';
import type { AppEnv } from '../context.ts';
import { success } from '../envelope.ts';
import { readJsonBody } from '../middleware/json-body.ts';

export interface CallbackRoutesDeps {
  /** Finds a task of any kind (generate, vocal removal) to check who owns it. */
  taskStore: { getTask(taskId: string): Promise<{ apiKeyId: string } | null> };
  callbackStore: Pick<CallbackStore, 'listForTask'>;
  /** `CallbackDispatcher.redeliver`. */
  redeliver: (taskId: string) => Promise<CallbackDelivery | null>;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function deliveryView(d: CallbackDelivery) {
  return {
    webhookId: d.id,
    callbackType: d.stage,
    url: d.url,
    state: d.state,
    attempts: d.attempts,
    nextAttemptAt: iso(d.nextAttemptAt),
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
  };
}

function attemptView(a: CallbackAttempt) {
  return {
    number: a.number,
    startedAt: iso(a.startedAt),
    durationMs: a.durationMs,
    statusCode: a.statusCode,
    error: a.error,
    responseExcerpt: a.responseExcerpt,
    outcome: a.outcome,
  };
}

/**
 * `GET /callbacks?taskId=` (deliveries and attempts of a task) and `POST /callbacks/redeliver`
 * `{taskId}` (send the latest stage again, same webhook-id). A task of another key is a 404.
 * Mount under `/api/v1` after the auth middleware (reads `c.get('apiKey')`); errors are thrown as AppError.
 */
export function createCallbackRoutes(deps: CallbackRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ownedTask = async (taskId: string, apiKey: ApiKey): Promise<void> => {
    const task = await deps.taskStore.getTask(taskId);
    if (!task || task.apiKeyId !== apiKey.id) throw new AppError('not_found', `task ${taskId} not found`);
  };

  app.get('/callbacks', async (c) => {
    const taskId = requireTaskId(c.req.query('taskId'));
    await ownedTask(taskId, c.get('apiKey'));
    const deliveries = await deps.callbackStore.listForTask(taskId);
    return success(c, {
      taskId,
      deliveries: deliveries.map((d) => ({ ...deliveryView(d), attemptLog: d.attemptLog.map(attemptView) })),
    });
  });

  app.post('/callbacks/redeliver', async (c) => {
    const taskId = requireTaskId(readJsonBody(c).body.taskId);
    await ownedTask(taskId, c.get('apiKey'));
    const delivery = await deps.redeliver(taskId);
    if (!delivery) throw new AppError('not_found', `task ${taskId} has no callback to redeliver`);
    return success(c, deliveryView(delivery));
  });

  return app;
}
