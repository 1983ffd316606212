import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { describeJobQueue } from '../../testing/describe-job-queue.ts';
import { FakeClock } from '../../testing/fake-clock.ts';
import { RedisJobQueue } from './job-queue.ts';
import { LuaScript } from './lua-script.ts';
import { connectTestRedis, deleteKeys, testPrefix } from './test-redis.test-support.ts';

/** A queue under a fresh random key prefix; `close` (safe to call twice) deletes its keys and disconnects. */
async function openQueue(clock: FakeClock) {
  const redis = await connectTestRedis();
  const prefix = testPrefix();
  const queue = new RedisJobQueue(redis, clock, { maxAttempts: 3, backoffMs: 1000, prefix });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await deleteKeys(redis, prefix);
    } finally {
      redis.disconnect();
    }
  };
  return { redis, prefix, queue, close };
}

describeJobQueue('redis', openQueue);

describe('RedisJobQueue', () => {
  it('explains how to start the server when it is unreachable', async () => {
    await expect(connectTestRedis('redis://127.0.0.1:1')).rejects.toThrow(/not reachable.*redis-server --daemonize yes/);
  });

  it('leases each job to exactly one of many workers on separate connections', async () => {
    const clock = new FakeClock();
    const { prefix, queue, close } = await openQueue(clock);
    const connections: Redis[] = [];
    try {
      for (let i = 0; i < 4; i++) connections.push(await connectTestRedis());
      const workers = connections.map((c) => new RedisJobQueue(c, clock, { maxAttempts: 3, backoffMs: 1000, prefix }));
      for (let i = 0; i < 50; i++) await queue.enqueue({ id: `j${i}`, kind: 'text', taskId: 't' });
      const leased = await Promise.all(Array.from({ length: 100 }, (_, i) => workers[i % 4]!.lease(`w${i}`, 1000)));
      const ids = leased.filter((j) => j !== null).map((j) => j.id);
      expect(ids).toHaveLength(50);
      expect(new Set(ids).size).toBe(50);
      expect(await queue.counts()).toEqual({ waiting: 0, active: 50, done: 0, dead: 0 });
    } finally {
      for (const c of connections) c.disconnect();
      await close();
    }
  });

  it('hands out jobs due at the same time in enqueue order', async () => {
    const clock = new FakeClock();
    const { queue, close } = await openQueue(clock);
    try {
      const ids = ['zeta', 'alpha', 'mid', 'beta'];
      for (const id of ids) await queue.enqueue({ id, kind: 'text', taskId: 't' });
      const order: string[] = [];
      for (let job = await queue.lease('w', 1000); job !== null; job = await queue.lease('w', 1000)) order.push(job.id);
      expect(order).toEqual(ids);
    } finally {
      await close();
    }
  });

  it('keeps its keys under its prefix and leaves none behind at close', async () => {
    const clock = new FakeClock();
    const { redis, prefix, queue, close } = await openQueue(clock);
    const probe = await connectTestRedis();
    try {
      await queue.enqueue({ id: 'a', kind: 'text', taskId: 't' });
      await queue.enqueue({ id: 'b', kind: 'text', taskId: 't' });
      await queue.lease('w', 1000);
      await queue.complete('a', 'w');
      expect((await redis.keys(`${prefix}*`)).sort()).toEqual(
        ['done', 'job:a', 'job:b', 'seq', 'waiting'].map((k) => prefix + k),
      );
      await close();
      expect(await probe.keys(`${prefix}*`)).toEqual([]);
    } finally {
      probe.disconnect();
      await close();
    }
  });

  it('sends the script source when the server does not know its SHA1 yet (EVALSHA -> NOSCRIPT -> EVAL)', async () => {
    const redis = await connectTestRedis();
    try {
      // A source no server has seen, so the first EVALSHA is answered NOSCRIPT.
      const script = new LuaScript(`return {KEYS[1], ARGV[1]} -- ${randomBytes(8).toString('hex')}`);
      expect(await script.run(redis, ['k'], ['first'])).toEqual(['k', 'first']);
      expect(await script.run(redis, ['k'], ['cached'])).toEqual(['k', 'cached']);
    } finally {
      redis.disconnect();
    }
  });
});
