import type { ApiKey } from '../domain/api-key.ts';
import type { IdSource } from '../domain/ids.ts';
import type { Clock } from '../ports/clock.ts';
import type { TaskStore } from '../ports/task-store.ts';

/** Creates an API key with its starting credits. */
export async function createApiKey(
  deps: { store: TaskStore; ids: IdSource; clock: Clock },
  options: { name: string; credits: number },
): Promise<ApiKey> {
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
