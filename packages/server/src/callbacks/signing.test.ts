import { describe, expect, it } from 'vitest';
import { decodeWebhookSecret, formatWebhookSecret, signWebhook, webhookHeaders } from './signing.ts';

describe('Standard Webhooks signing', () => {
  it('reproduces the specification test vector', () => {
    const signature = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('puts one signature per secret in the header, current first', () => {
    const a = formatWebhookSecret(new Uint8Array(32).fill(1));
    const b = formatWebhookSecret(new Uint8Array(32).fill(2));
    const headers = webhookHeaders('msg_1', 1700000000, '{}', [a, b]);
    expect(headers['webhook-signature']).toBe(`${signWebhook(a, 'msg_1', 1700000000, '{}')} ${signWebhook(b, 'msg_1', 1700000000, '{}')}`);
    expect(headers['webhook-timestamp']).toBe('1700000000');
    expect(() => webhookHeaders('msg_1', 1, '{}', [])).toThrow(/at least one/);
  });

  it('refuses malformed and short secrets', () => {
    expect(() => decodeWebhookSecret('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toThrow(/whsec_/);
    expect(() => decodeWebhookSecret('whsec_' + Buffer.alloc(16).toString('base64'))).toThrow(/24 bytes/);
    expect(() => decodeWebhookSecret('whsec_not base64!')).toThrow(/base64/);
    expect(decodeWebhookSecret(formatWebhookSecret(new Uint8Array(32)))).toHaveLength(32);
  });
});
