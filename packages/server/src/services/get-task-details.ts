import type { ApiKey } from '../domain/api-key.ts';
import { AppError } from '../domain/app-error.ts';
import { requireTaskId } from '../domain/task-id.ts';
import type { Task } from '../domain/task.ts';
import type { ServiceDeps } from './service-deps.ts';
import { modelNameOf, toTrackView, type TrackView } from './track-view.ts';

export interface TaskDetails {
  taskId: string;
  parentMusicId: string;
  param: string;
  response: { taskId: string; sunoData: TrackView[] };
  status: Task['status'];
  type: string;
  operationType: 'generate';
  errorCode: number | null;
  errorMessage: string | null;
  seed: number;
}

/** Loads a task the key owns; another key's task is reported as not found, so ids cannot be probed. */
export async function loadOwnTask(deps: ServiceDeps, apiKey: ApiKey, rawTaskId: unknown): Promise<Task> {
  const taskId = requireTaskId(rawTaskId);
  const task = await deps.store.getTask(taskId);
  if (!task || task.apiKeyId !== apiKey.id) {
    throw new AppError('not_found', `No task ${taskId} for this API key: check the taskId returned by POST /api/v1/generate.`);
  }
  return task;
}

/** GET /api/v1/generate/record-info. */
export async function getTaskDetails(deps: ServiceDeps, apiKey: ApiKey, taskId: string | undefined): Promise<TaskDetails> {
  const task = await loadOwnTask(deps, apiKey, taskId);
  const tracks = await deps.store.getTracks(task.id);
  const now = deps.clock.now();
  return {
    taskId: task.id,
    parentMusicId: '',
    param: task.param,
    response: { taskId: task.id, sunoData: tracks.map((t) => toTrackView(task, t, deps.urls, now)) },
    status: task.status,
    type: modelNameOf(task),
    operationType: 'generate',
    errorCode: task.error?.code ?? null,
    errorMessage: task.error?.message ?? null,
    seed: task.seed,
  };
}
