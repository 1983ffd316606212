import type { TrackFile } from './file-urls.ts';

/** A stem of a sung track. */
export type StemName = 'vocals' | 'instrumental';

/** The name each stem is served under (`/files/:trackId/vocals.wav`). */
export const STEM_FILES = { vocals: 'vocals.wav', instrumental: 'instrumental.wav' } as const satisfies Record<StemName, TrackFile>;

/** A track file that is not a stem: the mix and the cover. */
export type MixFile = Exclude<TrackFile, (typeof STEM_FILES)[StemName]>;

/** Where each artefact of a track lives in the blob store. */
export const blobKeys = {
  file: (trackId: string, file: MixFile): string => `tracks/${trackId}/${file}`,
  stream: (trackId: string): string => `tracks/${trackId}/stream.mp3`,
  /** Present once somebody opened the live stream: the worker then encodes it. */
  streamWanted: (trackId: string): string => `tracks/${trackId}/stream.wanted`,
  score: (trackId: string): string => `tracks/${trackId}/score.json`,
  /** Sung words with their times, and the mix's RMS outline (get-timestamped-lyrics). */
  timing: (trackId: string): string => `tracks/${trackId}/timing.json`,
  /** Stems of a sung track at the master's gain (vocal removal); the only place their keys are made. */
  stem: (trackId: string, stem: StemName): string => `tracks/${trackId}/${stem}.wav`,
} as const;

/** The blob key of any file served by a signed link: stems through `blobKeys.stem`, the rest through `blobKeys.file`. */
export function trackFileKey(trackId: string, file: TrackFile): string {
  const stem = (Object.keys(STEM_FILES) as StemName[]).find((name) => STEM_FILES[name] === file);
  return stem ? blobKeys.stem(trackId, stem) : blobKeys.file(trackId, file as MixFile);
}

export const CONTENT_TYPES: Record<TrackFile, string> = {
  'audio.mp3': 'audio/mpeg',
  'audio.wav': 'audio/wav',
  'cover.png': 'image/png',
  'vocals.wav': 'audio/wav',
  'instrumental.wav': 'audio/wav',
};
