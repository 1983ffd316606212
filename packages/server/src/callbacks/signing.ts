import { createHmac } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
/** The Standard Webhooks specification asks for at least 24 bytes of key. */
const MIN_SECRET_BYTES = 24;

/** The key bytes of a `whsec_<base64>` secret; throws on a malformed or too-short secret. */
export function decodeWebhookSecret(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new TypeError('webhook secret must start with whsec_');
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new TypeError('webhook secret is not base64');
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length < MIN_SECRET_BYTES) throw new TypeError(`webhook secret must hold at least ${MIN_SECRET_BYTES} bytes`);
  return bytes;
}

/** Formats random key bytes (32 is usual) as a `whsec_` secret. */
export function formatWebhookSecret(bytes: Uint8Array): string {
  if (bytes.length < MIN_SECRET_BYTES) throw new TypeError(`webhook secret must hold at least ${MIN_SECRET_BYTES} bytes`);
  return SECRET_PREFIX + Buffer.from(bytes).toString('base64');
}

/** `v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}` with the secret's key bytes. */
export function signWebhook(secret: string, id: string, timestampS: number, body: string): string {
  const mac = createHmac('sha256', decodeWebhookSecret(secret)).update(`${id}.${timestampS}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers; one signature per secret (rotation overlap), space separated. */
export function webhookHeaders(
  id: string,
  timestampS: number,
  body: string,
  secrets: readonly string[],
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  if (secrets.length === 0) throw new TypeError('at least one webhook secret is needed to sign');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampS),
    'webhook-signature': secrets.map((s) => signWebhook(s, id, timestampS, body)).join(' '),
  };
}
