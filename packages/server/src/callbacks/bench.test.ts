import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHttpCallbackSender } from '../adapters/http-sender/http-callback-sender.ts';
import { createSqliteCallbackStore } from '../adapters/sqlite/callback-store.ts';
import { openDatabase } from '../adapters/sqlite/database.ts';
import { benchCallbackDelivery } from './bench.ts';
import { formatWebhookSecret } from './signing.ts';

describe('benchCallbackDelivery', () => {
  it('delivers every callback of a small run and reports rates and delays', async () => {
    const db = openDatabase(':memory:');
    const sender = createHttpCallbackSender({ allowPrivate: true });
    const secret = formatWebhookSecret(randomBytes(32));
    const result = await benchCallbackDelivery(
      { callbackStore: createSqliteCallbackStore(db), signingSecrets: async () => [secret], sender },
      { burst: 200, paced: 20, spacingMs: 1 },
    );
    await sender.close();
    expect(result.deliveriesPerSecond).toBeGreaterThan(0);
    expect(result.delayP50Ms).toBeGreaterThan(0);
    expect(result.delayP99Ms).toBeGreaterThanOrEqual(result.delayP50Ms);
    const delivered = db.prepare("SELECT COUNT(*) AS n FROM callback_deliveries WHERE state = 'delivered'").get() as { n: number };
    expect(delivered.n).toBe(220);
    db.close();
  });
});
