import type { Stage } from '../domain/task-status.ts';

/** What a stage event of a task becomes on the wire; `url` is null when the task has no `callBackUrl`. */
export interface CallbackMessage {
  taskId: string;
  apiKeyId: string;
  url: string | null;
  /** The exact JSON body to send. */
  body: string;
}

/**
 * One kind of task that calls back (generate, vocal removal...). Stage events of every kind share
 * one outbox; the dispatcher asks its source, which answers null for a task that is not its own.
 */
export interface CallbackSource {
  /** The callback of `stage` built from the task as it stands now (fresh file links), or null. */
  message(taskId: string, stage: Stage): Promise<CallbackMessage | null>;
  /** Sets CALLBACK_EXCEPTION after delivery gave up; false when the task is not this source's. */
  markCallbackException(taskId: string, at: number): Promise<boolean>;
}

/** A source that asks each of `sources` in turn and takes the first answer. */
export function combineCallbackSources(sources: readonly CallbackSource[]): CallbackSource {
  return {
    async message(taskId, stage) {
      for (const source of sources) {
        const message = await source.message(taskId, stage);
        if (message) return message;
      }
      return null;
    },
    async markCallbackException(taskId, at) {
      for (const source of sources) {
        if (await source.markCallbackException(taskId, at)) return true;
      }
      return false;
    },
  };
}
