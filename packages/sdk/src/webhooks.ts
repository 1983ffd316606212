/**
 * Verifies songloom callbacks per the Standard Webhooks specification: `webhook-signature` holds
 * one or more `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the
 * bytes after `whsec_`. Uses Web Crypto, so it runs in Node 20+, browsers, Deno and workers.
 */

/** Why a webhook was rejected. */
export type WebhookErrorCode =
  | 'missing_header'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'invalid_signature'
  | 'invalid_secret'
  | 'invalid_payload';

/** The one error `verifyWebhook` throws; `code` says why. */
export class WebhookVerificationError extends Error {
  readonly code: WebhookErrorCode;
  constructor(code: WebhookErrorCode, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.code = code;
  }
}

/** Request headers as a fetch `Headers`, or a plain object (Node's `IncomingHttpHeaders` fits). */
export type WebhookHeaders = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** Accepted clock skew either way, in seconds (default 300, as the specification says). */
  toleranceS?: number;
  /** The current time in ms since the epoch (default: the system clock). */
  now?: number;
}

/** A verified webhook. */
export interface VerifiedWebhook<T> {
  /** `webhook-id`: the same on every retry of one callback; de-duplicate on it. */
  id: string;
  /** `webhook-timestamp`, seconds since the epoch. */
  timestamp: number;
  /** The parsed JSON body. */
  payload: T;
}

const encoder = new TextEncoder();

function header(headers: WebhookHeaders, name: string): string {
  const value = typeof headers.get === 'function' ? (headers.get as (n: string) => string | null)(name) : readRecord(headers, name);
  if (value === null || value === undefined || value === '') {
    throw new WebhookVerificationError('missing_header', `missing ${name} header`);
  }
  return value;
}

function readRecord(headers: WebhookHeaders, name: string): string | null {
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function secretKeyBytes(secret: string): Uint8Array {
  const encoded = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  try {
    const bytes = base64ToBytes(encoded);
    if (bytes.length > 0) return bytes;
  } catch {
    /* fall through */
  }
  throw new WebhookVerificationError('invalid_secret', 'the webhook secret is not whsec_<base64>');
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

async function hmac(key: Uint8Array, content: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, content));
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function candidateSignatures(headerValue: string): Uint8Array[] {
  return headerValue.split(' ').flatMap((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return [];
    try {
      return [base64ToBytes(value)];
    } catch {
      return [];
    }
  });
}

/**
 * Verifies a callback and returns its id, timestamp and parsed body. Pass the raw body exactly as
 * received (re-serialised JSON will not verify). `secret` may be several secrets (rotation): any
 * match is enough. Throws {@link WebhookVerificationError}.
 */
export async function verifyWebhook<T = unknown>(
  secret: string | readonly string[],
  headers: WebhookHeaders,
  body: string | Uint8Array,
  options: VerifyWebhookOptions = {},
): Promise<VerifiedWebhook<T>> {
  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signatures = candidateSignatures(header(headers, 'webhook-signature'));
  if (!/^\d+$/.test(timestampText)) throw new WebhookVerificationError('invalid_timestamp', 'webhook-timestamp is not a number');
  const timestamp = Number(timestampText);
  const nowS = Math.floor((options.now ?? Date.now()) / 1000);
  const tolerance = options.toleranceS ?? 300;
  if (timestamp < nowS - tolerance) throw new WebhookVerificationError('timestamp_too_old', 'webhook-timestamp is too old');
  if (timestamp > nowS + tolerance) throw new WebhookVerificationError('timestamp_too_new', 'webhook-timestamp is in the future');

  const bodyBytes = typeof body === 'string' ? encoder.encode(body) : body;
  const content = concat([encoder.encode(`${id}.${timestampText}.`), bodyBytes]);
  const secrets = typeof secret === 'string' ? [secret] : secret;
  let matched = false;
  for (const s of secrets) {
    const expected = await hmac(secretKeyBytes(s), content);
    if (signatures.some((candidate) => equalBytes(candidate, expected))) matched = true;
  }
  if (!matched) throw new WebhookVerificationError('invalid_signature', 'no webhook-signature matches');
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    return { id, timestamp, payload: JSON.parse(text) as T };
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'the body is not JSON');
  }
}
