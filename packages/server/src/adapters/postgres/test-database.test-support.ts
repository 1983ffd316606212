import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from './database.ts';

/** The server the PostgreSQL adapter tests run against. */
export const TEST_DATABASE_URL = process.env.SONGLOOM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const START_HINT =
  'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start ' +
  '(or point SONGLOOM_TEST_DATABASE_URL at another server).';

/** Resolves when the server at `url` answers; otherwise rejects with a message saying how to start it. */
export async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  // A failed connection is also reported as an 'error' event; the rejection below carries it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL is not reachable at ${redact(url)} (${reason}). ${START_HINT}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

let reachable: Promise<void> | undefined;

/** {@link checkPostgres} on the test server, checked once per test file. */
export function requireTestPostgres(): Promise<void> {
  reachable ??= checkPostgres(TEST_DATABASE_URL);
  return reachable;
}

/** A migrated pool on a fresh random schema of the test database; `close` (safe to call twice) drops the schema and ends the pool. */
export async function openTestPostgres(): Promise<{ pool: pg.Pool; schema: string; close: () => Promise<void> }> {
  await requireTestPostgres();
  const schema = `songloom_test_${randomBytes(6).toString('hex')}`;
  const pool = await openPostgres(TEST_DATABASE_URL, { schema });
  let closed = false;
  return {
    pool,
    schema,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await pool.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await pool.end();
      }
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
