import { randomBytes } from 'node:crypto';
import { openDatabase, type SqliteDatabase } from '../adapters/sqlite/database.ts';
import { createSqliteCallbackStore } from '../adapters/sqlite/callback-store.ts';
import { createSqliteWebhookSecretStore } from '../adapters/sqlite/webhook-secret-store.ts';
import { createHttpCallbackSender } from '../adapters/http-sender/http-callback-sender.ts';
import { CallbackDispatcher } from '../callbacks/dispatcher.ts';
import { generateCallbackSource } from '../callbacks/generate-callback-source.ts';
import { DEFAULT_CALLBACK_OPTIONS, type CallbackDeliveryOptions } from '../callbacks/options.ts';
import { formatWebhookSecret } from '../callbacks/signing.ts';
import type { Task, TaskFailure } from '../domain/task.ts';
import type { CallbackSender } from '../ports/callback-sender.ts';
import type { CallbackStore } from '../ports/callback-store.ts';
import type { Logger } from '../ports/logger.ts';
import { createWebhookSecrets, type WebhookSecrets } from '../services/webhook-secrets.ts';
import { FakeClock } from './fake-clock.ts';
import { FakeTaskStore } from './fake-task-store.ts';
import { fakeTaskViews } from './fake-task-views.ts';
import { makeKey, makeTask, makeTracks } from './fixtures.ts';

/** A logger that keeps lines for assertions and prints nothing. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (message: string, fields?: Record<string, unknown>): void => {
    lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  };
  return { lines, info: log, warn: log, error: log };
}

export interface CallbackHarnessOptions {
  /** SQLite file; default in memory. */
  file?: string;
  options?: Partial<CallbackDeliveryOptions>;
  clock?: FakeClock;
  taskStore?: FakeTaskStore;
  sender?: CallbackSender;
}

/** The callback pipeline over SQLite, a FakeTaskStore, a FakeClock and a real loopback-capable sender. */
export interface CallbackHarness {
  db: SqliteDatabase;
  clock: FakeClock;
  taskStore: FakeTaskStore;
  callbackStore: CallbackStore;
  secrets: WebhookSecrets;
  dispatcher: CallbackDispatcher;
  logger: Logger & { lines: string[] };
  /** A submitted task (two tracks to come) calling back to `url`. */
  submit(url: string | null): Promise<Task>;
  /** Reaches `text` (stores two pending tracks). */
  text(task: Task): Promise<void>;
  /** Finishes track `index` (0 or 1) with a duration. */
  finishTrack(task: Task, index: number, duration?: number): Promise<void>;
  fail(task: Task, failure: TaskFailure): Promise<void>;
  close(): Promise<void>;
}

export async function createCallbackHarness(o: CallbackHarnessOptions = {}): Promise<CallbackHarness> {
  const db = openDatabase(o.file ?? ':memory:');
  const clock = o.clock ?? new FakeClock();
  const taskStore = o.taskStore ?? new FakeTaskStore();
  const callbackStore = createSqliteCallbackStore(db);
  const secrets = createWebhookSecrets({
    store: createSqliteWebhookSecretStore(db),
    clock,
    ids: { webhookSecret: () => formatWebhookSecret(randomBytes(32)) },
  });
  const sender = o.sender ?? createHttpCallbackSender({ allowPrivate: true });
  const logger = memoryLogger();
  const dispatcher = new CallbackDispatcher({
    taskStore,
    source: generateCallbackSource({ loadTaskView: fakeTaskViews(taskStore), taskStore }),
    callbackStore,
    signingSecrets: (id) => secrets.signingSecrets(id),
    sender,
    clock,
    jitter: { next: () => 0.5 },
    logger,
    options: { ...DEFAULT_CALLBACK_OPTIONS, timeoutMs: 1000, ...o.options },
  });
  const key = makeKey();
  await taskStore.createKey(key);
  return {
    db,
    clock,
    taskStore,
    callbackStore,
    secrets,
    dispatcher,
    logger,
    async submit(url) {
      const task = makeTask(key.id, { callBackUrl: url, createdAt: clock.now(), updatedAt: clock.now() });
      await taskStore.submitTask(task);
      return task;
    },
    async text(task) {
      const tracks = makeTracks(task.id).map((t, i) => ({ ...t, title: `Song ${i + 1}`, prompt: '[Verse]\nla la', createdAt: clock.now() }));
      await taskStore.completeText(task.id, tracks, clock.now());
    },
    async finishTrack(task, index, duration = 30.5 + index) {
      const track = (await taskStore.getTracks(task.id))[index];
      if (!track) throw new Error(`no track ${index}`);
      await taskStore.completeTrack(track.id, duration, clock.now());
    },
    async fail(task, failure) {
      await taskStore.failTask(task.id, 'GENERATE_AUDIO_FAILED', failure, true, clock.now());
    },
    async close() {
      await dispatcher.stop();
      await sender.close();
      db.close();
    },
  };
}
