import { createStereoAudio, encodeWav, type StereoAudio } from '@songloom/audio';
import type { ApiKey } from '../domain/api-key.ts';
import type { Task, Track } from '../domain/task.ts';
import { blobKeys } from '../services/blob-keys.ts';
import type { ServiceDeps } from '../services/service-deps.ts';

function tone(frequency: number, amplitude: number, seconds = 0.25): StereoAudio {
  const audio = createStereoAudio(44_100, Math.round(44_100 * seconds));
  for (let i = 0; i < audio.left.length; i++) {
    const v = amplitude * Math.sin((2 * Math.PI * frequency * i) / 44_100);
    audio.left[i] = v;
    audio.right[i] = v;
  }
  return audio;
}

function sum(a: StereoAudio, b: StereoAudio): StereoAudio {
  return { sampleRate: a.sampleRate, left: a.left.map((v, i) => v + (b.left[i] ?? 0)), right: a.right.map((v, i) => v + (b.right[i] ?? 0)) };
}

/** What {@link createFinishedTask} makes: for each track, whether it is finished and whether it is sung. */
export interface FinishedTaskOptions {
  /** Tracks finished, from index 0 (default: both). */
  finished?: number;
  /** Per track: sung (stems written) or instrumental (default: both sung). */
  sung?: [boolean, boolean];
  callBackUrl?: string | null;
}

/**
 * A generate task stored as the pipeline leaves it, without rendering: two tracks, the finished ones
 * with a short WAV mix (and, when sung, a vocal and an instrumental stem adding up to it).
 */
export async function createFinishedTask(
  deps: Pick<ServiceDeps, 'store' | 'blobs' | 'ids' | 'clock'>,
  key: ApiKey,
  options: FinishedTaskOptions = {},
): Promise<{ task: Task; tracks: Track[] }> {
  const now = deps.clock.now();
  const request = { customMode: true, instrumental: false, model: 'V4', style: 'pop', title: 'Stems', prompt: '[Verse]\nla la' };
  const task: Task = {
    id: deps.ids.taskId(), apiKeyId: key.id, status: 'PENDING', param: JSON.stringify(request), request,
    callBackUrl: options.callBackUrl ?? null, creditsCharged: 0, seed: 1, error: null, createdAt: now, updatedAt: now,
  };
  await deps.store.submitTask(task);
  const tracks: Track[] = [0, 1].map((index) => ({
    id: deps.ids.trackId(), taskId: task.id, index, seed: index, title: 'Stems', prompt: '[Verse]\nla la', tags: 'pop',
    state: 'pending', duration: null, hasCover: false, createdAt: now,
  }));
  await deps.store.completeText(task.id, tracks, now);
  const sung = options.sung ?? [true, true];
  for (const track of tracks.slice(0, options.finished ?? 2)) {
    const instrumental = tone(220, 0.3);
    const vocals = tone(440, sung[track.index] ? 0.2 : 0);
    await deps.blobs.put(blobKeys.file(track.id, 'audio.wav'), encodeWav(sum(instrumental, vocals)));
    if (sung[track.index]) {
      await deps.blobs.put(blobKeys.stem(track.id, 'vocals'), encodeWav(vocals));
      await deps.blobs.put(blobKeys.stem(track.id, 'instrumental'), encodeWav(instrumental));
    }
    await deps.store.completeTrack(track.id, 0.25, now);
  }
  return { task: (await deps.store.getTask(task.id)) ?? task, tracks: await deps.store.getTracks(task.id) };
}
