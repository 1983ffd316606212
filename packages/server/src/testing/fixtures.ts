import type { ApiKey } from '../domain/api-key.ts';
import type { Task, Track } from '../domain/task.ts';

let counter = 0;
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

export function makeKey(overrides: Partial<ApiKey> = {}): ApiKey {
  const n = ++counter;
  return { id: `key_${n}_${hex(n, 8)}`, key: `sk_test_${n}_${hex(n * 7919, 8)}`, name: 'test', credits: 100, createdAt: 1, ...overrides };
}

export function makeTask(apiKeyId: string, overrides: Partial<Task> = {}): Task {
  const n = ++counter;
  const request = { customMode: false, instrumental: true, model: 'V4', prompt: 'a calm piano piece' };
  return {
    id: hex(n, 32),
    apiKeyId,
    status: 'PENDING',
    param: JSON.stringify(request),
    request,
    callBackUrl: null,
    creditsCharged: 10,
    seed: n,
    error: null,
    createdAt: 1000 + n,
    updatedAt: 1000 + n,
    ...overrides,
  };
}

export function makeTracks(taskId: string, count = 2): Track[] {
  return Array.from({ length: count }, (_, index) => {
    const n = ++counter;
    return {
      id: `00000000-0000-4000-8000-${hex(n, 12)}`,
      taskId,
      index,
      seed: n,
      title: 'Song',
      prompt: '',
      tags: 'piano',
      state: 'pending' as const,
      duration: null,
      hasCover: true,
      createdAt: 2000,
    };
  });
}
