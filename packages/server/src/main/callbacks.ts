import { createRng } from '@songloom/music';
import { createHttpCallbackSender } from '../adapters/http-sender/http-callback-sender.ts';
import { createSqliteCallbackStore } from '../adapters/sqlite/callback-store.ts';
import { createSqliteWebhookSecretStore } from '../adapters/sqlite/webhook-secret-store.ts';
import { combineCallbackSources } from '../callbacks/callback-source.ts';
import { CallbackDispatcher } from '../callbacks/dispatcher.ts';
import { generateCallbackSource } from '../callbacks/generate-callback-source.ts';
import { DEFAULT_CALLBACK_OPTIONS } from '../callbacks/options.ts';
import type { Config } from '../config/config.ts';
import { createCallbackRoutes } from '../http/routes/callbacks.ts';
import type { Logger } from '../ports/logger.ts';
import type { VocalRemovalStore } from '../ports/vocal-removal-store.ts';
import type { FileUrls } from '../services/file-urls.ts';
import { createTaskViewLoader } from '../services/load-task-view.ts';
import { createVocalRemovalCallbackSource } from '../services/vocal-removal-callback-source.ts';
import { createWebhookSecrets, type WebhookSecrets } from '../services/webhook-secrets.ts';
import { callbackHostResolver } from './checks.ts';
import type { EmbeddedParts } from './embedded.ts';

export interface CallbackSystem {
  dispatcher: CallbackDispatcher;
  routes: ReturnType<typeof createCallbackRoutes>;
  secrets: WebhookSecrets;
  stop(): Promise<void>;
}

export function webhookSecretsOf(parts: EmbeddedParts): WebhookSecrets {
  return createWebhookSecrets({ store: createSqliteWebhookSecretStore(parts.db), clock: parts.clock, ids: parts.ids });
}

/**
 * The callback dispatcher over the SQLite outbox (generate and vocal-removal tasks), the real HTTP
 * sender and the per-key secrets.
 */
export function createCallbackSystem(
  config: Config,
  parts: EmbeddedParts,
  urls: FileUrls,
  logger: Logger,
  vocalRemovals: VocalRemovalStore,
): CallbackSystem {
  const callbackStore = createSqliteCallbackStore(parts.db);
  const secrets = webhookSecretsOf(parts);
  const sender = createHttpCallbackSender({ allowPrivate: config.ALLOW_PRIVATE_CALLBACKS, resolver: callbackHostResolver(config) });
  const options = { ...DEFAULT_CALLBACK_OPTIONS, timeoutMs: config.CALLBACK_TIMEOUT_MS, retryScheduleS: config.CALLBACK_RETRY_SCHEDULE };
  const dispatcher = new CallbackDispatcher({
    taskStore: parts.store,
    source: combineCallbackSources([
      generateCallbackSource({ loadTaskView: createTaskViewLoader({ store: parts.store, urls, clock: parts.clock }), taskStore: parts.store }),
      createVocalRemovalCallbackSource({ store: vocalRemovals, urls, clock: parts.clock }),
    ]),
    callbackStore,
    signingSecrets: (apiKeyId) => secrets.signingSecrets(apiKeyId),
    sender,
    clock: parts.clock,
    jitter: createRng(options.jitterSeed),
    logger,
    options,
  });
  const anyTask = { getTask: async (id: string) => (await parts.store.getTask(id)) ?? (await vocalRemovals.get(id)) };
  const routes = createCallbackRoutes({ taskStore: anyTask, callbackStore, redeliver: (taskId) => dispatcher.redeliver(taskId) });
  return {
    dispatcher,
    routes,
    secrets,
    stop: async () => {
      await dispatcher.stop();
      await sender.close();
    },
  };
}
