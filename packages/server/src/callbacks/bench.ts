import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Task } from '../domain/task.ts';
import type { CallbackSender } from '../ports/callback-sender.ts';
import type { CallbackStore } from '../ports/callback-store.ts';
import type { StageEvent, TaskStore } from '../ports/task-store.ts';
import type { TrackView } from '../services/track-view.ts';
import { CallbackDispatcher } from './dispatcher.ts';
import { generateCallbackSource } from './generate-callback-source.ts';
import { DEFAULT_CALLBACK_OPTIONS } from './options.ts';

/** What the bench drives; the caller builds them (SQLite store, HTTP sender with allowPrivate). */
export interface CallbackBenchDeps {
  /** An empty store (a fresh database). */
  callbackStore: CallbackStore;
  signingSecrets: (apiKeyId: string) => Promise<string[]>;
  sender: CallbackSender;
}

export interface CallbackBenchOptions {
  /** Callbacks sent in the throughput burst (default 3000). */
  burst?: number;
  /** Callbacks in the latency run, arriving one every `spacingMs` (default 300 every 2 ms). */
  paced?: number;
  spacingMs?: number;
  concurrency?: number;
}

export interface CallbackBenchResult {
  deliveriesPerSecond: number;
  /** Stage recorded -> callback body received by the loopback receiver, under paced arrivals. */
  delayP50Ms: number;
  delayP99Ms: number;
  burst: number;
  paced: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/** Stage events and task views held in maps: the bench measures the dispatcher, not a store. */
function memorySource(url: string) {
  const events: StageEvent[] = [];
  const views = new Map<string, { task: Task; tracks: TrackView[] }>();
  const stagedAt = new Map<string, number>();
  const track = (id: string): TrackView => ({
    id, audioUrl: '', sourceAudioUrl: '', streamAudioUrl: `http://127.0.0.1/stream/${id}`, sourceStreamAudioUrl: `http://127.0.0.1/stream/${id}`,
    imageUrl: `http://127.0.0.1/files/${id}.png`, sourceImageUrl: `http://127.0.0.1/files/${id}.png`, prompt: '[Verse]\nla la la',
    modelName: 'chirp-v4', title: 'Bench', tags: 'lofi', createTime: '2025-01-01 00:00:00',
  });
  const taskStore: Pick<TaskStore, 'listStageEvents' | 'getTask' | 'markCallbackException'> = {
    async listStageEvents(after, limit) {
      return events.slice(after, after + limit); // seq n sits at index n - 1
    },
    async getTask(id) {
      return views.get(id)?.task ?? null;
    },
    async markCallbackException() {},
  };
  const addStage = (n: number): void => {
    const id = n.toString(16).padStart(32, '0');
    const task = {
      id, apiKeyId: 'bench', status: 'TEXT_SUCCESS', param: '{}', request: { customMode: false, instrumental: true, model: 'V4' },
      callBackUrl: url, creditsCharged: 0, seed: n, error: null, createdAt: 0, updatedAt: 0,
    } satisfies Task;
    views.set(id, { task, tracks: [track(`${id}-a`), track(`${id}-b`)] });
    events.push({ seq: events.length + 1, taskId: id, stage: 'text', createdAt: 0 });
    stagedAt.set(id, performance.now());
  };
  return { taskStore, addStage, stagedAt, loadTaskView: async (id: string) => views.get(id) ?? null };
}

/**
 * Measures callback delivery to a loopback receiver through the real dispatcher: a burst of
 * `burst` text callbacks (deliveries/s), then `paced` callbacks arriving every `spacingMs` with
 * `wake()` called as a worker report would (delay from stage recorded to body received).
 */
export async function benchCallbackDelivery(deps: CallbackBenchDeps, options: CallbackBenchOptions = {}): Promise<CallbackBenchResult> {
  const burst = options.burst ?? 3000;
  const paced = options.paced ?? 300;
  const spacingMs = options.spacingMs ?? 2;
  const arrivals = new Map<string, number>();
  let waiting: { count: number; resolve: () => void } | null = null;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const taskId = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { task_id: string } }).data.task_id;
      arrivals.set(taskId, performance.now());
      res.writeHead(200).end();
      if (waiting && arrivals.size >= waiting.count) waiting.resolve();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const source = memorySource(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  const dispatcher = new CallbackDispatcher({
    ...deps,
    taskStore: source.taskStore,
    source: generateCallbackSource({ loadTaskView: source.loadTaskView, taskStore: source.taskStore }),
    clock: { now: () => Date.now() },
    jitter: { next: () => 0.5 },
    logger: { info() {}, warn() {}, error() {} },
    options: { ...DEFAULT_CALLBACK_OPTIONS, concurrency: options.concurrency ?? DEFAULT_CALLBACK_OPTIONS.concurrency },
  });
  const received = (count: number): Promise<void> =>
    new Promise((resolve) => {
      waiting = { count, resolve };
      if (arrivals.size >= count) resolve();
    });
  try {
    dispatcher.start();
    const started = performance.now();
    for (let n = 1; n <= burst; n++) source.addStage(n);
    dispatcher.wake();
    await received(burst);
    const seconds = (performance.now() - started) / 1000;

    const delays: number[] = [];
    for (let n = burst + 1; n <= burst + paced; n++) {
      source.addStage(n);
      dispatcher.wake();
      await new Promise((r) => setTimeout(r, spacingMs));
    }
    await received(burst + paced);
    for (const [taskId, at] of arrivals) {
      const staged = source.stagedAt.get(taskId);
      if (staged !== undefined && Number.parseInt(taskId, 16) > burst) delays.push(at - staged);
    }
    delays.sort((a, b) => a - b);
    return { deliveriesPerSecond: Math.round(burst / seconds), delayP50Ms: percentile(delays, 0.5), delayP99Ms: percentile(delays, 0.99), burst, paced };
  } finally {
    await dispatcher.stop();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
