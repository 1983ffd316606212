import type { ApiKey } from '../domain/api-key.ts';
import type { Stage, TaskStatus } from '../domain/task-status.ts';
import type { Task, TaskFailure, Track } from '../domain/task.ts';

export type SubmitOutcome = { ok: true; balance: number } | { ok: false; reason: 'insufficient_credits'; balance: number };

/** A stage the task reached, recorded in the same transaction as the status change (the callback outbox). */
export interface StageEvent {
  /** Increasing sequence number. */
  seq: number;
  taskId: string;
  stage: Stage;
  createdAt: number;
}

export type TrackPatch = Partial<Pick<Track, 'state' | 'duration' | 'hasCover' | 'title' | 'prompt' | 'tags'>>;

/** Keys, credits, tasks and tracks. Every method that changes two things changes them atomically. */
export interface TaskStore {
  createKey(key: ApiKey): Promise<void>;
  findKey(key: string): Promise<ApiKey | null>;
  findKeyById(id: string): Promise<ApiKey | null>;
  listKeys(): Promise<ApiKey[]>;
  /** Adds (or with a negative delta takes) credits; never below zero. Returns the new balance, or null for an unknown key. */
  adjustCredits(key: string, delta: number): Promise<number | null>;

  /** Takes `task.creditsCharged` from the key and stores the task as PENDING, or neither. */
  submitTask(task: Task): Promise<SubmitOutcome>;
  getTask(id: string): Promise<Task | null>;
  /** Tasks that are not terminal (for recovery after a restart). */
  listUnfinishedTasks(): Promise<Task[]>;

  /** Stores the tracks and moves the task to TEXT_SUCCESS, recording the `text` stage. Idempotent. */
  completeText(taskId: string, tracks: Track[], at: number): Promise<void>;
  getTracks(taskId: string): Promise<Track[]>;
  getTrack(trackId: string): Promise<Track | null>;
  updateTrack(trackId: string, patch: TrackPatch): Promise<void>;
  /**
   * Marks a track done with its duration and advances the task: the first finished track makes it
   * FIRST_SUCCESS, the last SUCCESS (recording `first` / `complete`). Idempotent. Returns the task status.
   */
  completeTrack(trackId: string, duration: number, at: number): Promise<TaskStatus>;
  /**
   * Ends an unfinished task with a failure status, refunding its credits when `refund` is true
   * (at most once), and records the `error` stage. A no-op on a terminal task.
   */
  failTask(taskId: string, status: TaskStatus, failure: TaskFailure, refund: boolean, at: number): Promise<void>;
  /** Sets CALLBACK_EXCEPTION (delivery gave up); the audio stays available. */
  markCallbackException(taskId: string, at: number): Promise<void>;

  /** Stage events after `afterSeq`, oldest first. */
  listStageEvents(afterSeq: number, limit: number): Promise<StageEvent[]>;
}
