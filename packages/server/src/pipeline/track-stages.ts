import { composeSong, composeVocalSong, parseLyrics, type Brief, type Score } from '@songloom/music';
import { vocalStyleFor } from '@songloom/audio';
import type { Task, Track } from '../domain/task.ts';
import { blobKeys } from '../services/blob-keys.ts';
import { PipelineError } from '../worker/job-handler.ts';
import { trackBriefOf } from './music-request.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { renderTrackAudio } from './render-stage.ts';
import type { VoiceChoice } from './vocal-stage.ts';

/**
 * Stages of one track, each checkpointed in the blob store so a retried job resumes after the
 * last finished one: compose (score.json) -> sing + render + stream + master + encode
 * (audio.wav, audio.mp3) -> done.
 */
export async function runTrackStages(deps: PipelineDeps, taskId: string, trackId: string, signal: AbortSignal): Promise<void> {
  const [task, track] = await Promise.all([deps.store.getTask(taskId), deps.store.getTrack(trackId)]);
  if (!task || !track) throw new PipelineError(`task ${taskId} or track ${trackId} vanished`, false, 'compose');
  if (track.state === 'done') return;
  const brief = trackBriefOf(task, track);
  const sheet = sungLyrics(task, track);
  const score = await composeStage(deps, brief, sheet, track);
  signal.throwIfAborted();
  const voice: VoiceChoice = { language: sheet?.language ?? 'en', gender: brief.vocalGender, style: vocalStyleFor(brief.genre), seed: track.seed };
  const duration = await renderTrackAudio(deps, score, trackId, voice, signal);
  signal.throwIfAborted();
  await deps.store.completeTrack(trackId, duration, deps.clock.now());
}

/** The lyrics this track sings, or null for an instrumental (by request, or lyrics with nothing to sing). */
export function sungLyrics(task: Task, track: Pick<Track, 'prompt'>): ReturnType<typeof parseLyrics> | null {
  if (task.request.instrumental || track.prompt.trim() === '') return null;
  const sheet = parseLyrics(track.prompt);
  return sheet.sections.some((s) => !s.instrumental && s.lines.length > 0) ? sheet : null;
}

async function composeStage(deps: PipelineDeps, brief: Brief, sheet: ReturnType<typeof parseLyrics> | null, track: Track): Promise<Score> {
  const saved = await deps.blobs.get(blobKeys.score(track.id));
  if (saved) return JSON.parse(Buffer.from(saved).toString('utf8')) as Score;
  const score = sheet ? composeVocalSong(brief, sheet, track.seed) : composeSong(brief, track.seed);
  await deps.blobs.put(blobKeys.score(track.id), Buffer.from(JSON.stringify(score)));
  return score;
}
