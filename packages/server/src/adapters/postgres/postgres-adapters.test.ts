import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../testing/fake-clock.ts';
import { makeKey, makeTask } from '../../testing/fixtures.ts';
import { describeJobQueue } from '../../testing/describe-job-queue.ts';
import { describeTaskStore } from '../../testing/describe-task-store.ts';
import { openPostgres } from './database.ts';
import { PostgresJobQueue } from './job-queue.ts';
import { PostgresTaskStore } from './task-store.ts';
import { checkPostgres, openTestPostgres, requireTestPostgres, TEST_DATABASE_URL } from './test-database.test-support.ts';

// Every store and queue gets its own random schema, dropped at close: runs never see each other.
describeTaskStore('postgres', async () => {
  const { pool, close } = await openTestPostgres();
  return { store: new PostgresTaskStore(pool), close };
});

describeJobQueue('postgres', async (clock) => {
  const { pool, close } = await openTestPostgres();
  return { queue: new PostgresJobQueue(pool, clock, { maxAttempts: 3, backoffMs: 1000 }), close };
});

describe('PostgreSQL adapters', () => {
  it('reaches the test server', async () => {
    await expect(requireTestPostgres()).resolves.toBeUndefined();
  });

  it('explains how to start the server when it is unreachable', async () => {
    await expect(checkPostgres('postgres://postgres@127.0.0.1:1/test')).rejects.toThrow(/not reachable.*pg_ctlcluster/);
  });

  it('creates the tables in its own schema, migrates once, and leaves nothing behind at close', async () => {
    const { pool, schema, close } = await openTestPostgres();
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      expect((await pool.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]?.s).toBe(schema);
      const tables = await admin.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual(['api_keys', 'jobs', 'schema_migrations', 'stage_events', 'tasks', 'tracks']);
      await close();
      const left = await admin.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
      expect(left.rowCount).toBe(0);
    } finally {
      await admin.end();
      await close();
    }
  });

  it('creates a new schema and migrates it once when four processes start at the same moment', async () => {
    await requireTestPostgres();
    const schema = `songloom_test_${randomBytes(6).toString('hex')}`;
    const pools = await Promise.all([1, 2, 3, 4].map(() => openPostgres(TEST_DATABASE_URL, { schema })));
    try {
      const { rows } = await pools[3]!.query('SELECT id FROM schema_migrations');
      expect(rows).toEqual([{ id: '001-core' }]);
    } finally {
      await pools[0]!.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openPostgres(TEST_DATABASE_URL, { schema: 'x; DROP TABLE y' })).rejects.toThrow(/invalid PostgreSQL schema/);
  });

  it('debits exactly once across two pools (two server processes) submitting 200 tasks at once', async () => {
    const { pool, schema, close } = await openTestPostgres();
    const other = await openPostgres(TEST_DATABASE_URL, { schema });
    try {
      const stores = [new PostgresTaskStore(pool), new PostgresTaskStore(other)];
      const key = makeKey({ credits: 1000 });
      await stores[0]!.createKey(key);
      const outcomes = await Promise.all(
        Array.from({ length: 200 }, (_, i) => stores[i % 2]!.submitTask(makeTask(key.id, { creditsCharged: 10 }))),
      );
      expect(outcomes.filter((o) => o.ok)).toHaveLength(100);
      expect((await stores[1]!.findKey(key.key))?.credits).toBe(0);
      const { rows } = await pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM tasks');
      expect(Number(rows[0]?.n)).toBe(100);
    } finally {
      await other.end();
      await close();
    }
  });

  it('leases each job to one worker across two pools with SKIP LOCKED', async () => {
    const { pool, schema, close } = await openTestPostgres();
    const other = await openPostgres(TEST_DATABASE_URL, { schema });
    try {
      const clock = new FakeClock();
      const queues = [new PostgresJobQueue(pool, clock), new PostgresJobQueue(other, clock)];
      for (let i = 0; i < 50; i++) await queues[0]!.enqueue({ id: `j${i}`, kind: 'text', taskId: 't' });
      const leased = await Promise.all(Array.from({ length: 80 }, (_, i) => queues[i % 2]!.lease(`w${i}`, 1000)));
      const ids = leased.filter((j) => j !== null).map((j) => j.id);
      expect(ids).toHaveLength(50);
      expect(new Set(ids).size).toBe(50);
      expect(await queues[1]!.counts()).toEqual({ waiting: 0, active: 50, done: 0, dead: 0 });
    } finally {
      await other.end();
      await close();
    }
  });
});
