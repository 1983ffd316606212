import type { IdSource } from '../domain/ids.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { TaskStore } from '../ports/task-store.ts';
import type { FileUrls } from './file-urls.ts';

/** Text fields a content filter looks at; `field` in a refusal names the one that matched. */
export type ContentCheck = (fields: { prompt?: string; style?: string; title?: string; negativeTags?: string; customMode: boolean }) =>
  | { ok: true }
  | { ok: false; field: string; term: string };

/** What the use cases need, built once by the composition root. */
export interface ServiceDeps {
  store: TaskStore;
  queue: JobQueue;
  blobs: BlobStore;
  clock: Clock;
  ids: IdSource;
  urls: FileUrls;
  logger: Logger;
  checkContent: ContentCheck;
  /** Resolves to an error message when the callback URL may not be used, else null. */
  checkCallbackUrl: (url: string) => Promise<string | null>;
  creditsPerTask: number;
  /** Why the store cannot take new tasks now (e.g. a full disk), or null. */
  storageProblem: () => string | null;
  /** Tells idle workers there is work (they also poll). */
  notifyWork: () => void;
}
