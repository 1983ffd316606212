import type { SendResult } from '../ports/callback-sender.ts';

/** Uniform numbers in [0, 1) for jitter: `createRng(seed)` from `@songloom/music` fits. */
export interface JitterSource {
  next(): number;
}

/** The retry rules, in milliseconds. */
export interface RetryPolicy {
  scheduleMs: readonly number[];
  maxRetries: number;
  jitterRatio: number;
  maxRetryAfterMs: number;
}

/** How one attempt's result is read: 2xx success, 410 stop at once, anything else retry. */
export type ResultClass = 'success' | 'gone' | 'retryable';

/** What to do after an attempt. */
export type NextStep =
  | { kind: 'delivered' }
  | { kind: 'retry'; at: number }
  | { kind: 'failed' }
  | { kind: 'gone' }
  | { kind: 'superseded' };

export interface AttemptContext {
  result: SendResult;
  /** Attempts made so far on this delivery, this one included (1 after the first). */
  attempts: number;
  /** A later stage of the same task is already waiting. */
  superseded: boolean;
  now: number;
}

/** Classifies an attempt: timeouts, connection errors, blocked addresses, 3xx, 4xx (but 410) and 5xx are retryable. */
export function classifyResult(result: SendResult): ResultClass {
  if (result.kind === 'error') return 'retryable';
  if (result.status >= 200 && result.status < 300) return 'success';
  if (result.status === 410) return 'gone';
  return 'retryable';
}

/** `Retry-After` as a delay in ms (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/^[A-Za-z]{3}/.test(text)) return null; // HTTP dates start with a day name
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Delay before retry number `retry` (1-based): the schedule entry (last one repeats) with jitter. */
export function retryDelay(policy: RetryPolicy, retry: number, rng: JitterSource): number {
  const { scheduleMs } = policy;
  const base = scheduleMs[Math.min(retry, scheduleMs.length) - 1] ?? 0;
  const factor = 1 + policy.jitterRatio * (2 * rng.next() - 1);
  return Math.round(base * factor);
}

/**
 * The pure delivery policy. A success is delivered; a 410 is gone; another failure is superseded
 * when a later stage waits, failed when `maxRetries` retries have already failed, and otherwise
 * retried after the schedule's delay, or after `Retry-After` (capped) on a 429 or 503.
 */
export function nextStep(ctx: AttemptContext, policy: RetryPolicy, rng: JitterSource): NextStep {
  const verdict = classifyResult(ctx.result);
  if (verdict === 'success') return { kind: 'delivered' };
  if (verdict === 'gone') return { kind: 'gone' };
  if (ctx.superseded) return { kind: 'superseded' };
  const retriesDone = ctx.attempts - 1;
  if (retriesDone >= policy.maxRetries) return { kind: 'failed' };
  const { result } = ctx;
  const honoured =
    result.kind === 'response' && (result.status === 429 || result.status === 503)
      ? parseRetryAfter(result.retryAfter, ctx.now)
      : null;
  const delay = honoured !== null ? Math.min(honoured, policy.maxRetryAfterMs) : retryDelay(policy, retriesDone + 1, rng);
  return { kind: 'retry', at: ctx.now + delay };
}
