import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../adapters/sqlite/database.ts';
import { createSqliteWebhookSecretStore } from '../adapters/sqlite/webhook-secret-store.ts';
import { formatWebhookSecret } from '../callbacks/signing.ts';
import { FakeClock } from '../testing/fake-clock.ts';
import { createWebhookSecrets } from './webhook-secrets.ts';

function setup(overlapMs = 3_600_000) {
  const clock = new FakeClock();
  const store = createSqliteWebhookSecretStore(openDatabase(':memory:'));
  const ids = { webhookSecret: () => formatWebhookSecret(randomBytes(32)) };
  return { clock, secrets: createWebhookSecrets({ store, clock, ids, overlapMs }) };
}

describe('webhook secrets', () => {
  it('creates one secret per key on first use and keeps it', async () => {
    const { secrets } = setup();
    const a = await secrets.get('key_a');
    expect(a.current).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(a.previous).toEqual([]);
    expect((await secrets.get('key_a')).current).toBe(a.current);
    expect((await secrets.get('key_b')).current).not.toBe(a.current);
  });

  it('rotates with an overlap: both sign until the old one expires', async () => {
    const { secrets, clock } = setup();
    const before = await secrets.get('key_a');
    const after = await secrets.rotate('key_a');
    expect(after.current).not.toBe(before.current);
    expect(after.previous).toEqual([{ secret: before.current, expiresAt: clock.now() + 3_600_000 }]);
    expect(await secrets.signingSecrets('key_a')).toEqual([after.current, before.current]);
    clock.advance(3_600_000);
    expect(await secrets.signingSecrets('key_a')).toEqual([after.current]);
  });

  it('rotates without overlap when asked', async () => {
    const { secrets } = setup();
    await secrets.get('key_a');
    const after = await secrets.rotate('key_a', 0);
    expect(await secrets.signingSecrets('key_a')).toEqual([after.current]);
  });

  it('refuses an id source that makes weak secrets', async () => {
    const clock = new FakeClock();
    const store = createSqliteWebhookSecretStore(openDatabase(':memory:'));
    const weak = createWebhookSecrets({ store, clock, ids: { webhookSecret: () => 'whsec_c2hvcnQ=' } });
    await expect(weak.get('key_a')).rejects.toThrow(/24 bytes/);
  });
});
