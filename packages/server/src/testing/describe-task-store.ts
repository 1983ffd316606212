import { describe, expect, it } from 'vitest';
import type { TaskStore } from '../ports/task-store.ts';
import { makeKey, makeTask, makeTracks } from './fixtures.ts';

/** The behaviour every TaskStore adapter must have. `open` gives a fresh, empty store. */
export function describeTaskStore(name: string, open: () => Promise<{ store: TaskStore; close: () => Promise<void> }>): void {
  describe(`TaskStore contract: ${name}`, () => {
    const withStore = (fn: (store: TaskStore) => Promise<void>) => async () => {
      const { store, close } = await open();
      try {
        await fn(store);
      } finally {
        await close();
      }
    };

    it('creates, finds and lists keys, and adjusts credits without going below zero', withStore(async (store) => {
      const key = makeKey({ credits: 30 });
      await store.createKey(key);
      expect(await store.findKey(key.key)).toEqual(key);
      expect(await store.findKeyById(key.id)).toEqual(key);
      expect(await store.findKey('nope')).toBeNull();
      expect(await store.adjustCredits(key.key, 5)).toBe(35);
      expect(await store.adjustCredits(key.key, -100)).toBe(0);
      expect(await store.adjustCredits('nope', 5)).toBeNull();
      expect((await store.listKeys()).map((k) => k.id)).toContain(key.id);
    }));

    it('charges credits atomically at submit and refuses when short', withStore(async (store) => {
      const key = makeKey({ credits: 15 });
      await store.createKey(key);
      const first = makeTask(key.id);
      expect(await store.submitTask(first)).toEqual({ ok: true, balance: 5 });
      expect(await store.submitTask(makeTask(key.id))).toEqual({ ok: false, reason: 'insufficient_credits', balance: 5 });
      expect((await store.getTask(first.id))?.status).toBe('PENDING');
      expect(await store.getTask('f'.repeat(32))).toBeNull();
    }));

    it('never goes negative under concurrent submits', withStore(async (store) => {
      const key = makeKey({ credits: 100 });
      await store.createKey(key);
      const outcomes = await Promise.all(Array.from({ length: 30 }, () => store.submitTask(makeTask(key.id))));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
      expect((await store.findKey(key.key))?.credits).toBe(0);
    }));

    it('accepts exactly as many of 200 parallel submits as the credits pay for', withStore(async (store) => {
      const key = makeKey({ credits: 1000 });
      await store.createKey(key);
      const tasks = Array.from({ length: 200 }, () => makeTask(key.id, { creditsCharged: 10 }));
      const outcomes = await Promise.all(tasks.map((t) => store.submitTask(t)));
      const accepted = outcomes.filter((o) => o.ok);
      expect(accepted).toHaveLength(100);
      // Each accepted debit saw its own balance: 990, 980, ... 0, each exactly once.
      expect(new Set(accepted.map((o) => o.balance)).size).toBe(100);
      expect(Math.min(...accepted.map((o) => o.balance))).toBe(0);
      expect((await store.findKey(key.key))?.credits).toBe(0);
      const stored = await Promise.all(tasks.map((t) => store.getTask(t.id)));
      expect(stored.filter((t) => t !== null)).toHaveLength(100);
      expect(outcomes.filter((o, i) => o.ok !== (stored[i] !== null))).toEqual([]);
    }));

    it('walks the lifecycle and records each stage once, in order', withStore(async (store) => {
      const key = makeKey();
      await store.createKey(key);
      const task = makeTask(key.id);
      await store.submitTask(task);
      const tracks = makeTracks(task.id);
      await store.completeText(task.id, tracks, 10);
      await store.completeText(task.id, tracks, 11);
      expect((await store.getTask(task.id))?.status).toBe('TEXT_SUCCESS');
      expect((await store.getTracks(task.id)).map((t) => t.id)).toEqual(tracks.map((t) => t.id));
      await store.updateTrack(tracks[1]!.id, { state: 'rendering' });
      expect(await store.completeTrack(tracks[1]!.id, 61.5, 20)).toBe('FIRST_SUCCESS');
      expect(await store.completeTrack(tracks[1]!.id, 61.5, 21)).toBe('FIRST_SUCCESS');
      expect(await store.completeTrack(tracks[0]!.id, 60, 30)).toBe('SUCCESS');
      const done = await store.getTracks(task.id);
      expect(done.map((t) => [t.state, t.duration])).toEqual([['done', 60], ['done', 61.5]]);
      const events = (await store.listStageEvents(0, 100)).filter((e) => e.taskId === task.id);
      expect(events.map((e) => e.stage)).toEqual(['text', 'first', 'complete']);
      expect(events[0]!.seq).toBeLessThan(events[1]!.seq);
      const after = await store.listStageEvents(events[0]!.seq, 100);
      expect(after.map((e) => e.stage)).toEqual(['first', 'complete']);
      expect(await store.listUnfinishedTasks()).toEqual([]);
    }));

    it('fails a task once, refunding at most once, and ignores failures after success', withStore(async (store) => {
      const key = makeKey({ credits: 20 });
      await store.createKey(key);
      const task = makeTask(key.id);
      await store.submitTask(task);
      const failure = { code: 531, message: 'boom', stage: 'render' };
      await store.failTask(task.id, 'GENERATE_AUDIO_FAILED', failure, true, 50);
      await store.failTask(task.id, 'GENERATE_AUDIO_FAILED', failure, true, 51);
      expect((await store.findKey(key.key))?.credits).toBe(20);
      const failed = await store.getTask(task.id);
      expect(failed?.status).toBe('GENERATE_AUDIO_FAILED');
      expect(failed?.error).toEqual(failure);
      expect((await store.listStageEvents(0, 100)).filter((e) => e.taskId === task.id).map((e) => e.stage)).toEqual(['error']);
    }));

    it('reaches SUCCESS when all tracks finish at the same moment', withStore(async (store) => {
      const key = makeKey();
      await store.createKey(key);
      const task = makeTask(key.id);
      await store.submitTask(task);
      const tracks = makeTracks(task.id, 4);
      await store.completeText(task.id, tracks, 1);
      const statuses = await Promise.all(tracks.map((t) => store.completeTrack(t.id, 30, 2)));
      expect(statuses).toContain('SUCCESS');
      expect((await store.getTask(task.id))?.status).toBe('SUCCESS');
      const stages = (await store.listStageEvents(0, 100)).filter((e) => e.taskId === task.id).map((e) => e.stage);
      expect(stages).toEqual(['text', 'first', 'complete']);
    }));

    it('refunds once when failures race', withStore(async (store) => {
      const key = makeKey({ credits: 10 });
      await store.createKey(key);
      const task = makeTask(key.id);
      await store.submitTask(task);
      const failure = { code: 531, message: 'boom', stage: 'render' };
      await Promise.all(Array.from({ length: 10 }, (_, i) => store.failTask(task.id, 'GENERATE_AUDIO_FAILED', failure, true, i)));
      expect((await store.findKey(key.key))?.credits).toBe(10);
      expect((await store.listStageEvents(0, 100)).filter((e) => e.taskId === task.id)).toHaveLength(1);
    }));

    it('lets a reader following the sequence see every event while tasks advance concurrently', withStore(async (store) => {
      const key = makeKey({ credits: 1000 });
      await store.createKey(key);
      const tasks = Array.from({ length: 20 }, () => makeTask(key.id));
      for (const task of tasks) await store.submitTask(task);
      const seen: number[] = [];
      let cursor = 0;
      const follow = async () => {
        for (const event of await store.listStageEvents(cursor, 50)) {
          seen.push(event.seq);
          cursor = event.seq;
        }
      };
      let writing = true;
      const writers = Promise.all(tasks.map(async (task) => {
        const tracks = makeTracks(task.id);
        await store.completeText(task.id, tracks, 1);
        await Promise.all(tracks.map((t) => store.completeTrack(t.id, 10, 2)));
      })).finally(() => { writing = false; });
      while (writing) await follow();
      await writers;
      await follow();
      const all = (await store.listStageEvents(0, 1000)).map((e) => e.seq);
      expect(all).toHaveLength(60);
      expect(seen).toEqual(all);
    }));

    it('keeps CALLBACK_EXCEPTION while generation goes on underneath, still recording the later stages', withStore(async (store) => {
      const key = makeKey();
      await store.createKey(key);
      const task = makeTask(key.id);
      await store.submitTask(task);
      const tracks = makeTracks(task.id);
      await store.completeText(task.id, tracks, 1);
      await store.markCallbackException(task.id, 2);
      await store.completeTrack(tracks[0]!.id, 10, 3);
      expect(await store.completeTrack(tracks[1]!.id, 10, 4)).toBe('CALLBACK_EXCEPTION');
      expect((await store.getTask(task.id))?.status).toBe('CALLBACK_EXCEPTION');
      const stages = (await store.listStageEvents(0, 1000)).filter((e) => e.taskId === task.id).map((e) => e.stage);
      expect(stages).toEqual(['text', 'first', 'complete']);
    }));

    it('marks CALLBACK_EXCEPTION after success, keeping the tracks', withStore(async (store) => {
      const key = makeKey();
      await store.createKey(key);
      const task = makeTask(key.id);
      await store.submitTask(task);
      const tracks = makeTracks(task.id, 1);
      await store.completeText(task.id, tracks, 1);
      await store.completeTrack(tracks[0]!.id, 10, 2);
      await store.markCallbackException(task.id, 3);
      expect((await store.getTask(task.id))?.status).toBe('CALLBACK_EXCEPTION');
      expect((await store.getTrack(tracks[0]!.id))?.state).toBe('done');
    }));
  });
}
