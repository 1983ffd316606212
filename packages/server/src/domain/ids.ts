/** Task ids are 32 lowercase hex characters; audio (track) ids are UUIDs. */
export const TASK_ID_PATTERN = /^[0-9a-f]{32}$/;

export interface IdSource {
  taskId(): string;
  trackId(): string;
  apiKey(): string;
  webhookSecret(): string;
  /** A 32-bit seed for a task that did not ask for one. */
  seed(): number;
}
