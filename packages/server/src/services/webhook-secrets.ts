import type { IdSource } from '../domain/ids.ts';
import { decodeWebhookSecret } from '../callbacks/signing.ts';
import type { Clock } from '../ports/clock.ts';
import type { WebhookSecretStore } from '../ports/webhook-secret-store.ts';

/** What `songloom keys secret` shows. */
export interface WebhookSecretInfo {
  /** Signs every callback from now on. */
  current: string;
  /** Rotated-out secrets still signing (alongside the current one) until `expiresAt` (ms since epoch). */
  previous: Array<{ secret: string; expiresAt: number }>;
}

export interface WebhookSecretsDeps {
  store: WebhookSecretStore;
  clock: Clock;
  /** `webhookSecret()` must return `whsec_` + base64 of at least 24 random bytes. */
  ids: Pick<IdSource, 'webhookSecret'>;
  /** How long a rotated-out secret keeps signing; default 24 h. */
  overlapMs?: number;
}

/** Per-key webhook secrets: read (created on first use), rotate with an overlap, and the list to sign with. */
export interface WebhookSecrets {
  get(apiKeyId: string): Promise<WebhookSecretInfo>;
  /** A new current secret; the old one keeps signing for `overlapMs` (0 drops it at once). */
  rotate(apiKeyId: string, overlapMs?: number): Promise<WebhookSecretInfo>;
  /** Current first, then the previous ones still in their overlap window. */
  signingSecrets(apiKeyId: string): Promise<string[]>;
}

export const DEFAULT_SECRET_OVERLAP_MS = 24 * 3600 * 1000;

export function createWebhookSecrets(deps: WebhookSecretsDeps): WebhookSecrets {
  const overlapDefault = deps.overlapMs ?? DEFAULT_SECRET_OVERLAP_MS;
  const fresh = (): string => {
    const secret = deps.ids.webhookSecret();
    decodeWebhookSecret(secret);
    return secret;
  };
  const info = async (apiKeyId: string): Promise<WebhookSecretInfo> => {
    const now = deps.clock.now();
    let active = await deps.store.listActive(apiKeyId, now);
    if (!active.some((s) => s.expiresAt === null)) {
      await deps.store.createIfMissing(apiKeyId, fresh(), now);
      active = await deps.store.listActive(apiKeyId, now);
    }
    const current = active.find((s) => s.expiresAt === null);
    if (!current) throw new Error(`no current webhook secret for key ${apiKeyId}`);
    const previous = active.flatMap((s) => (s.expiresAt === null ? [] : [{ secret: s.secret, expiresAt: s.expiresAt }]));
    return { current: current.secret, previous };
  };
  return {
    get: info,
    async rotate(apiKeyId, overlapMs = overlapDefault) {
      const now = deps.clock.now();
      await deps.store.rotate(apiKeyId, fresh(), now, now + overlapMs);
      return info(apiKeyId);
    },
    async signingSecrets(apiKeyId) {
      const { current, previous } = await info(apiKeyId);
      return [current, ...previous.map((p) => p.secret)];
    },
  };
}
