/** Delivery settings; the config schema maps `SONGLOOM_CALLBACK_*` onto this. */
export interface CallbackDeliveryOptions {
  /** Whole-request timeout of one attempt (the contract gives receivers 15 s). */
  timeoutMs: number;
  /** Delay before retry 1, 2, 3... in seconds; the last entry repeats when there are more retries than entries. */
  retryScheduleS: readonly number[];
  /** Failed retries after which a callback is given up and the task becomes CALLBACK_EXCEPTION. */
  maxRetries: number;
  /** Each scheduled delay is scaled by a factor drawn uniformly from [1 - ratio, 1 + ratio]. */
  jitterRatio: number;
  /** Seed for the jitter generator the composition root builds (`createRng(jitterSeed)`). */
  jitterSeed: number;
  /** Upper bound on a receiver's `Retry-After`, in seconds. */
  maxRetryAfterS: number;
  /** Attempts in flight at once, across all tasks (one per task at most). */
  concurrency: number;
  /** How often the dispatcher looks for new stages and due retries when nobody wakes it. */
  pollIntervalMs: number;
  /** Stage events read per round. */
  batchSize: number;
}

/** Defaults: 15 s timeout, retries after 1, 5 and 15 minutes with ±10 % jitter. */
export const DEFAULT_CALLBACK_OPTIONS: CallbackDeliveryOptions = {
  timeoutMs: 15_000,
  retryScheduleS: [60, 300, 900],
  maxRetries: 3,
  jitterRatio: 0.1,
  jitterSeed: 1,
  maxRetryAfterS: 3600,
  concurrency: 64,
  pollIntervalMs: 500,
  batchSize: 256,
};

/**
 * Parses `SONGLOOM_CALLBACK_RETRY_SCHEDULE` ("60,300,900", seconds, decimals allowed). Returns
 * null for anything else (empty, negative, not a number) so the config schema can name the setting.
 */
export function parseRetrySchedule(text: string): number[] | null {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) return null;
  return parts.map(Number);
}
