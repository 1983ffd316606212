/** Where finished and in-progress files live (local folder by default). Keys are relative paths like `tracks/<id>/song.mp3`. */
export interface BlobStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Appends to a growing file (the live MP3 stream); creates it when missing. */
  append(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** Size in bytes, or null when the blob does not exist. */
  size(key: string): Promise<number | null>;
  /** Bytes `start..end` inclusive (both clamped to the blob). */
  read(key: string, start: number, end: number): AsyncIterable<Uint8Array>;
  delete(key: string): Promise<void>;
}
