import type { Task } from '../domain/task.ts';
import type { TrackView } from '../services/track-view.ts';

/** A task with its tracks as clients see them (signed URLs); null when the task does not exist. */
export type TaskViewLoader = (taskId: string) => Promise<{ task: Task; tracks: TrackView[] } | null>;
