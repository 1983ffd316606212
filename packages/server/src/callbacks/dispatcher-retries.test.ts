import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallbackHarness, type CallbackHarness } from '../testing/callback-harness.ts';
import { FakeClock } from '../testing/fake-clock.ts';
import { answer, refusedPort, startLoopbackReceiver, type LoopbackReceiver } from '../testing/loopback-receiver.ts';

const MIN = 60_000;
let h: CallbackHarness;
let receiver: LoopbackReceiver | undefined;
afterEach(async () => {
  await h.close();
  await receiver?.close();
  receiver = undefined;
});

async function delivery(taskId: string, index = 0) {
  const all = await h.callbackStore.listForTask(taskId);
  const found = all[index];
  if (!found) throw new Error(`no delivery ${index}`);
  return found;
}

describe('callback retries, on an injected clock', () => {
  it('retries a 500 after 1, 5 and 15 minutes, then stops after exactly 3 retries with CALLBACK_EXCEPTION', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver(answer(500, {}, 'database down'));
    const task = await h.submit(receiver.url);
    await h.text(task);
    const t0 = h.clock.now();
    expect(await h.dispatcher.runOnce()).toBe(1);
    for (const [retry, delayMin] of [[1, 1], [2, 5], [3, 15]] as const) {
      expect((await delivery(task.id)).nextAttemptAt).toBe(h.clock.now() + delayMin * MIN);
      h.clock.advance(delayMin * MIN - 1);
      expect(await h.dispatcher.runOnce()).toBe(0);
      h.clock.advance(1);
      expect(await h.dispatcher.runOnce()).toBe(1);
      expect(receiver.received).toHaveLength(1 + retry);
    }
    expect(h.clock.now() - t0).toBe(21 * MIN);
    const final = await delivery(task.id);
    expect(final).toMatchObject({ state: 'failed', attempts: 4, nextAttemptAt: null, lastStatus: 500 });
    expect(final.attemptLog.map((a) => a.outcome)).toEqual(['retry', 'retry', 'retry', 'failed']);
    expect(final.attemptLog[0]).toMatchObject({ statusCode: 500, error: 'HTTP 500', responseExcerpt: 'database down' });
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([`msg_${task.id}_text`]));
    expect((await h.taskStore.getTask(task.id))?.status).toBe('CALLBACK_EXCEPTION');
    h.clock.advance(24 * 60 * MIN);
    expect(await h.dispatcher.runOnce()).toBe(0);
  });

  it('counts a receiver that hangs past the timeout as a failure and retries', async () => {
    h = await createCallbackHarness({ options: { timeoutMs: 150 } });
    receiver = await startLoopbackReceiver(() => {});
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.runOnce();
    const d = await delivery(task.id);
    expect(d).toMatchObject({ state: 'pending', nextAttemptAt: h.clock.now() + MIN });
    expect(d.attemptLog[0]?.error).toMatch(/^timeout/);
    expect(d.attemptLog[0]?.durationMs).toBeGreaterThanOrEqual(140);
    expect(d.attemptLog[0]?.statusCode).toBeNull();
  });

  it('counts a refused connection as a failure and retries', async () => {
    h = await createCallbackHarness();
    const task = await h.submit(`http://127.0.0.1:${await refusedPort()}/hook`);
    await h.text(task);
    await h.dispatcher.runOnce();
    const d = await delivery(task.id);
    expect(d.state).toBe('pending');
    expect(d.lastError).toMatch(/^connect: .*ECONNREFUSED/);
  });

  it('does not follow a redirect: a 302 is a failed attempt', async () => {
    h = await createCallbackHarness();
    const target = await startLoopbackReceiver();
    receiver = await startLoopbackReceiver(answer(302, { location: target.url }));
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.runOnce();
    expect((await delivery(task.id)).lastStatus).toBe(302);
    expect(target.received).toHaveLength(0);
    await target.close();
  });

  it('stops at once on 410 Gone and marks CALLBACK_EXCEPTION', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver(answer(410));
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.runOnce();
    expect(await delivery(task.id)).toMatchObject({ state: 'gone', attempts: 1, nextAttemptAt: null });
    expect((await h.taskStore.getTask(task.id))?.status).toBe('CALLBACK_EXCEPTION');
    h.clock.advance(60 * MIN);
    expect(await h.dispatcher.runOnce()).toBe(0);
  });

  it('honours Retry-After on 429 and on 503 instead of the schedule', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver((_req, res, i) => {
      if (i === 0) res.writeHead(429, { 'retry-after': '7' }).end();
      else if (i === 1) res.writeHead(503, { 'retry-after': '120' }).end();
      else res.writeHead(200).end();
    });
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.runOnce();
    expect((await delivery(task.id)).nextAttemptAt).toBe(h.clock.now() + 7000);
    h.clock.advance(7000);
    expect(await h.dispatcher.runOnce()).toBe(1);
    expect((await delivery(task.id)).nextAttemptAt).toBe(h.clock.now() + 120_000);
    h.clock.advance(120_000);
    await h.dispatcher.runOnce();
    expect(await delivery(task.id)).toMatchObject({ state: 'delivered', attempts: 3 });
  });
});

describe('per-task order and supersession', () => {
  it('drops a text waiting for its retry when complete is ready, and sends complete at once', async () => {
    h = await createCallbackHarness();
    receiver = await startLoopbackReceiver((_req, res, i) => res.writeHead(i === 0 ? 500 : 200).end());
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.runOnce();
    await h.finishTrack(task, 0);
    await h.finishTrack(task, 1);
    expect(await h.dispatcher.runOnce()).toBe(1);
    expect(receiver.received.map((r) => JSON.parse(r.body).data.callbackType)).toEqual(['text', 'complete']);
    const states = (await h.callbackStore.listForTask(task.id)).map((d) => [d.stage, d.state]);
    expect(states).toEqual([['text', 'superseded'], ['first', 'superseded'], ['complete', 'delivered']]);
    h.clock.advance(60 * MIN);
    expect(await h.dispatcher.runOnce()).toBe(0);
    expect((await h.taskStore.getTask(task.id))?.status).toBe('SUCCESS');
  });

  it('keeps one attempt in flight per task; a failed in-flight text yields to the later stage', async () => {
    h = await createCallbackHarness();
    const pending: Array<() => void> = [];
    receiver = await startLoopbackReceiver((_req, res, i) => {
      if (i === 0) pending.push(() => res.writeHead(500).end());
      else res.writeHead(200).end();
    });
    const other = await h.submit(receiver.url);
    const task = await h.submit(receiver.url);
    await h.text(task);
    const first = h.dispatcher.runOnce();
    await receiver.waitFor(1);
    await h.finishTrack(task, 0);
    await h.finishTrack(task, 1);
    await h.text(other);
    expect(await h.dispatcher.runOnce()).toBe(1); // only the other task: this one is busy
    expect(receiver.received.map((r) => JSON.parse(r.body).data.task_id)).toEqual([task.id, other.id]);
    pending[0]?.();
    await first;
    await h.dispatcher.drain();
    const stages = receiver.received.filter((r) => JSON.parse(r.body).data.task_id === task.id);
    expect(stages.map((r) => JSON.parse(r.body).data.callbackType)).toEqual(['text', 'complete']);
    const d = await delivery(task.id);
    expect(d).toMatchObject({ stage: 'text', state: 'superseded' });
    expect(d.attemptLog[0]?.outcome).toBe('superseded');
  });
});

describe('durability', () => {
  it('a new dispatcher over the same SQLite file resumes a pending retry on schedule, without re-reading old stages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'songloom-cb-'));
    const file = join(dir, 'db.sqlite');
    const clock = new FakeClock();
    receiver = await startLoopbackReceiver((_req, res, i) => res.writeHead(i === 0 ? 503 : 200).end());
    h = await createCallbackHarness({ file, clock });
    const task = await h.submit(receiver.url);
    await h.text(task);
    await h.dispatcher.runOnce();
    const taskStore = h.taskStore;
    await h.close();

    h = await createCallbackHarness({ file, clock, taskStore });
    expect(await h.dispatcher.runOnce()).toBe(0);
    clock.advance(MIN);
    expect(await h.dispatcher.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.headers['webhook-id']).toBe(`msg_${task.id}_text`);
    expect(await delivery(task.id)).toMatchObject({ state: 'delivered', attempts: 2 });
    await h.close(); // afterEach closes it again: a no-op
    rmSync(dir, { recursive: true, force: true });
  });
});
