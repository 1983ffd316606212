import { describe, expect, it } from 'vitest';
import type { SendResult } from '../ports/callback-sender.ts';
import { classifyResult, nextStep, parseRetryAfter, retryDelay, type RetryPolicy } from './delivery-policy.ts';

const policy: RetryPolicy = { scheduleMs: [60_000, 300_000, 900_000], maxRetries: 3, jitterRatio: 0.1, maxRetryAfterMs: 3_600_000 };
const mid = { next: () => 0.5 };
const response = (status: number, retryAfter: string | null = null): SendResult => ({
  kind: 'response', status, retryAfter, excerpt: '', durationMs: 5,
});
const NOW = Date.UTC(2025, 0, 1);

describe('classifyResult', () => {
  it('2xx succeed, 410 is gone, everything else retries', () => {
    for (const s of [200, 201, 202, 204, 299]) expect(classifyResult(response(s))).toBe('success');
    expect(classifyResult(response(410))).toBe('gone');
    for (const s of [199, 301, 302, 400, 401, 404, 429, 500, 502, 503]) expect(classifyResult(response(s))).toBe('retryable');
    for (const error of ['timeout', 'connect', 'blocked', 'network'] as const) {
      expect(classifyResult({ kind: 'error', error, message: '', durationMs: 1 })).toBe('retryable');
    }
  });
});

describe('nextStep', () => {
  const step = (result: SendResult, attempts: number, superseded = false) =>
    nextStep({ result, attempts, superseded, now: NOW }, policy, mid);

  it('follows the schedule, then gives up after the third failed retry', () => {
    expect(step(response(500), 1)).toEqual({ kind: 'retry', at: NOW + 60_000 });
    expect(step(response(500), 2)).toEqual({ kind: 'retry', at: NOW + 300_000 });
    expect(step(response(500), 3)).toEqual({ kind: 'retry', at: NOW + 900_000 });
    expect(step(response(500), 4)).toEqual({ kind: 'failed' });
  });

  it('prefers supersession to retry and give-up, but never to success or 410', () => {
    expect(step(response(500), 1, true)).toEqual({ kind: 'superseded' });
    expect(step(response(500), 4, true)).toEqual({ kind: 'superseded' });
    expect(step(response(200), 1, true)).toEqual({ kind: 'delivered' });
    expect(step(response(410), 1, true)).toEqual({ kind: 'gone' });
  });

  it('honours Retry-After on 429 and 503 only, capped', () => {
    expect(step(response(429, '7'), 1)).toEqual({ kind: 'retry', at: NOW + 7000 });
    expect(step(response(503, '7'), 1)).toEqual({ kind: 'retry', at: NOW + 7000 });
    expect(step(response(500, '7'), 1)).toEqual({ kind: 'retry', at: NOW + 60_000 });
    expect(step(response(429, '999999'), 1)).toEqual({ kind: 'retry', at: NOW + 3_600_000 });
    expect(step(response(429, 'soon'), 1)).toEqual({ kind: 'retry', at: NOW + 60_000 });
    expect(step(response(429, '7'), 4)).toEqual({ kind: 'failed' });
  });

  it('repeats the last schedule entry when more retries are allowed than listed', () => {
    const long = { ...policy, maxRetries: 5, scheduleMs: [1000] };
    expect(nextStep({ result: response(500), attempts: 5, superseded: false, now: NOW }, long, mid)).toEqual({ kind: 'retry', at: NOW + 1000 });
  });
});

describe('retry jitter and Retry-After parsing', () => {
  it('keeps jitter within the ratio and reproducible for a given source', () => {
    const seq = (values: number[]) => {
      let i = 0;
      return { next: () => values[i++ % values.length] ?? 0 };
    };
    expect(retryDelay(policy, 1, seq([0]))).toBe(54_000);
    expect(retryDelay(policy, 1, seq([0.999999]))).toBe(66_000);
    const a = [0.1, 0.7, 0.3].map((v) => retryDelay(policy, 2, seq([v])));
    expect(a.every((d) => d >= 270_000 && d <= 330_000)).toBe(true);
    expect(new Set(a).size).toBe(3);
  });

  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30_000);
    expect(parseRetryAfter(new Date(NOW - 30_000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
  });
});
