import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from './index.ts';

// The Standard Webhooks specification's published test vector.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TIMESTAMP = 1614265330;
const BODY = '{"test": 2432232314}';
const SIGNATURE = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
const NOW = TIMESTAMP * 1000;

const headers = (signature = SIGNATURE, timestamp = String(TIMESTAMP)) => ({
  'webhook-id': ID,
  'webhook-timestamp': timestamp,
  'webhook-signature': signature,
});

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).code;
}

describe('verifyWebhook', () => {
  it('accepts the specification test vector and returns id, timestamp and parsed body', async () => {
    const verified = await verifyWebhook(SECRET, headers(), BODY, { now: NOW });
    expect(verified).toEqual({ id: ID, timestamp: TIMESTAMP, payload: { test: 2432232314 } });
  });

  it('accepts a fetch Headers object and a byte body', async () => {
    const verified = await verifyWebhook(SECRET, new Headers(headers()), new TextEncoder().encode(BODY), { now: NOW });
    expect(verified.id).toBe(ID);
  });

  it('accepts when any of several signatures matches (rotation) and any of several secrets', async () => {
    const other = 'v1,' + Buffer.alloc(32, 7).toString('base64');
    await expect(verifyWebhook(SECRET, headers(`${other} ${SIGNATURE}`), BODY, { now: NOW })).resolves.toBeTruthy();
    const wrong = 'whsec_' + Buffer.alloc(32, 1).toString('base64');
    await expect(verifyWebhook([wrong, SECRET], headers(), BODY, { now: NOW })).resolves.toBeTruthy();
  });

  it('rejects a tampered body, a wrong secret and an unknown version', async () => {
    expect(await rejection(verifyWebhook(SECRET, headers(), '{"test": 2432232315}', { now: NOW }))).toBe('invalid_signature');
    const wrong = 'whsec_' + Buffer.alloc(32, 1).toString('base64');
    expect(await rejection(verifyWebhook(wrong, headers(), BODY, { now: NOW }))).toBe('invalid_signature');
    expect(await rejection(verifyWebhook(SECRET, headers(SIGNATURE.replace('v1,', 'v2,')), BODY, { now: NOW }))).toBe(
      'invalid_signature',
    );
  });

  it('enforces the timestamp tolerance both ways', async () => {
    expect(await rejection(verifyWebhook(SECRET, headers(), BODY, { now: NOW + 301_000 }))).toBe('timestamp_too_old');
    expect(await rejection(verifyWebhook(SECRET, headers(), BODY, { now: NOW - 301_000 }))).toBe('timestamp_too_new');
    await expect(verifyWebhook(SECRET, headers(), BODY, { now: NOW + 299_000 })).resolves.toBeTruthy();
    await expect(verifyWebhook(SECRET, headers(), BODY, { now: NOW + 3_600_000, toleranceS: 3600 })).resolves.toBeTruthy();
  });

  it('names missing headers and bad timestamps', async () => {
    const { 'webhook-id': _id, ...noId } = headers();
    expect(await rejection(verifyWebhook(SECRET, noId, BODY, { now: NOW }))).toBe('missing_header');
    expect(await rejection(verifyWebhook(SECRET, headers(SIGNATURE, 'soon'), BODY, { now: NOW }))).toBe('invalid_timestamp');
  });
});
