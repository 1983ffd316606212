import type { TaskViewLoader } from '../callbacks/task-view-loader.ts';
import type { Clock } from '../ports/clock.ts';
import type { TaskStore } from '../ports/task-store.ts';
import type { FileUrls } from './file-urls.ts';
import { toTrackView } from './track-view.ts';

/** A task with its tracks as clients see them, links signed at the time of loading. */
export function createTaskViewLoader(deps: { store: TaskStore; urls: FileUrls; clock: Clock }): TaskViewLoader {
  return async (taskId) => {
    const task = await deps.store.getTask(taskId);
    if (!task) return null;
    const now = deps.clock.now();
    const tracks = await deps.store.getTracks(taskId);
    return { task, tracks: tracks.map((t) => toTrackView(task, t, deps.urls, now)) };
  };
}
