import { renderCoverAsync } from '@songloom/audio';
import { writeLyrics, type Brief } from '@songloom/music';
import type { Task, Track } from '../domain/task.ts';
import { blobKeys } from '../services/blob-keys.ts';
import { PipelineError } from '../worker/job-handler.ts';
import { briefOf, trackBriefOf } from './music-request.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { trackSeed } from './seeds.ts';

export const TRACKS_PER_TASK = 2;
export const trackJobId = (trackId: string): string => `${trackId}:track`;

/** The words of the song: the caller's lyrics, generated ones, or none for an instrumental. */
export interface SongText {
  title: string;
  lyrics: string | null;
  tags: string;
}

/** Decides the title, lyrics and tags of a task (pure). */
export function writeSongText(task: Task, brief: Brief): SongText {
  const request = task.request;
  const tags = request.customMode && request.style ? request.style : describeBrief(brief);
  if (request.instrumental) return { title: request.title?.trim() || brief.title, lyrics: null, tags };
  if (request.customMode) return { title: request.title?.trim() || brief.title, lyrics: request.prompt ?? '', tags };
  // The title comes from the hook the writer finds in the prompt, unless the caller named one.
  const title = request.title?.trim();
  const written = writeLyrics({ description: request.prompt ?? '', genre: brief.genre, moods: brief.moods, ...(title ? { title } : {}) }, task.seed);
  return { title: written.title, lyrics: written.text, tags };
}

function describeBrief(brief: Brief): string {
  return [brief.genreLabel.toLowerCase(), ...brief.moods.slice(0, 2), `${brief.tempo} bpm`].join(', ');
}

/** Stage `text`: title, lyrics, tags and covers for both tracks, then TEXT_SUCCESS and the track jobs. */
export async function runTextStage(deps: PipelineDeps, taskId: string, signal: AbortSignal): Promise<void> {
  const task = await deps.store.getTask(taskId);
  if (!task) throw new PipelineError(`task ${taskId} vanished`, false, 'text');
  let tracks = await deps.store.getTracks(taskId);
  if (tracks.length === 0) {
    const brief = briefOf(task);
    const text = writeSongText(task, brief);
    const now = deps.clock.now();
    tracks = Array.from({ length: TRACKS_PER_TASK }, (_, index): Track => ({
      id: deps.ids.trackId(),
      taskId,
      index,
      seed: trackSeed(task.seed, index),
      title: text.title,
      prompt: text.lyrics ?? (task.request.customMode ? '' : (task.request.prompt ?? '')),
      tags: task.request.customMode && task.request.style ? text.tags : describeBrief(trackBriefOf(task, { index, seed: trackSeed(task.seed, index) })),
      state: 'pending',
      duration: null,
      hasCover: true,
      createdAt: now,
    }));
    signal.throwIfAborted();
    await Promise.all(
      tracks.map(async (track) => {
        const png = await renderCoverAsync({ title: track.title, genre: brief.genre, moods: brief.moods, seed: track.seed, subtitle: brief.genreLabel }, deps.coverFonts);
        await deps.blobs.put(blobKeys.file(track.id, 'cover.png'), png);
      }),
    );
    await deps.store.completeText(taskId, tracks, deps.clock.now());
  }
  for (const track of tracks) {
    await deps.queue.enqueue({ id: trackJobId(track.id), kind: 'track', taskId, trackId: track.id });
  }
}
