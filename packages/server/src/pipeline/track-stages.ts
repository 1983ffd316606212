import { composeSong, interpretRequest, type Score } from '@songloom/music';
import { blobKeys } from '../services/blob-keys.ts';
import { PipelineError } from '../worker/job-handler.ts';
import { toMusicRequest } from './music-request.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { renderTrackAudio } from './render-stage.ts';

/**
 * Stages of one track, each checkpointed in the blob store so a retried job resumes after the
 * last finished one: compose (score.json) -> render + stream + master + encode (audio.wav, audio.mp3) -> done.
 */
export async function runTrackStages(deps: PipelineDeps, taskId: string, trackId: string, signal: AbortSignal): Promise<void> {
  const [task, track] = await Promise.all([deps.store.getTask(taskId), deps.store.getTrack(trackId)]);
  if (!task || !track) throw new PipelineError(`task ${taskId} or track ${trackId} vanished`, false, 'compose');
  if (track.state === 'done') return;
  const score = await composeStage(deps, task.request, track.seed, trackId);
  signal.throwIfAborted();
  const duration = await renderTrackAudio(deps, score, trackId, signal);
  await deps.store.completeTrack(trackId, duration, deps.clock.now());
}

async function composeStage(deps: PipelineDeps, request: Parameters<typeof toMusicRequest>[0], seed: number, trackId: string): Promise<Score> {
  const saved = await deps.blobs.get(blobKeys.score(trackId));
  if (saved) return JSON.parse(Buffer.from(saved).toString('utf8')) as Score;
  const brief = interpretRequest(toMusicRequest(request));
  const score = composeSong(brief, seed);
  await deps.blobs.put(blobKeys.score(trackId), Buffer.from(JSON.stringify(score)));
  return score;
}
