import type { ApiKey } from '../../domain/api-key.ts';
import type { TaskStatus } from '../../domain/task-status.ts';
import type { Task, Track, TrackState } from '../../domain/task.ts';

/** pg returns BIGINT columns as strings (they may exceed 2^53); ours hold ms times, credits and seeds. */
type BigIntText = string;

export interface KeyRow {
  id: string;
  key: string;
  name: string;
  credits: BigIntText;
  created_at: BigIntText;
}

export interface TaskRow {
  id: string;
  api_key_id: string;
  status: string;
  param: string;
  request: Task['request'];
  callback_url: string | null;
  credits_charged: BigIntText;
  seed: BigIntText;
  error: Task['error'];
  created_at: BigIntText;
  updated_at: BigIntText;
}

export interface TrackRow {
  id: string;
  task_id: string;
  idx: number;
  seed: BigIntText;
  title: string;
  prompt: string;
  tags: string;
  state: string;
  duration: number | null;
  has_cover: boolean;
  created_at: BigIntText;
}

export const keyFromRow = (r: KeyRow): ApiKey => ({
  id: r.id,
  key: r.key,
  name: r.name,
  credits: Number(r.credits),
  createdAt: Number(r.created_at),
});

export const taskFromRow = (r: TaskRow): Task => ({
  id: r.id,
  apiKeyId: r.api_key_id,
  status: r.status as TaskStatus,
  param: r.param,
  request: r.request,
  callBackUrl: r.callback_url,
  creditsCharged: Number(r.credits_charged),
  seed: Number(r.seed),
  error: r.error,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export const trackFromRow = (r: TrackRow): Track => ({
  id: r.id,
  taskId: r.task_id,
  index: r.idx,
  seed: Number(r.seed),
  title: r.title,
  prompt: r.prompt,
  tags: r.tags,
  state: r.state as TrackState,
  duration: r.duration,
  hasCover: r.has_cover,
  createdAt: Number(r.created_at),
});
