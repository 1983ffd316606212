import type { TaskViewLoader } from '../callbacks/task-view-loader.ts';
import type { TrackView } from '../services/track-view.ts';
import type { FakeTaskStore } from './fake-task-store.ts';

const FILES = 'http://files.test';

function createTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Track views over a FakeTaskStore, with stand-in signed links (the lead's loader builds real ones). */
export function fakeTaskViews(store: FakeTaskStore): TaskViewLoader {
  return async (taskId) => {
    const task = await store.getTask(taskId);
    if (!task) return null;
    const tracks = (await store.getTracks(taskId)).map((t): TrackView => {
      const done = t.state === 'done';
      const view: TrackView = {
        id: t.id,
        audioUrl: done ? `${FILES}/files/${t.id}.mp3?sig=s` : '',
        sourceAudioUrl: done ? `${FILES}/files/${t.id}.wav?sig=s` : '',
        streamAudioUrl: `${FILES}/stream/${t.id}?sig=s`,
        sourceStreamAudioUrl: `${FILES}/stream/${t.id}?sig=s`,
        imageUrl: `${FILES}/files/${t.id}.png?sig=s`,
        sourceImageUrl: `${FILES}/files/${t.id}.png?sig=s`,
        prompt: t.prompt,
        modelName: 'chirp-v4',
        title: t.title,
        tags: t.tags,
        createTime: createTime(t.createdAt),
      };
      if (done && t.duration !== null) view.duration = t.duration;
      return view;
    });
    return { task, tracks };
  };
}
