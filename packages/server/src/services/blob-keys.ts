import type { TrackFile } from './file-urls.ts';

/** Where each artefact of a track lives in the blob store. */
export const blobKeys = {
  file: (trackId: string, file: TrackFile): string => `tracks/${trackId}/${file}`,
  stream: (trackId: string): string => `tracks/${trackId}/stream.mp3`,
  /** Present once somebody opened the live stream: the worker then encodes it. */
  streamWanted: (trackId: string): string => `tracks/${trackId}/stream.wanted`,
  score: (trackId: string): string => `tracks/${trackId}/score.json`,
  rawAudio: (trackId: string): string => `tracks/${trackId}/raw.f32`,
} as const;

export const CONTENT_TYPES: Record<TrackFile, string> = {
  'audio.mp3': 'audio/mpeg',
  'audio.wav': 'audio/wav',
  'cover.png': 'image/png',
};
