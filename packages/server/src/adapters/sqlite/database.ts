import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating when missing) the SQLite file in WAL mode, so a server and `songloom work`
 * processes on the same data dir share it safely, and applies pending migrations.
 */
export function openDatabase(file: string): SqliteDatabase {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: string }>).map((r) => r.id),
  );
  const apply = db.transaction((id: string, sql: string) => {
    db.exec(sql);
    db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(id, 0);
  });
  for (const migration of MIGRATIONS) {
    if (!applied.has(migration.id)) apply.immediate(migration.id, migration.sql);
  }
}
