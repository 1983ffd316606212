import type { ApiKey } from '../domain/api-key.ts';
import { AppError } from '../domain/app-error.ts';
import { blobKeys } from './blob-keys.ts';
import { loadOwnTask } from './get-task-details.ts';
import type { ServiceDeps } from './service-deps.ts';

export interface AlignedWord {
  word: string;
  success: boolean;
  startS: number;
  endS: number;
  palign: number;
}

export interface TimestampedLyrics {
  alignedWords: AlignedWord[];
  waveformData: number[];
  /** Character error rate of the alignment: 0, since the times are the sung ones, not recognised. */
  hootCer: number;
  isStreamed: boolean;
}

interface StoredTiming {
  words: Array<{ word: string; startS: number; endS: number }>;
  waveform: number[];
}

/**
 * POST /api/v1/generate/get-timestamped-lyrics: every sung word with the time it is actually sung
 * (from the score and the voice's consonant lead-in, not estimated), and the mix's RMS outline.
 */
export async function getTimestampedLyrics(deps: ServiceDeps, apiKey: ApiKey, body: Record<string, unknown>): Promise<TimestampedLyrics> {
  const task = await loadOwnTask(deps, apiKey, body.taskId);
  const taskId = task.id;
  const audioId = requireString(body, 'audioId');
  const track = (await deps.store.getTracks(task.id)).find((t) => t.id === audioId);
  if (!track) throw new AppError('not_found', `No track ${audioId} in task ${taskId}: use an id from record-info's response.sunoData.`);
  if (track.state !== 'done') {
    throw new AppError('invalid_request', 'This track is not finished yet: wait until record-info shows its audioUrl, then ask again.', {
      issues: [{ path: 'audioId', message: 'track not finished yet' }],
    });
  }
  const stored = await deps.blobs.get(blobKeys.timing(track.id));
  const timing: StoredTiming = stored ? (JSON.parse(Buffer.from(stored).toString('utf8')) as StoredTiming) : { words: [], waveform: [] };
  const round = (s: number): number => Math.round(s * 1000) / 1000;
  return {
    alignedWords: timing.words.map((w) => ({ word: w.word, success: true, startS: round(w.startS), endS: round(w.endS), palign: 0 })),
    waveformData: timing.waveform,
    hootCer: 0,
    isStreamed: false,
  };
}

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AppError('invalid_request', `${field} is required: a string from record-info.`, { issues: [{ path: field, message: 'is required and must be a string' }] });
  }
  return value.trim();
}
