import { describe, expect, it } from 'vitest';
import type { JobQueue } from '../ports/job-queue.ts';
import { FakeClock } from './fake-clock.ts';

/**
 * The behaviour every JobQueue adapter must have. `open` gives a fresh queue driven by the given
 * clock, configured with maxAttempts 3 and a 1000 ms base backoff.
 */
export function describeJobQueue(name: string, open: (clock: FakeClock) => Promise<{ queue: JobQueue; close: () => Promise<void> }>): void {
  describe(`JobQueue contract: ${name}`, () => {
    const withQueue = (fn: (queue: JobQueue, clock: FakeClock) => Promise<void>) => async () => {
      const clock = new FakeClock();
      const { queue, close } = await open(clock);
      try {
        await fn(queue, clock);
      } finally {
        await close();
      }
    };

    it('hands out each job once, oldest first, and ignores duplicate ids', withQueue(async (queue, clock) => {
      await queue.enqueue({ id: 'a', kind: 'text', taskId: 't1' });
      clock.advance(1);
      await queue.enqueue({ id: 'b', kind: 'track', taskId: 't1', trackId: 'tr1' });
      await queue.enqueue({ id: 'a', kind: 'text', taskId: 't1' });
      const first = await queue.lease('w1', 1000);
      const second = await queue.lease('w2', 1000);
      expect(first?.id).toBe('a');
      expect(first?.attempt).toBe(1);
      expect(second).toMatchObject({ id: 'b', kind: 'track', trackId: 'tr1' });
      expect(await queue.lease('w3', 1000)).toBeNull();
      await queue.complete('a', 'w1');
      expect(await queue.counts()).toEqual({ waiting: 0, active: 1, done: 1, dead: 0 });
    }));

    it('does not hand out a job before its runAt', withQueue(async (queue, clock) => {
      await queue.enqueue({ id: 'later', kind: 'text', taskId: 't', runAt: clock.now() + 500 });
      expect(await queue.lease('w', 1000)).toBeNull();
      clock.advance(500);
      expect((await queue.lease('w', 1000))?.id).toBe('later');
    }));

    it('gives an expired lease to another worker (a dead worker loses nothing)', withQueue(async (queue, clock) => {
      await queue.enqueue({ id: 'j', kind: 'text', taskId: 't' });
      await queue.lease('dead-worker', 1000);
      clock.advance(999);
      expect(await queue.lease('w2', 1000)).toBeNull();
      clock.advance(2);
      const again = await queue.lease('w2', 1000);
      expect(again).toMatchObject({ id: 'j', attempt: 2, leaseOwner: 'w2' });
      expect(await queue.extendLease('j', 'dead-worker', 1000)).toBe(false);
      expect(await queue.extendLease('j', 'w2', 1000)).toBe(true);
    }));

    it('ignores a worker that lost its lease, and counts an expired lease as waiting', withQueue(async (queue, clock) => {
      await queue.enqueue({ id: 'j', kind: 'track', taskId: 't', trackId: 'tr' });
      expect(await queue.lease('w1', 1000)).toMatchObject({ leaseOwner: 'w1', leaseExpiresAt: clock.now() + 1000 });
      clock.advance(1000);
      expect(await queue.counts()).toEqual({ waiting: 1, active: 0, done: 0, dead: 0 });
      const taken = await queue.lease('w2', 5000);
      expect(taken).toMatchObject({ id: 'j', trackId: 'tr', attempt: 2, leaseOwner: 'w2', leaseExpiresAt: clock.now() + 5000 });
      await queue.complete('j', 'w1');
      await queue.release('j', 'w1');
      expect(await queue.fail('j', 'w1', { message: 'late', retryable: false })).toBe('lost');
      expect(await queue.counts()).toEqual({ waiting: 0, active: 1, done: 0, dead: 0 });
      expect(await queue.lease('w3', 1000)).toBeNull();
      await queue.complete('j', 'w2');
      expect(await queue.counts()).toEqual({ waiting: 0, active: 0, done: 1, dead: 0 });
      await queue.enqueue({ id: 'j', kind: 'track', taskId: 't', trackId: 'tr' });
      expect(await queue.lease('w4', 1000)).toBeNull();
    }));

    it('retries with growing backoff, then marks the job dead', withQueue(async (queue, clock) => {
      await queue.enqueue({ id: 'j', kind: 'text', taskId: 't' });
      await queue.lease('w', 1000);
      expect(await queue.fail('j', 'w', { message: 'x', retryable: true })).toBe('retrying');
      expect(await queue.lease('w', 1000)).toBeNull();
      clock.advance(1200);
      expect((await queue.lease('w', 1000))?.attempt).toBe(2);
      expect(await queue.fail('j', 'w', { message: 'x', retryable: true })).toBe('retrying');
      clock.advance(1999);
      expect(await queue.lease('w', 1000)).toBeNull();
      clock.advance(500);
      expect((await queue.lease('w', 1000))?.attempt).toBe(3);
      expect(await queue.fail('j', 'w', { message: 'x', retryable: true })).toBe('dead');
      expect((await queue.counts()).dead).toBe(1);
    }));

    it('marks a non-retryable failure dead at once', withQueue(async (queue) => {
      await queue.enqueue({ id: 'j', kind: 'text', taskId: 't' });
      await queue.lease('w', 1000);
      expect(await queue.fail('j', 'w', { message: 'bad input', retryable: false })).toBe('dead');
    }));

    it('takes a released job back without counting the attempt', withQueue(async (queue) => {
      await queue.enqueue({ id: 'j', kind: 'text', taskId: 't' });
      await queue.lease('w', 1000);
      await queue.release('j', 'w');
      expect(await queue.lease('w2', 1000)).toMatchObject({ id: 'j', attempt: 1 });
    }));

    it('leases each job to exactly one of many concurrent workers', withQueue(async (queue) => {
      for (let i = 0; i < 20; i++) await queue.enqueue({ id: `j${i}`, kind: 'text', taskId: 't' });
      const leased = await Promise.all(Array.from({ length: 40 }, (_, i) => queue.lease(`w${i}`, 1000)));
      const ids = leased.filter((j) => j !== null).map((j) => j.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
    }));
  });
}
