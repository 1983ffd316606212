import type { Stage } from '../domain/task-status.ts';
import type { Task } from '../domain/task.ts';
import type { TrackView } from '../services/track-view.ts';

/** A track as a callback carries it (snake_case, the contract's field order). */
export interface CallbackTrackItem {
  id: string;
  audio_url: string;
  source_audio_url: string;
  stream_audio_url: string;
  source_stream_audio_url: string;
  image_url: string;
  source_image_url: string;
  prompt: string;
  model_name: string;
  title: string;
  tags: string;
  createTime: string;
  duration?: number;
}

/** The body POSTed to `callBackUrl`. */
export interface CallbackPayload {
  code: number;
  msg: string;
  data: { callbackType: Stage; task_id: string; data: CallbackTrackItem[] | null };
}

const STAGE_MESSAGES: Record<Exclude<Stage, 'error'>, string> = {
  text: 'Text generation completed.',
  first: 'First track generated successfully.',
  complete: 'All generated successfully.',
};

/** Failure code and reason when a task in the error stage carries no failure record. */
const FALLBACK_FAILURE = { code: 501, message: 'Audio generation failed.' };

function toItem(track: TrackView, audioReady: boolean): CallbackTrackItem {
  const item: CallbackTrackItem = {
    id: track.id,
    audio_url: audioReady ? track.audioUrl : '',
    source_audio_url: audioReady ? track.sourceAudioUrl : '',
    stream_audio_url: track.streamAudioUrl,
    source_stream_audio_url: track.sourceStreamAudioUrl,
    image_url: track.imageUrl,
    source_image_url: track.sourceImageUrl,
    prompt: track.prompt,
    model_name: track.modelName,
    title: track.title,
    tags: track.tags,
    createTime: track.createTime,
  };
  if (audioReady && track.duration !== undefined) item.duration = track.duration;
  return item;
}

/**
 * The callback body of `stage` for a task and its track views, as the stage was when reached even
 * if the payload is built later: `text` lists every track with `audio_url: ""` and no duration;
 * `first` lists one finished track (the first finished in track order) and the others as
 * unfinished; `complete` lists every track as it stands; `error` carries the task's failure code
 * and reason with `data: null`.
 */
export function buildCallbackPayload(stage: Stage, task: Task, tracks: readonly TrackView[]): CallbackPayload {
  if (stage === 'error') {
    const failure = task.error ?? FALLBACK_FAILURE;
    return { code: failure.code, msg: failure.message, data: { callbackType: 'error', task_id: task.id, data: null } };
  }
  return {
    code: 200,
    msg: STAGE_MESSAGES[stage],
    data: {
      callbackType: stage,
      task_id: task.id,
      data: tracks.map((t) => toItem(t, audioShown(stage, t, tracks))),
    },
  };
}

function audioShown(stage: Exclude<Stage, 'error'>, track: TrackView, tracks: readonly TrackView[]): boolean {
  if (stage === 'text' || track.audioUrl === '') return false;
  return stage === 'complete' || tracks.find((t) => t.audioUrl !== '') === track;
}

/** The `webhook-id` of a task's stage: stable across retries and redeliveries of that callback. */
export function callbackWebhookId(taskId: string, stage: Stage): string {
  return `msg_${taskId}_${stage}`;
}
