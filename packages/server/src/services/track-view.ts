import { modelName, isModelName } from '@songloom/contract';
import type { Task, Track } from '../domain/task.ts';
import type { FileUrls } from './file-urls.ts';

/**
 * A track as clients see it, with signed file links: record-info sends it in camelCase, callbacks
 * in snake_case. `audioUrl` and `sourceAudioUrl` are '' and `duration` is absent until the track is finished.
 */
export interface TrackView {
  id: string;
  audioUrl: string;
  sourceAudioUrl: string;
  streamAudioUrl: string;
  sourceStreamAudioUrl: string;
  imageUrl: string;
  sourceImageUrl: string;
  prompt: string;
  modelName: string;
  title: string;
  tags: string;
  /** "YYYY-MM-DD HH:mm:ss", UTC. */
  createTime: string;
  duration?: number;
}

/** "YYYY-MM-DD HH:mm:ss" in UTC, as the contract writes times. */
export function formatCreateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export function modelNameOf(task: Task): string {
  return isModelName(task.request.model) ? modelName(task.request.model) : task.request.model;
}

/** The client's view of a track: finished files get links; the stream and cover links exist from the text stage on. */
export function toTrackView(task: Task, track: Track, urls: FileUrls, nowMs: number): TrackView {
  const done = track.state === 'done';
  const audioUrl = done ? urls.fileUrl(track.id, 'audio.mp3', nowMs) : '';
  const imageUrl = track.hasCover ? urls.fileUrl(track.id, 'cover.png', nowMs) : '';
  const streamUrl = urls.streamUrl(track.id, nowMs);
  const view: TrackView = {
    id: track.id,
    audioUrl,
    sourceAudioUrl: done ? urls.fileUrl(track.id, 'audio.wav', nowMs) : '',
    streamAudioUrl: streamUrl,
    sourceStreamAudioUrl: streamUrl,
    imageUrl,
    sourceImageUrl: imageUrl,
    prompt: track.prompt,
    modelName: modelNameOf(task),
    title: track.title,
    tags: track.tags,
    createTime: formatCreateTime(track.createdAt),
  };
  if (done && track.duration !== null) view.duration = track.duration;
  return view;
}
