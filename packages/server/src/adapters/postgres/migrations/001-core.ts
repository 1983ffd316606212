import type { PostgresMigration } from './index.ts';

/**
 * The tables of the SQLite migration 001-core, in PostgreSQL types: times in ms as BIGINT, the
 * request and failure as JSONB, flags as BOOLEAN. `jobs.seq` keeps enqueue order for equal run times.
 */
export const coreSchema: PostgresMigration = {
  id: '001-core',
  sql: `
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  credits BIGINT NOT NULL CHECK (credits >= 0),
  created_at BIGINT NOT NULL
);
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  api_key_id TEXT NOT NULL REFERENCES api_keys(id),
  status TEXT NOT NULL,
  param TEXT NOT NULL,
  request JSONB NOT NULL,
  callback_url TEXT,
  credits_charged BIGINT NOT NULL,
  refunded BOOLEAN NOT NULL DEFAULT FALSE,
  seed BIGINT NOT NULL,
  error JSONB,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX tasks_unfinished ON tasks(created_at) WHERE status IN ('PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS');
CREATE TABLE tracks (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks(id),
  idx INTEGER NOT NULL,
  seed BIGINT NOT NULL,
  title TEXT NOT NULL,
  prompt TEXT NOT NULL,
  tags TEXT NOT NULL,
  state TEXT NOT NULL,
  duration DOUBLE PRECISION,
  has_cover BOOLEAN NOT NULL DEFAULT FALSE,
  created_at BIGINT NOT NULL,
  UNIQUE (task_id, idx)
);
CREATE TABLE stage_events (
  seq BIGSERIAL PRIMARY KEY,
  task_id TEXT NOT NULL,
  stage TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (task_id, stage)
);
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  seq BIGSERIAL NOT NULL,
  kind TEXT NOT NULL,
  task_id TEXT NOT NULL,
  track_id TEXT,
  state TEXT NOT NULL,
  attempt INTEGER NOT NULL DEFAULT 0,
  run_at BIGINT NOT NULL,
  lease_owner TEXT,
  lease_expires_at BIGINT,
  last_error TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX jobs_due ON jobs(state, run_at);
`,
};
