import pg from 'pg';
import { POSTGRES_MIGRATIONS } from './migrations/index.ts';

/** Something queries can run on: the pool itself or a client checked out for a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export interface OpenPostgresOptions {
  /**
   * Schema to keep songloom's tables in (created when missing). Every connection of the pool gets
   * it as its `search_path`, so the adapters' unqualified table names resolve there.
   */
  schema?: string;
  /** Most connections the pool opens (pg's default is 10). */
  maxConnections?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates a pool for `url`, creates the schema when one is given, and applies pending migrations.
 * The caller owns the pool and ends it with `pool.end()`.
 */
export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<pg.Pool> {
  const { schema } = options;
  if (schema !== undefined) assertSchemaName(schema);
  const config: pg.PoolConfig = { connectionString: url };
  if (schema !== undefined) config.options = `-c search_path=${schema}`;
  if (options.maxConnections !== undefined) config.max = options.maxConnections;
  const pool = new pg.Pool(config);
  try {
    await migratePostgres(pool, schema);
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/**
 * Creates `schema` when given (it must be the pool's search_path) and applies the migrations that
 * `schema_migrations` does not list yet, all in one transaction under an advisory lock, so several
 * processes starting at once apply each migration exactly once.
 */
export async function migratePostgres(pool: pg.Pool, schema?: string): Promise<void> {
  if (schema !== undefined) assertSchemaName(schema);
  await withTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('songloom_migrations:' || COALESCE($1::text, current_schema()::text)))", [
      schema ?? null,
    ]);
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
    const { rows } = await client.query<{ id: string }>('SELECT id FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.id));
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, now())', [migration.id]);
    }
  });
}

/** Runs `fn` inside BEGIN ... COMMIT on one client of the pool, rolling back when it throws. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A connection that cannot even roll back is discarded instead of going back to the pool.
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Schema names are spliced into SQL, so only plain lower-case identifiers are accepted. */
function assertSchemaName(schema: string): void {
  if (!IDENTIFIER.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name "${schema}" (use lower-case letters, digits and _)`);
  }
}
