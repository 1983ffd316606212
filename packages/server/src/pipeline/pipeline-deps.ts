import type { PhonemeSynth, SoundBank } from '@songloom/audio';
import type { IdSource } from '../domain/ids.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { TaskStore } from '../ports/task-store.ts';

/** What the pipeline stages need; the sound bank and fonts are loaded once per worker. */
export interface PipelineDeps {
  store: TaskStore;
  queue: JobQueue;
  blobs: BlobStore;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  bank: SoundBank;
  coverFonts: Uint8Array[];
  /** The singing voice (espeak-ng behind the port). */
  singer: PhonemeSynth;
}
