import type { WorkerBeats } from '../../ports/worker-beats.ts';
import type { SqliteDatabase } from './database.ts';

export function createSqliteWorkerBeats(db: SqliteDatabase): WorkerBeats {
  const beat = db.prepare('INSERT INTO worker_beats (worker_id, seen_at) VALUES (?, ?) ON CONFLICT (worker_id) DO UPDATE SET seen_at = excluded.seen_at');
  const last = db.prepare('SELECT MAX(seen_at) AS seen FROM worker_beats');
  return {
    beat: async (workerId, at) => void beat.run(workerId, at),
    lastSeen: async () => (last.get() as { seen: number | null }).seen,
  };
}
