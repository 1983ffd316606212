import { describe, expect, it } from 'vitest';
import type { CallbackDelivery } from '../../ports/callback-store.ts';
import type { Stage } from '../../domain/task-status.ts';
import { createSqliteCallbackStore } from './callback-store.ts';
import { openDatabase } from './database.ts';

const delivery = (taskId: string, seq: number, stage: Stage, at = 1000): CallbackDelivery => ({
  id: `msg_${taskId}_${stage}`, taskId, apiKeyId: 'k', seq, stage, url: 'http://x/', body: '{}', state: 'pending',
  attempts: 0, nextAttemptAt: at, lastStatus: null, lastError: null, createdAt: at, updatedAt: at,
});
const attempt = (deliveryId: string) => ({
  deliveryId, startedAt: 1, durationMs: 2, statusCode: 500, error: 'HTTP 500', responseExcerpt: '', outcome: 'retry' as const,
});
const update = { state: 'pending' as const, attempts: 1, nextAttemptAt: 5000, lastStatus: 500, lastError: 'HTTP 500', updatedAt: 2 };

describe('SQLite callback store', () => {
  it('moves the cursor with the deliveries and ignores a delivery id seen before', async () => {
    const store = createSqliteCallbackStore(openDatabase(':memory:'));
    expect(await store.getCursor()).toBe(0);
    await store.ingest([delivery('a', 1, 'text')], 1, new Set());
    await store.ingest([{ ...delivery('a', 1, 'text'), body: '{"changed":1}' }], 3, new Set());
    expect(await store.getCursor()).toBe(3);
    expect((await store.get('msg_a_text'))?.body).toBe('{}');
  });

  it('lists only the earliest pending delivery of each task, most overdue first, skipping busy tasks', async () => {
    const store = createSqliteCallbackStore(openDatabase(':memory:'));
    await store.ingest([delivery('a', 1, 'text', 1000), delivery('b', 2, 'text', 900)], 2, new Set());
    await store.ingest([delivery('a', 3, 'first', 1000)], 3, new Set(['msg_a_text']));
    expect((await store.listDue(1000, 10, new Set())).map((d) => d.id)).toEqual(['msg_b_text', 'msg_a_text']);
    expect((await store.listDue(1000, 10, new Set(['b']))).map((d) => d.id)).toEqual(['msg_a_text']);
    expect((await store.listDue(950, 10, new Set())).map((d) => d.id)).toEqual(['msg_b_text']);
    expect(await store.nextDueAt()).toBe(900);
  });

  it('supersedes earlier pending deliveries that are not in flight', async () => {
    const store = createSqliteCallbackStore(openDatabase(':memory:'));
    await store.ingest([delivery('a', 1, 'text')], 1, new Set());
    await store.ingest([delivery('a', 2, 'first'), delivery('a', 3, 'complete')], 3, new Set());
    expect((await store.listForTask('a')).map((d) => d.state)).toEqual(['superseded', 'superseded', 'pending']);
  });

  it('numbers attempts and turns a retry into superseded when a later stage arrived meanwhile', async () => {
    const store = createSqliteCallbackStore(openDatabase(':memory:'));
    await store.ingest([delivery('a', 1, 'text')], 1, new Set());
    expect(await store.recordAttempt(attempt('msg_a_text'), update)).toBe('pending');
    await store.ingest([delivery('a', 2, 'complete')], 2, new Set(['msg_a_text']));
    expect(await store.recordAttempt(attempt('msg_a_text'), { ...update, attempts: 2 })).toBe('superseded');
    const [text] = await store.listForTask('a');
    expect(text?.attemptLog.map((a) => [a.number, a.outcome])).toEqual([[1, 'retry'], [2, 'superseded']]);
    expect(text?.nextAttemptAt).toBeNull();
  });
});
