import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiKey } from '../../domain/api-key.ts';
import { createCallbackHarness, memoryLogger, type CallbackHarness } from '../../testing/callback-harness.ts';
import { answer, startLoopbackReceiver, type LoopbackReceiver } from '../../testing/loopback-receiver.ts';
import type { AppEnv } from '../context.ts';
import { errorResponse } from '../envelope.ts';
import { bodyLimit } from '../middleware/body-limit.ts';
import { createCallbackRoutes } from './callbacks.ts';

let h: CallbackHarness;
let receiver: LoopbackReceiver;
afterEach(async () => {
  await h.close();
  await receiver.close();
});

/** The routes behind a stand-in for the auth middleware and the error handler. */
async function appFor(apiKeyId: string) {
  const key = (await h.taskStore.findKeyById(apiKeyId)) as ApiKey;
  const app = new Hono<AppEnv>();
  app.use(bodyLimit(64 * 1024));
  app.use(async (c, next) => {
    c.set('apiKey', c.req.header('x-other-key') ? { ...key, id: 'someone-else' } : key);
    await next();
  });
  app.route('/api/v1', createCallbackRoutes({ taskStore: h.taskStore, callbackStore: h.callbackStore, redeliver: (id) => h.dispatcher.redeliver(id) }));
  app.onError((error, c) => errorResponse(c, error, memoryLogger()));
  return app;
}

describe('callback routes', () => {
  it('lists deliveries with their attempts, for the owning key only', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver((_req, res, i) => res.writeHead(i === 0 ? 500 : 200).end(i === 0 ? 'nope' : 'ok'));
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.runOnce();
    h.clock.advance(60_000);
    await h.dispatcher.runOnce();
    const app = await appFor(task.apiKeyId);

    const res = await app.request(`/api/v1/callbacks?taskId=${task.id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.code).toBe(200);
    expect(body.data.taskId).toBe(task.id);
    expect(body.data.deliveries).toHaveLength(1);
    expect(body.data.deliveries[0]).toMatchObject({
      webhookId: `msg_${task.id}_text`,
      callbackType: 'text',
      url: receiver.url,
      state: 'delivered',
      attempts: 2,
      nextAttemptAt: null,
      lastStatus: 200,
    });
    expect(body.data.deliveries[0].attemptLog.map((a: any) => [a.number, a.statusCode, a.outcome, a.responseExcerpt])).toEqual([
      [1, 500, 'retry', 'nope'],
      [2, 200, 'success', 'ok'],
    ]);
    expect(body.data.deliveries[0].attemptLog[1].startedAt).toBe('2025-01-01T12:01:00.000Z');

    expect((await app.request(`/api/v1/callbacks?taskId=${task.id}`, { headers: { 'x-other-key': '1' } })).status).toBe(404);
    expect((await app.request('/api/v1/callbacks?taskId=nope')).status).toBe(400);
    expect((await app.request(`/api/v1/callbacks?taskId=${'0'.repeat(32)}`)).status).toBe(404);
  });

  it('redelivers the latest stage and answers 404 when there is nothing to send', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver(answer(200));
    const task = await h.submit(receiver.url);
    const app = await appFor(task.apiKeyId);
    const redeliver = (taskId: string, headers: Record<string, string> = {}) =>
      app.request('/api/v1/callbacks/redeliver', { method: 'POST', body: JSON.stringify({ taskId }), headers: { 'content-type': 'application/json', ...headers } });

    expect((await redeliver(task.id)).status).toBe(404);
    await h.text(task);
    await h.dispatcher.drain();
    expect((await redeliver(task.id, { 'x-other-key': '1' })).status).toBe(404);
    const res = await redeliver(task.id);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data).toMatchObject({ webhookId: `msg_${task.id}_text`, state: 'pending', attempts: 0 });
    await h.dispatcher.drain();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([`msg_${task.id}_text`, `msg_${task.id}_text`]);
    expect((await redeliver('bad')).status).toBe(400);
  });
});
