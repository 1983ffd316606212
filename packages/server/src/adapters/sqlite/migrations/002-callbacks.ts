import type { Migration } from './index.ts';

/** Callback deliveries (the id is the webhook-id), their attempts, the dispatcher cursor and per-key webhook secrets. */
export const callbacksSchema: Migration = {
  id: '002-callbacks',
  sql: `
CREATE TABLE callback_deliveries (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL,
  api_key_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  stage TEXT NOT NULL,
  url TEXT NOT NULL,
  body TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  last_status INTEGER,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX callback_deliveries_task ON callback_deliveries(task_id, seq);
CREATE INDEX callback_deliveries_due ON callback_deliveries(next_attempt_at, seq) WHERE state = 'pending';
CREATE TABLE callback_attempts (
  delivery_id TEXT NOT NULL REFERENCES callback_deliveries(id),
  number INTEGER NOT NULL,
  started_at INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  status_code INTEGER,
  error TEXT,
  response_excerpt TEXT NOT NULL,
  outcome TEXT NOT NULL,
  PRIMARY KEY (delivery_id, number)
);
CREATE TABLE callback_cursor (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL
);
INSERT INTO callback_cursor (id, seq) VALUES (1, 0);
CREATE TABLE webhook_secrets (
  api_key_id TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER,
  PRIMARY KEY (api_key_id, secret)
);
CREATE UNIQUE INDEX webhook_secrets_current ON webhook_secrets(api_key_id) WHERE expires_at IS NULL;
`,
};
