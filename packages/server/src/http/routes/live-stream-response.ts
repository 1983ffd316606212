import type { BlobStore } from '../../ports/blob-store.ts';
import type { TaskStore } from '../../ports/task-store.ts';
import { isTerminal } from '../../domain/task-status.ts';
import { blobKeys } from '../../services/blob-keys.ts';

export interface LiveStreamSettings {
  /** How often a listener waiting for new frames looks for them, ms. */
  pollMs: number;
  /** A listener that takes nothing for this long while frames wait for it is dropped, ms. */
  stallMs: number;
}

/** Bytes handed to a listener at a time: all a listener ever holds in the server. */
const CHUNK_BYTES = 64 * 1024;

/** 'live' while the track may still grow; 'over' once it is finished or its task ended. */
export async function streamState(store: TaskStore, trackId: string): Promise<'live' | 'over'> {
  const track = await store.getTrack(trackId);
  if (!track || track.state === 'done') return 'over';
  const task = await store.getTask(track.taskId);
  return !task || isTerminal(task.status) ? 'over' : 'live';
}

/**
 * The growing MP3 of a rendering track, pulled by the listener: frames are read from the blob only
 * when the listener's connection takes them, one chunk at a time, so a listener that does not read
 * costs one chunk and is dropped after `stallMs`. The stream ends when the track is finished or its
 * task ended (failed), and stops polling as soon as the listener leaves.
 */
export function liveStreamBody(
  deps: { blobs: BlobStore; store: TaskStore },
  trackId: string,
  settings: LiveStreamSettings,
  /** Hangs up on a stalled listener (the connection); the stream is cancelled by that. */
  hangUp: (() => void) | null,
): ReadableStream<Uint8Array> {
  const key = blobKeys.stream(trackId);
  let sent = 0;
  let gone = false;
  let stall: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(), ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const leave = (): void => {
    gone = true;
    clearTimeout(stall);
    wake?.();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        clearTimeout(stall);
        while (!gone) {
          const size = (await deps.blobs.size(key)) ?? 0;
          if (size > sent) {
            const end = Math.min(size, sent + CHUNK_BYTES) - 1;
            for await (const chunk of deps.blobs.read(key, sent, end)) {
              controller.enqueue(chunk);
              sent += chunk.byteLength;
            }
            stall = setTimeout(() => {
              leave();
              if (hangUp) hangUp();
              else controller.error(new Error('listener too slow: dropped'));
            }, settings.stallMs);
            return;
          }
          if ((await streamState(deps.store, trackId)) === 'over') {
            if (((await deps.blobs.size(key)) ?? 0) > sent) continue;
            leave();
            controller.close();
            return;
          }
          await pause(settings.pollMs);
        }
      },
      cancel: leave,
    },
    { highWaterMark: 0 },
  );
}
