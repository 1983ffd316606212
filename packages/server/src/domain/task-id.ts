import { AppError } from './app-error.ts';
import { TASK_ID_PATTERN } from './ids.ts';

/**
 * The one answer to a missing or malformed task id, on every route that takes one: a 400 naming
 * `taskId`. (A well-formed id of no task, or of another key's task, is a 404.)
 */
export function requireTaskId(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw new AppError('invalid_request', 'taskId is required: pass the taskId returned when the task was created.', {
      issues: [{ path: 'taskId', message: 'is required' }],
    });
  }
  if (typeof value !== 'string' || !TASK_ID_PATTERN.test(value)) {
    throw new AppError('invalid_request', 'taskId must be 32 lowercase hex characters: pass the taskId returned when the task was created.', {
      issues: [{ path: 'taskId', message: 'must be 32 lowercase hex characters' }],
    });
  }
  return value;
}
