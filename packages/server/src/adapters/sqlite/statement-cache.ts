import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './database.ts';

/** Prepares each SQL text once per connection: preparing costs more than running a small query. */
export function statementCache(db: SqliteDatabase): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
