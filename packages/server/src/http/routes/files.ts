import { Hono, type Context } from 'hono';
import { AppError } from '../../domain/app-error.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import type { Clock } from '../../ports/clock.ts';
import type { TaskStore } from '../../ports/task-store.ts';
import { blobKeys, CONTENT_TYPES, trackFileKey } from '../../services/blob-keys.ts';
import type { FileUrls, TrackFile } from '../../services/file-urls.ts';
import { liveStreamBody, streamState, type LiveStreamSettings } from './live-stream-response.ts';
import { parseRange } from './range.ts';

export interface FileRouteDeps {
  store: TaskStore;
  blobs: BlobStore;
  urls: FileUrls;
  clock: Clock;
  /** Live stream polling and slow-listener settings (defaults: 50 ms, 20 s). */
  stream?: Partial<LiveStreamSettings>;
}

const FILES = new Set<string>(Object.keys(CONTENT_TYPES));

/** Signed file links (`/files/:trackId/:file`) and the live MP3 stream (`/stream/:trackId`). */
export function createFileRoutes(deps: FileRouteDeps): Hono {
  const app = new Hono();
  app.get('/files/:trackId/:file', async (c) => {
    checkSignature(c, deps);
    const file = c.req.param('file');
    if (!FILES.has(file)) throw new AppError('not_found', 'No such file.');
    return serveBlob(c, deps.blobs, trackFileKey(c.req.param('trackId'), file as TrackFile), CONTENT_TYPES[file as TrackFile]);
  });
  app.get('/stream/:trackId', async (c) => {
    checkSignature(c, deps);
    const trackId = c.req.param('trackId');
    const track = await deps.store.getTrack(trackId);
    if (!track) throw new AppError('not_found', 'No such track.');
    if (track.state === 'done') return serveBlob(c, deps.blobs, blobKeys.file(trackId, 'audio.mp3'), 'audio/mpeg');
    if ((await streamState(deps.store, trackId)) === 'over') {
      throw new AppError('not_found', 'This track was not finished (its task failed): there is nothing to stream.');
    }
    const headers = { 'Content-Type': 'audio/mpeg', 'Cache-Control': 'no-store' };
    // A HEAD only asks about the stream: it neither starts the encoder nor waits for frames.
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
    await deps.blobs.put(blobKeys.streamWanted(trackId), new Uint8Array());
    const settings: LiveStreamSettings = { pollMs: deps.stream?.pollMs ?? 50, stallMs: deps.stream?.stallMs ?? 20_000 };
    const connection = (c.env as { outgoing?: { destroy(): void } } | undefined)?.outgoing;
    const hangUp = connection ? () => connection.destroy() : null;
    return new Response(liveStreamBody(deps, trackId, settings, hangUp), { status: 200, headers });
  });
  return app;
}

function checkSignature(c: Context, deps: FileRouteDeps): void {
  const verdict = deps.urls.verify(c.req.path, c.req.query('expires'), c.req.query('sig'), deps.clock.now());
  if (verdict === 'expired') throw forbidden('This link has expired: fetch record-info again for fresh links.');
  if (verdict === 'invalid') throw forbidden('This link is not valid: use the exact URL from record-info or the callback.');
}

function forbidden(message: string): AppError {
  return new AppError('forbidden', message);
}

async function serveBlob(c: Context, blobs: BlobStore, key: string, contentType: string): Promise<Response> {
  const size = await blobs.size(key);
  if (size === null) throw new AppError('not_found', 'This file is not ready yet: wait for the task to finish.');
  const headers: Record<string, string> = { 'Content-Type': contentType, 'Accept-Ranges': 'bytes', 'Cache-Control': 'private, max-age=3600' };
  const range = parseRange(c.req.header('range'), size);
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  }
  const [start, end] = range ?? [0, size - 1];
  headers['Content-Length'] = String(Math.max(0, end - start + 1));
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  if (c.req.method === 'HEAD' || size === 0) return new Response(null, { status: range ? 206 : 200, headers });
  const body = ReadableStream.from(blobs.read(key, start, end));
  return new Response(body as ReadableStream<Uint8Array>, { status: range ? 206 : 200, headers });
}
