import type { WebhookSecret, WebhookSecretStore } from '../../ports/webhook-secret-store.ts';
import type { SqliteDatabase } from './database.ts';

interface SecretRow {
  api_key_id: string;
  secret: string;
  created_at: number;
  expires_at: number | null;
}

/** SQLite implementation of {@link WebhookSecretStore} (table `webhook_secrets`, migration 002-callbacks). */
export function createSqliteWebhookSecretStore(db: SqliteDatabase): WebhookSecretStore {
  const q = {
    active: db.prepare(`SELECT * FROM webhook_secrets WHERE api_key_id = ? AND (expires_at IS NULL OR expires_at > ?)
      ORDER BY expires_at IS NOT NULL, created_at DESC`),
    current: db.prepare('SELECT secret FROM webhook_secrets WHERE api_key_id = ? AND expires_at IS NULL'),
    expire: db.prepare('UPDATE webhook_secrets SET expires_at = ? WHERE api_key_id = ? AND expires_at IS NULL'),
    insert: db.prepare('INSERT INTO webhook_secrets (api_key_id, secret, created_at, expires_at) VALUES (?, ?, ?, NULL)'),
  };
  const rotate = db.transaction((apiKeyId: string, secret: string, now: number, previousExpiresAt: number) => {
    q.expire.run(previousExpiresAt, apiKeyId);
    q.insert.run(apiKeyId, secret, now);
  });
  const createIfMissing = db.transaction((apiKeyId: string, secret: string, now: number): string => {
    const row = q.current.get(apiKeyId) as { secret: string } | undefined;
    if (row) return row.secret;
    q.insert.run(apiKeyId, secret, now);
    return secret;
  });
  return {
    async listActive(apiKeyId, now) {
      return (q.active.all(apiKeyId, now) as SecretRow[]).map(
        (r): WebhookSecret => ({ apiKeyId: r.api_key_id, secret: r.secret, createdAt: r.created_at, expiresAt: r.expires_at }),
      );
    },
    async rotate(apiKeyId, secret, now, previousExpiresAt) {
      rotate.immediate(apiKeyId, secret, now, previousExpiresAt);
    },
    async createIfMissing(apiKeyId, secret, now) {
      return createIfMissing.immediate(apiKeyId, secret, now);
    },
  };
}
