import type { TaskStatus } from './task-status.ts';

/** What the caller asked for, after validation (the contract's field names). */
export interface TaskRequest {
  customMode: boolean;
  instrumental: boolean;
  model: string;
  callBackUrl?: string;
  prompt?: string;
  style?: string;
  title?: string;
  negativeTags?: string;
  vocalGender?: 'm' | 'f';
  styleWeight?: number;
  weirdnessConstraint?: number;
  audioWeight?: number;
  personaId?: string;
  duration?: number;
  seed?: number;
}

export interface TaskFailure {
  /** The contract's code: 400, 413, 500, 501, 531 ... */
  code: number;
  message: string;
  stage: string;
}

export interface Task {
  id: string;
  apiKeyId: string;
  status: TaskStatus;
  /** The original request body, as the JSON string the caller sent (record-info `param`). */
  param: string;
  request: TaskRequest;
  callBackUrl: string | null;
  creditsCharged: number;
  /** Base seed of the task; track i uses a seed derived from it. */
  seed: number;
  error: TaskFailure | null;
  createdAt: number;
  updatedAt: number;
}

export type TrackState = 'pending' | 'rendering' | 'done';

export interface Track {
  id: string;
  taskId: string;
  index: number;
  seed: number;
  title: string;
  /** Lyrics (or the description for an instrumental). */
  prompt: string;
  tags: string;
  state: TrackState;
  /** Seconds, once the audio is finished. */
  duration: number | null;
  hasCover: boolean;
  createdAt: number;
}
