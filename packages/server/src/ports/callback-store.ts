import type { Stage } from '../domain/task-status.ts';

/**
 * `pending`: waiting for its first attempt or a retry (also while an attempt is in flight);
 * `delivered`: a 2xx came back; `failed`: retries exhausted; `gone`: the receiver answered 410;
 * `superseded`: a later stage of the same task replaced it before it was delivered.
 */
export type DeliveryState = 'pending' | 'delivered' | 'failed' | 'gone' | 'superseded';

/** One callback of one stage of one task. Its id is the `webhook-id` header, the same on every attempt. */
export interface CallbackDelivery {
  id: string;
  taskId: string;
  apiKeyId: string;
  /** The stage event it was made from (per-task order). */
  seq: number;
  stage: Stage;
  url: string;
  /** The exact JSON body sent; re-signed (new timestamp) but unchanged on retries. */
  body: string;
  state: DeliveryState;
  /** Attempts since creation or the last redelivery; the first attempt is not a retry. */
  attempts: number;
  /** When the next attempt is due (ms since epoch); null once final. */
  nextAttemptAt: number | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
}

/** `success`: 2xx; `retry`: failed, another attempt scheduled; `failed`/`gone`: final failure; `superseded`: failed but a later stage replaces it. */
export type AttemptOutcome = 'success' | 'retry' | 'failed' | 'gone' | 'superseded';

/** One HTTP attempt of a delivery, kept for inspection. */
export interface CallbackAttempt {
  deliveryId: string;
  /** 1-based number within the delivery's history (keeps counting across redeliveries). */
  number: number;
  startedAt: number;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  /** Start of the response body. */
  responseExcerpt: string;
  outcome: AttemptOutcome;
}

/** The delivery's new state, written together with its attempt. */
export interface DeliveryUpdate {
  state: DeliveryState;
  attempts: number;
  nextAttemptAt: number | null;
  lastStatus: number | null;
  lastError: string | null;
  updatedAt: number;
}

/** Durable deliveries, their attempts and the dispatcher's cursor over stage events. */
export interface CallbackStore {
  /** The seq of the last stage event turned into deliveries (0 at first). */
  getCursor(): Promise<number>;
  /**
   * In one transaction: inserts the deliveries (an id that exists is left alone), marks every
   * earlier pending delivery of the same task `superseded` unless its id is in `inFlightIds`,
   * and moves the cursor to `cursor`.
   */
  ingest(deliveries: CallbackDelivery[], cursor: number, inFlightIds: ReadonlySet<string>): Promise<void>;
  /**
   * Pending deliveries due at `now`, most overdue first, only the earliest pending one of each task
   * (so stages go out in order), skipping tasks in `busyTaskIds`.
   */
  listDue(now: number, limit: number, busyTaskIds: ReadonlySet<string>): Promise<CallbackDelivery[]>;
  /** True when the task has a delivery made from a later stage event than `seq`. */
  hasLater(taskId: string, seq: number): Promise<boolean>;
  /**
   * Records the attempt (numbered next in the delivery's history) and the delivery's new state
   * atomically. A retry (`update.state` pending) of a task that meanwhile got a later delivery is
   * stored as `superseded` instead, outcome included. Returns the state stored.
   */
  recordAttempt(attempt: Omit<CallbackAttempt, 'number'>, update: DeliveryUpdate): Promise<DeliveryState>;
  get(id: string): Promise<CallbackDelivery | null>;
  /** The task's deliveries in stage order, each with its attempts (oldest first). */
  listForTask(taskId: string): Promise<Array<CallbackDelivery & { attemptLog: CallbackAttempt[] }>>;
  /** Makes a delivery pending again, due at `now`, with a fresh retry budget and the given body. */
  reopen(id: string, body: string, now: number): Promise<void>;
  /** The earliest `nextAttemptAt` among pending deliveries, or null. */
  nextDueAt(): Promise<number | null>;
}
