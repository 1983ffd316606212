import type { VocalRemovalType } from '@songloom/contract';

/** `SUCCESS` from the start (the stems exist); `CALLBACK_EXCEPTION` once its callback was given up. */
export type VocalRemovalStatus = 'SUCCESS' | 'CALLBACK_EXCEPTION';

/**
 * A vocal-removal task: a durable record pointing at a finished track whose stems the render
 * already wrote. It completes when it is created, so it never fails.
 */
export interface VocalRemovalTask {
  /** 32 hex, like every task id. */
  id: string;
  apiKeyId: string;
  /** The generate task the track belongs to. */
  sourceTaskId: string;
  /** The track (audio id) whose stems are served. */
  trackId: string;
  /** The track's place in its task (record-info `musicIndex`). */
  trackIndex: number;
  type: VocalRemovalType;
  callBackUrl: string | null;
  status: VocalRemovalStatus;
  createdAt: number;
  completedAt: number;
}
