import type { CallbackSource } from '../callbacks/callback-source.ts';
import { buildVocalRemovalPayload } from '../callbacks/vocal-removal-payload.ts';
import type { Clock } from '../ports/clock.ts';
import type { VocalRemovalStore } from '../ports/vocal-removal-store.ts';
import type { FileUrls } from './file-urls.ts';
import { vocalRemovalLinks } from './vocal-removal-links.ts';

/** The callbacks of vocal-removal tasks, with links signed when the body is built. */
export function createVocalRemovalCallbackSource(deps: { store: VocalRemovalStore; urls: FileUrls; clock: Clock }): CallbackSource {
  return {
    async message(taskId) {
      const task = await deps.store.get(taskId);
      if (!task) return null;
      const body = buildVocalRemovalPayload(task.id, vocalRemovalLinks(task, deps.urls, deps.clock.now()));
      return { taskId: task.id, apiKeyId: task.apiKeyId, url: task.callBackUrl, body: JSON.stringify(body) };
    },
    async markCallbackException(taskId, at) {
      if (!(await deps.store.get(taskId))) return false;
      await deps.store.markCallbackException(taskId, at);
      return true;
    },
  };
}
