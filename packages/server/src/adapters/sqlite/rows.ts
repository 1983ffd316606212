import type { ApiKey } from '../../domain/api-key.ts';
import type { TaskStatus } from '../../domain/task-status.ts';
import type { Task, Track, TrackState } from '../../domain/task.ts';

export interface KeyRow {
  id: string;
  key: string;
  name: string;
  credits: number;
  created_at: number;
}

export interface TaskRow {
  id: string;
  api_key_id: string;
  status: string;
  param: string;
  request: string;
  callback_url: string | null;
  credits_charged: number;
  seed: number;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export interface TrackRow {
  id: string;
  task_id: string;
  idx: number;
  seed: number;
  title: string;
  prompt: string;
  tags: string;
  state: string;
  duration: number | null;
  has_cover: number;
  created_at: number;
}

export const keyFromRow = (r: KeyRow): ApiKey => ({
  id: r.id,
  key: r.key,
  name: r.name,
  credits: r.credits,
  createdAt: r.created_at,
});

export const taskFromRow = (r: TaskRow): Task => ({
  id: r.id,
  apiKeyId: r.api_key_id,
  status: r.status as TaskStatus,
  param: r.param,
  request: JSON.parse(r.request) as Task['request'],
  callBackUrl: r.callback_url,
  creditsCharged: r.credits_charged,
  seed: r.seed,
  error: r.error === null ? null : (JSON.parse(r.error) as Task['error']),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const trackFromRow = (r: TrackRow): Track => ({
  id: r.id,
  taskId: r.task_id,
  index: r.idx,
  seed: r.seed,
  title: r.title,
  prompt: r.prompt,
  tags: r.tags,
  state: r.state as TrackState,
  duration: r.duration,
  hasCover: r.has_cover === 1,
  createdAt: r.created_at,
});
