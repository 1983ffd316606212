import type { Migration } from './index.ts';

export const coreSchema: Migration = {
  id: '001-core',
  sql: `
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  credits INTEGER NOT NULL CHECK (credits >= 0),
  created_at INTEGER NOT NULL
);
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  api_key_id TEXT NOT NULL REFERENCES api_keys(id),
  status TEXT NOT NULL,
  param TEXT NOT NULL,
  request TEXT NOT NULL,
  callback_url TEXT,
  credits_charged INTEGER NOT NULL,
  refunded INTEGER NOT NULL DEFAULT 0,
  seed INTEGER NOT NULL,
  error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX tasks_unfinished ON tasks(status) WHERE status IN ('PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS');
CREATE TABLE tracks (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks(id),
  idx INTEGER NOT NULL,
  seed INTEGER NOT NULL,
  title TEXT NOT NULL,
  prompt TEXT NOT NULL,
  tags TEXT NOT NULL,
  state TEXT NOT NULL,
  duration REAL,
  has_cover INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  UNIQUE (task_id, idx)
);
CREATE TABLE stage_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id TEXT NOT NULL,
  stage TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (task_id, stage)
);
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  task_id TEXT NOT NULL,
  track_id TEXT,
  state TEXT NOT NULL,
  attempt INTEGER NOT NULL DEFAULT 0,
  run_at INTEGER NOT NULL,
  lease_owner TEXT,
  lease_expires_at INTEGER,
  last_error TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs(state, run_at);
`,
};
