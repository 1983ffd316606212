import type { VocalRemovalTask } from '../domain/vocal-removal.ts';
import { STEM_FILES } from './blob-keys.ts';
import type { FileUrls } from './file-urls.ts';

/** The three files of a vocal removal, as signed links valid from `nowMs`. */
export interface VocalRemovalLinks {
  /** The track's mastered mix (WAV, the same format as the stems). */
  originUrl: string;
  instrumentalUrl: string;
  vocalUrl: string;
}

export function vocalRemovalLinks(task: VocalRemovalTask, urls: FileUrls, nowMs: number): VocalRemovalLinks {
  return {
    originUrl: urls.fileUrl(task.trackId, 'audio.wav', nowMs),
    instrumentalUrl: urls.fileUrl(task.trackId, STEM_FILES.instrumental, nowMs),
    vocalUrl: urls.fileUrl(task.trackId, STEM_FILES.vocals, nowMs),
  };
}
