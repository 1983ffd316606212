import { validateVocalRemovalRequest, type VocalRemovalRequest } from '@songloom/contract';
import type { ApiKey } from '../domain/api-key.ts';
import { AppError } from '../domain/app-error.ts';
import type { Track } from '../domain/task.ts';
import type { VocalRemovalTask } from '../domain/vocal-removal.ts';
import { blobKeys } from './blob-keys.ts';
import { loadOwnTask } from './get-task-details.ts';
import type { VocalRemovalDeps } from './vocal-removal-deps.ts';

/**
 * POST /api/v1/vocal-removal/generate: checks the request and the track, then stores a vocal-removal
 * task that is finished at once (the render already wrote true stems) together with its `complete`
 * stage event. Free: no credits are taken, since nothing is rendered. Returns the new task id.
 */
export async function submitVocalRemoval(deps: VocalRemovalDeps, apiKey: ApiKey, body: unknown): Promise<string> {
  const request = await validate(deps, body);
  const source = await loadOwnTask(deps, apiKey, request.taskId);
  const track = (await deps.store.getTracks(source.id)).find((t) => t.id === request.audioId);
  if (!track) {
    throw new AppError('not_found', `No track ${request.audioId} in task ${source.id}: use an id from record-info's response.sunoData.`);
  }
  await requireStems(deps, track);
  const now = deps.clock.now();
  const task: VocalRemovalTask = {
    id: deps.ids.taskId(),
    apiKeyId: apiKey.id,
    sourceTaskId: source.id,
    trackId: track.id,
    trackIndex: track.index,
    type: request.type,
    callBackUrl: request.callBackUrl ?? null,
    status: 'SUCCESS',
    createdAt: now,
    completedAt: now,
  };
  await deps.vocalRemovals.createCompleted(task);
  deps.notifyCallbacks();
  return task.id;
}

async function validate(deps: VocalRemovalDeps, body: unknown): Promise<VocalRemovalRequest> {
  const result = validateVocalRemovalRequest(body);
  if (!result.ok) throw new AppError('invalid_request', result.message, { issues: result.issues });
  const request = result.value;
  if (request.type === 'split_stem') {
    const message = 'only separate_vocal is supported: songloom keeps a vocal and an instrumental stem per track, not one per instrument';
    throw new AppError('invalid_request', `type ${message}`, { issues: [{ path: 'type', message }] });
  }
  if (request.callBackUrl !== undefined) {
    const problem = await deps.checkCallbackUrl(request.callBackUrl);
    if (problem) throw new AppError('invalid_request', `callBackUrl ${problem}`, { issues: [{ path: 'callBackUrl', message: problem }] });
  }
  return request;
}

/** A finished track with both stems; an unfinished one or one without vocals is a 400 naming audioId. */
async function requireStems(deps: VocalRemovalDeps, track: Track): Promise<void> {
  if (track.state !== 'done') {
    const message = 'this track is not finished yet: wait for SUCCESS in record-info, then ask again';
    throw new AppError('invalid_request', `audioId ${message}`, { issues: [{ path: 'audioId', message }] });
  }
  const vocals = await deps.blobs.size(blobKeys.stem(track.id, 'vocals'));
  const instrumental = await deps.blobs.size(blobKeys.stem(track.id, 'instrumental'));
  if (vocals === null || instrumental === null) {
    const message = 'this track has no vocals: it is instrumental, so its audio (sourceAudioUrl) already is the instrumental';
    throw new AppError('invalid_request', `audioId ${message}`, { issues: [{ path: 'audioId', message }] });
  }
}
