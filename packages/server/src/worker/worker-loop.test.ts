import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../adapters/sqlite/database.ts';
import { SqliteJobQueue } from '../adapters/sqlite/job-queue.ts';
import { SqliteTaskStore } from '../adapters/sqlite/task-store.ts';
import { systemClock } from '../adapters/system/system-clock.ts';
import type { LeasedJob } from '../ports/job-queue.ts';
import { makeKey, makeTask } from '../testing/fixtures.ts';
import { PipelineError, type JobHandler } from './job-handler.ts';
import { WorkerLoop } from './worker-loop.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
let dir: string;
let db: SqliteDatabase;
let store: SqliteTaskStore;
let queue: SqliteJobQueue;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'songloom-worker-'));
  db = openDatabase(path.join(dir, 'w.db'));
  store = new SqliteTaskStore(db);
  queue = new SqliteJobQueue(db, systemClock, { maxAttempts: 3, backoffMs: 10 });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function loop(handler: JobHandler, onDead: (job: LeasedJob, error: unknown) => Promise<void> = async () => undefined): WorkerLoop {
  return new WorkerLoop({ workerId: 'w1', queue, clock: systemClock, logger: silent, handler, leaseMs: 5000, maxAttempts: 3, pollMs: 5, onDead });
}

const until = async (check: () => Promise<boolean>): Promise<void> => {
  for (let i = 0; i < 400 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('WorkerLoop', () => {
  it('runs a job and completes it', async () => {
    const ran: string[] = [];
    const worker = loop(async (job) => void ran.push(job.id));
    await queue.enqueue({ id: 'a', kind: 'text', taskId: 't' });
    worker.start();
    await until(async () => (await queue.counts()).done === 1);
    await worker.stop();
    expect(ran).toEqual(['a']);
  });

  it('does not lose a wake that comes while it is leasing: the job starts at once, not at the next poll', async () => {
    let worker: WorkerLoop | undefined;
    let first = true;
    const racing = new Proxy(queue, {
      get(target, property, receiver) {
        if (property !== 'lease') return Reflect.get(target, property, receiver) as unknown;
        return async (...args: Parameters<SqliteJobQueue['lease']>) => {
          const leased = await target.lease(...args);
          if (first) {
            first = false;
            await target.enqueue({ id: 'late', kind: 'text', taskId: 't' });
            worker?.wake();
          }
          return leased;
        };
      },
    });
    worker = new WorkerLoop({ workerId: 'w1', queue: racing, clock: systemClock, logger: silent, handler: async () => undefined, leaseMs: 5000, maxAttempts: 3, pollMs: 60_000, onDead: async () => undefined });
    worker.start();
    await until(async () => (await queue.counts()).done === 1);
    expect((await queue.counts()).done).toBe(1);
    await worker.stop();
  });

  it('retries a failing job, then ends its task through onDead', async () => {
    const key = makeKey({ credits: 30 });
    await store.createKey(key);
    const task = makeTask(key.id);
    await store.submitTask(task);
    let runs = 0;
    const worker = loop(
      async () => {
        runs++;
        throw new Error('renderer crashed');
      },
      async (job, error) => store.failTask(job.taskId, 'GENERATE_AUDIO_FAILED', { code: 531, message: String(error), stage: 'render' }, true, 1),
    );
    await queue.enqueue({ id: 'j', kind: 'track', taskId: task.id, trackId: 'x' });
    worker.start();
    await until(async () => (await store.getTask(task.id))?.status === 'GENERATE_AUDIO_FAILED');
    await worker.stop();
    expect(runs).toBe(3);
    expect((await store.findKey(key.key))?.credits).toBe(30);
    expect((await store.getTask(task.id))?.error?.code).toBe(531);
  });

  it('does not retry a failure that retrying cannot fix', async () => {
    let runs = 0;
    let dead = 0;
    const worker = loop(
      async () => {
        runs++;
        throw new PipelineError('bad input', false, 'compose');
      },
      async () => void dead++,
    );
    await queue.enqueue({ id: 'j', kind: 'text', taskId: 't' });
    worker.start();
    await until(async () => dead === 1);
    await worker.stop();
    expect(runs).toBe(1);
  });

  it('on stop, lets the running job finish', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const worker = loop(() => gate);
    await queue.enqueue({ id: 'j', kind: 'text', taskId: 't' });
    worker.start();
    await until(async () => (await queue.counts()).active === 1);
    const stopped = worker.stop(5000);
    setTimeout(release, 50);
    await stopped;
    expect(await queue.counts()).toMatchObject({ done: 1, active: 0 });
  });

  it('on stop past the grace period, aborts the job and hands it back without counting the attempt', async () => {
    const worker = loop((_job, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))));
    await queue.enqueue({ id: 'j', kind: 'text', taskId: 't' });
    worker.start();
    await until(async () => (await queue.counts()).active === 1);
    await worker.stop(50);
    expect(await queue.counts()).toMatchObject({ waiting: 1, active: 0, dead: 0 });
    expect((await queue.lease('w2', 1000))?.attempt).toBe(1);
  });

  it('drops the result of a job whose lease another worker took over (a paused worker): no onDead, the holder decides', async () => {
    let dead = 0;
    const worker = loop(
      async () => {
        db.prepare('UPDATE jobs SET lease_expires_at = 0').run();
        expect(await queue.lease('w2', 60_000)).toMatchObject({ id: 'j', leaseOwner: 'w2' });
        throw new Error('lease lost');
      },
      async () => void dead++,
    );
    await queue.enqueue({ id: 'j', kind: 'track', taskId: 't', trackId: 'x' });
    worker.start();
    await until(async () => (await queue.counts()).active === 1 && db.prepare("SELECT lease_owner FROM jobs").pluck().get() === 'w2');
    await new Promise((r) => setTimeout(r, 50));
    await worker.stop();
    expect(dead).toBe(0);
    expect(await queue.counts()).toMatchObject({ active: 1, dead: 0, waiting: 0 });
    await queue.complete('j', 'w2');
    expect((await queue.counts()).done).toBe(1);
  });

  it('keeps running when the store cannot record how a job ended (disk full in onDead)', async () => {
    const ran: string[] = [];
    const worker = loop(
      async (job) => {
        ran.push(job.id);
        if (job.id === 'first') throw new PipelineError('ENOSPC: no space left on device', false, 'render');
      },
      async () => {
        throw new Error('database or disk is full');
      },
    );
    await queue.enqueue({ id: 'first', kind: 'text', taskId: 't' });
    worker.start();
    await until(async () => (await queue.counts()).dead === 1);
    await queue.enqueue({ id: 'second', kind: 'text', taskId: 't' });
    worker.wake();
    await until(async () => (await queue.counts()).done === 1);
    await worker.stop();
    expect(ran).toEqual(['first', 'second']);
  });
});
