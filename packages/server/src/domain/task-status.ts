import type { TaskStatus } from '@songloom/contract';

export type { TaskStatus };

/** The stages that produce a callback, in the order they happen. */
export type Stage = 'text' | 'first' | 'complete' | 'error';

const PROGRESS: readonly TaskStatus[] = ['PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS', 'SUCCESS'];

export function isTerminal(status: TaskStatus): boolean {
  return status !== 'PENDING' && status !== 'TEXT_SUCCESS' && status !== 'FIRST_SUCCESS';
}

/** Progress only moves forward; a failure may end any unfinished task. CALLBACK_EXCEPTION may follow success. */
export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  if (to === 'CALLBACK_EXCEPTION') return from !== 'CALLBACK_EXCEPTION';
  if (isTerminal(from)) return false;
  const a = PROGRESS.indexOf(from);
  const b = PROGRESS.indexOf(to);
  if (b >= 0) return b > a;
  return true;
}

export function stageOfStatus(status: TaskStatus): Stage | null {
  switch (status) {
    case 'TEXT_SUCCESS':
      return 'text';
    case 'FIRST_SUCCESS':
      return 'first';
    case 'SUCCESS':
      return 'complete';
    case 'CREATE_TASK_FAILED':
    case 'GENERATE_AUDIO_FAILED':
    case 'SENSITIVE_WORD_ERROR':
      return 'error';
    case 'PENDING':
    case 'CALLBACK_EXCEPTION':
      return null;
  }
}
