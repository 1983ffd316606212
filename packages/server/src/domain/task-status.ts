import type { TaskStatus } from '@songloom/contract';

export type { TaskStatus };

/** The stages that produce a callback, in the order they happen. */
export type Stage = 'text' | 'first' | 'complete' | 'error';

const PROGRESS: readonly TaskStatus[] = ['PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS', 'SUCCESS'];

export function isTerminal(status: TaskStatus): boolean {
  return status !== 'PENDING' && status !== 'TEXT_SUCCESS' && status !== 'FIRST_SUCCESS';
}

const FAILURES: readonly TaskStatus[] = ['CREATE_TASK_FAILED', 'GENERATE_AUDIO_FAILED', 'SENSITIVE_WORD_ERROR'];

/**
 * What asking a task in `from` to move to `to` does: the status it ends with and the stage event to
 * record, or null when nothing happens. Progress only moves forward; a failure ends an unfinished
 * task. CALLBACK_EXCEPTION (delivery gave up) is sticky: generation still progresses underneath it
 * (stages are recorded, so later callbacks are still tried) but the status keeps saying that the
 * receiver was not reached — unless generation then fails, which is the more important news.
 */
export function applyTransition(from: TaskStatus, to: TaskStatus): { status: TaskStatus; stage: Stage | null } | null {
  if (from === to || from === 'SUCCESS' && to !== 'CALLBACK_EXCEPTION' || FAILURES.includes(from)) return null;
  if (to === 'CALLBACK_EXCEPTION') return { status: to, stage: null };
  if (from === 'CALLBACK_EXCEPTION') {
    return FAILURES.includes(to) ? { status: to, stage: 'error' } : { status: from, stage: stageOfStatus(to) };
  }
  if (FAILURES.includes(to)) return { status: to, stage: 'error' };
  const a = PROGRESS.indexOf(from);
  const b = PROGRESS.indexOf(to);
  return b > a ? { status: to, stage: stageOfStatus(to) } : null;
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
