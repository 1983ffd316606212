import type { Migration } from './index.ts';

/** When each worker (thread or `songloom work` process) was last alive: /readyz reads it. */
export const workerBeatsSchema: Migration = {
  id: '004-worker-beats',
  sql: `
CREATE TABLE worker_beats (
  worker_id TEXT PRIMARY KEY,
  seen_at INTEGER NOT NULL
);
`,
};
