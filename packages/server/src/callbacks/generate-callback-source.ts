import type { TaskStore } from '../ports/task-store.ts';
import type { CallbackSource } from './callback-source.ts';
import { buildCallbackPayload } from './payloads.ts';
import type { TaskViewLoader } from './task-view-loader.ts';

/** The callbacks of generate tasks: the contract's text / first / complete / error bodies. */
export function generateCallbackSource(deps: {
  loadTaskView: TaskViewLoader;
  taskStore: Pick<TaskStore, 'getTask' | 'markCallbackException'>;
}): CallbackSource {
  return {
    async message(taskId, stage) {
      const view = await deps.loadTaskView(taskId);
      if (!view) return null;
      const { task, tracks } = view;
      return { taskId: task.id, apiKeyId: task.apiKeyId, url: task.callBackUrl, body: JSON.stringify(buildCallbackPayload(stage, task, tracks)) };
    },
    async markCallbackException(taskId, at) {
      if (!(await deps.taskStore.getTask(taskId))) return false;
      await deps.taskStore.markCallbackException(taskId, at);
      return true;
    },
  };
}
