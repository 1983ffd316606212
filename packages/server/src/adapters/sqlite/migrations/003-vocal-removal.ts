import type { Migration } from './index.ts';

/** Vocal-removal tasks (their stage events go to the shared stage_events outbox). */
export const vocalRemovalSchema: Migration = {
  id: '003-vocal-removal',
  sql: `
CREATE TABLE vocal_removal_tasks (
  id TEXT PRIMARY KEY,
  api_key_id TEXT NOT NULL REFERENCES api_keys(id),
  source_task_id TEXT NOT NULL REFERENCES tasks(id),
  track_id TEXT NOT NULL REFERENCES tracks(id),
  track_index INTEGER NOT NULL,
  type TEXT NOT NULL,
  callback_url TEXT,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  completed_at INTEGER NOT NULL
);
CREATE INDEX vocal_removal_tasks_track ON vocal_removal_tasks(track_id);
`,
};
