import { SPLIT_STEM_URL_FIELDS, type VocalRemovalRecord } from '@songloom/contract';
import type { ApiKey } from '../domain/api-key.ts';
import { AppError } from '../domain/app-error.ts';
import { requireTaskId } from '../domain/task-id.ts';
import type { VocalRemovalDeps } from './vocal-removal-deps.ts';
import { vocalRemovalLinks } from './vocal-removal-links.ts';

const NO_SPLIT_STEMS = Object.fromEntries(SPLIT_STEM_URL_FIELDS.map((field) => [field, null])) as Record<
  (typeof SPLIT_STEM_URL_FIELDS)[number],
  null
>;

/** GET /api/v1/vocal-removal/record-info: the task with fresh signed links; another key's task is a 404. */
export async function getVocalRemovalDetails(deps: VocalRemovalDeps, apiKey: ApiKey, taskId: string | undefined): Promise<VocalRemovalRecord> {
  requireTaskId(taskId);
  const task = await deps.vocalRemovals.get(taskId as string);
  if (!task || task.apiKeyId !== apiKey.id) {
    throw new AppError('not_found', `No vocal-removal task ${taskId} for this API key: check the taskId returned by POST /api/v1/vocal-removal/generate.`);
  }
  return {
    taskId: task.id,
    musicId: task.trackId,
    audioId: task.trackId,
    musicIndex: task.trackIndex,
    callbackUrl: task.callBackUrl,
    completeTime: task.completedAt,
    response: { ...vocalRemovalLinks(task, deps.urls, deps.clock.now()), ...NO_SPLIT_STEMS },
    successFlag: task.status,
    createTime: task.createdAt,
    errorCode: null,
    errorMessage: null,
  };
}
