import type { ApiKey } from '../domain/api-key.ts';
import { MAX_CREDITS } from '../domain/credits.ts';
import type { IdSource } from '../domain/ids.ts';
import type { Clock } from '../ports/clock.ts';
import type { TaskStore } from '../ports/task-store.ts';

/** Adds (or takes, with a negative delta) credits; refuses a balance above {@link MAX_CREDITS}. Null for an unknown key. */
export async function creditKey(store: TaskStore, key: string, delta: number): Promise<number | null> {
  const found = await store.findKey(key);
  if (!found) return null;
  if (!Number.isSafeInteger(delta) || found.credits + delta > MAX_CREDITS) {
    throw new Error(`A key holds at most ${MAX_CREDITS} credits: this one has ${found.credits}, adding ${delta} would pass that.`);
  }
  return store.adjustCredits(key, delta);
}

/** Creates an API key with its starting credits (at most {@link MAX_CREDITS}). */
export async function createApiKey(
  deps: { store: TaskStore; ids: IdSource; clock: Clock },
  options: { name: string; credits: number },
): Promise<ApiKey> {
  if (!Number.isSafeInteger(options.credits) || options.credits < 0 || options.credits > MAX_CREDITS) {
    throw new Error(`A key holds from 0 to ${MAX_CREDITS} credits, not ${options.credits}.`);
  }
  const key: ApiKey = {
    id: `key_${deps.ids.taskId().slice(0, 16)}`,
    key: deps.ids.apiKey(),
    name: options.name,
    credits: options.credits,
    createdAt: deps.clock.now(),
  };
  await deps.store.createKey(key);
  return key;
}
