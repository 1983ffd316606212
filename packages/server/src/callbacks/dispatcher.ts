import type { CallbackDelivery, CallbackStore } from '../ports/callback-store.ts';
import type { CallbackSender } from '../ports/callback-sender.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { describeResult, givesUp, outcomeOf, stateAfter } from './attempt.ts';
import type { CallbackSource } from './callback-source.ts';
import { nextStep, type JitterSource, type RetryPolicy } from './delivery-policy.ts';
import { deliveriesFromEvents } from './ingest.ts';
import type { CallbackDeliveryOptions } from './options.ts';
import { webhookHeaders } from './signing.ts';

/** What the dispatcher needs; every piece is a port or a plain function. */
export interface CallbackDispatcherDeps {
  /** The stage-event outbox. */
  taskStore: Pick<TaskStore, 'listStageEvents'>;
  /** Builds each event's body and records give-ups, per kind of task (see `combineCallbackSources`). */
  source: CallbackSource;
  callbackStore: CallbackStore;
  /** The secrets to sign a key's callbacks with (current first); see `createWebhookSecrets`. */
  signingSecrets: (apiKeyId: string) => Promise<string[]>;
  sender: CallbackSender;
  clock: Clock;
  /** Jitter source, e.g. `createRng(options.jitterSeed)`. */
  jitter: JitterSource;
  logger: Logger;
  options: CallbackDeliveryOptions;
}

/**
 * Turns stage events into signed callback deliveries: per task in stage order with at most one in
 * flight, a later stage superseding an earlier one that waits for a retry, retries on the policy's
 * schedule and CALLBACK_EXCEPTION on give-up. Its cursor and every delivery live in the
 * CallbackStore, so a new instance over the same store resumes where the last one stopped.
 * One dispatcher per store: the in-flight guard is in memory.
 */
export class CallbackDispatcher {
  readonly #deps: CallbackDispatcherDeps;
  readonly #policy: RetryPolicy;
  readonly #busyTasks = new Set<string>();
  readonly #inFlight = new Map<string, Promise<void>>();
  #cursor: number | null = null;
  #running = false;
  #pumping: Promise<void> | null = null;
  #pumpAgain = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(deps: CallbackDispatcherDeps) {
    this.#deps = deps;
    const o = deps.options;
    this.#policy = {
      scheduleMs: o.retryScheduleS.map((s) => s * 1000),
      maxRetries: o.maxRetries,
      jitterRatio: o.jitterRatio,
      maxRetryAfterMs: o.maxRetryAfterS * 1000,
    };
  }

  /** Starts the background loop: a round now, then on every `wake()` and every poll interval. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.wake();
  }

  /** Stops taking new work and waits for the attempts in flight to finish and be recorded. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#pumping;
    await Promise.all(this.#inFlight.values());
  }

  /** Asks for a round soon (a worker reported a stage, a send finished). Cheap; rounds coalesce. */
  wake(): void {
    if (!this.#running) return;
    if (this.#pumping) {
      this.#pumpAgain = true;
      return;
    }
    this.#pumping = this.#pumpLoop().finally(() => {
      this.#pumping = null;
      this.#schedulePoll();
    });
  }

  /**
   * One round without the background loop (tests, tools): reads new stage events, starts every due
   * attempt the limits allow and waits for them. Returns how many attempts were made.
   */
  async runOnce(): Promise<number> {
    await this.#ingestAll();
    const started = await this.#startDue();
    await Promise.all(started);
    return started.length;
  }

  /** Rounds until nothing is due at the clock's current time. */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0) {
      /* keep going: a finished attempt may have released the task's next stage */
    }
  }

  /**
   * Sends the task's latest callback again: same `webhook-id`, a body rebuilt from the task as it
   * stands now (fresh file links), a fresh retry budget, due at once. Returns the delivery, or null
   * when the task has none. A delivery still pending (waiting or in flight) is left as it is.
   */
  async redeliver(taskId: string): Promise<CallbackDelivery | null> {
    const { callbackStore, source, clock } = this.#deps;
    const latest = (await callbackStore.listForTask(taskId)).at(-1);
    if (!latest) return null;
    if (latest.state !== 'pending') {
      const message = await source.message(taskId, latest.stage);
      await callbackStore.reopen(latest.id, message?.body ?? latest.body, clock.now());
      this.wake();
    }
    return callbackStore.get(latest.id);
  }

  async #pumpLoop(): Promise<void> {
    do {
      this.#pumpAgain = false;
      try {
        await this.#ingestAll();
        await this.#startDue();
      } catch (error) {
        this.#deps.logger.error('callback dispatcher round failed', { error: String(error) });
      }
    } while (this.#pumpAgain && this.#running);
  }

  #schedulePoll(): void {
    if (!this.#running) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.wake();
    }, this.#deps.options.pollIntervalMs);
    this.#timer.unref();
  }

  async #ingestAll(): Promise<void> {
    const { taskStore, callbackStore, source, clock, logger, options } = this.#deps;
    this.#cursor ??= await callbackStore.getCursor();
    for (;;) {
      const events = await taskStore.listStageEvents(this.#cursor, options.batchSize);
      const last = events.at(-1);
      if (!last) return;
      const deliveries = await deliveriesFromEvents(events, source, clock.now(), logger);
      await callbackStore.ingest(deliveries, last.seq, new Set(this.#inFlight.keys()));
      this.#cursor = last.seq;
      if (events.length < options.batchSize) return;
    }
  }

  async #startDue(): Promise<Array<Promise<void>>> {
    const free = this.#deps.options.concurrency - this.#inFlight.size;
    if (free <= 0) return [];
    const due = await this.#deps.callbackStore.listDue(this.#deps.clock.now(), free, this.#busyTasks);
    return due.filter((d) => !this.#busyTasks.has(d.taskId)).map((d) => this.#launch(d));
  }

  #launch(delivery: CallbackDelivery): Promise<void> {
    this.#busyTasks.add(delivery.taskId);
    const run = this.#attempt(delivery)
      .catch((error: unknown) => {
        this.#deps.logger.error('callback attempt failed to record', { deliveryId: delivery.id, error: String(error) });
      })
      .finally(() => {
        this.#busyTasks.delete(delivery.taskId);
        this.#inFlight.delete(delivery.id);
        this.wake();
      });
    this.#inFlight.set(delivery.id, run);
    return run;
  }

  async #attempt(delivery: CallbackDelivery): Promise<void> {
    const { callbackStore, sender, clock, source, options, logger } = this.#deps;
    const startedAt = clock.now();
    const secrets = await this.#deps.signingSecrets(delivery.apiKeyId);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'songloom-webhooks/1',
      ...webhookHeaders(delivery.id, Math.floor(startedAt / 1000), delivery.body, secrets),
    };
    const result = await sender.send({ url: delivery.url, headers, body: delivery.body, timeoutMs: options.timeoutMs });
    const now = clock.now();
    const attempts = delivery.attempts + 1;
    const failed = result.kind === 'error' || result.status < 200 || result.status >= 300;
    const superseded = failed && (await callbackStore.hasLater(delivery.taskId, delivery.seq));
    const step = nextStep({ result, attempts, superseded, now }, this.#policy, this.#deps.jitter);
    const described = describeResult(result);
    const stored = await callbackStore.recordAttempt(
      {
        deliveryId: delivery.id,
        startedAt,
        durationMs: Math.round(result.durationMs),
        statusCode: described.statusCode,
        error: described.error,
        responseExcerpt: described.excerpt,
        outcome: outcomeOf(step),
      },
      {
        state: stateAfter(step),
        attempts,
        nextAttemptAt: step.kind === 'retry' ? step.at : null,
        lastStatus: described.statusCode,
        lastError: described.error,
        updatedAt: now,
      },
    );
    if (givesUp(step) && stored === step.kind) {
      logger.warn('callback given up', { taskId: delivery.taskId, stage: delivery.stage, reason: step.kind, attempts });
      const marked = await source.markCallbackException(delivery.taskId, now);
      if (!marked) logger.warn('callback given up for a task no source knows', { taskId: delivery.taskId });
    }
  }
}
