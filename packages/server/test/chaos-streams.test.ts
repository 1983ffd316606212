import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { startServer, type RunningServer } from '../src/main/server.ts';
import { blobKeys } from '../src/services/blob-keys.ts';
import { makeKey, makeTask, makeTracks } from '../src/testing/fixtures.ts';
import { usage } from './chaos-support.ts';
import { tempDataDir } from './support.ts';

const data = tempDataDir();
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(loadConfig({ SONGLOOM_PORT: '0', SONGLOOM_DATA_DIR: data.dir, SONGLOOM_WORKERS: '0', SONGLOOM_QUIET: 'true', SONGLOOM_STREAM_STALL_MS: '1000' }));
});
afterAll(async () => {
  await server.close(100);
  data.remove();
});

/** A task with two tracks, the first rendering; returns the first track's signed stream URL. */
async function renderingTrack(): Promise<{ taskId: string; trackId: string; url: string }> {
  const { store } = server.parts;
  const key = makeKey();
  await store.createKey(key);
  const task = makeTask(key.id);
  await store.submitTask(task);
  const tracks = makeTracks(task.id);
  await store.completeText(task.id, tracks, Date.now());
  const trackId = tracks[0]!.id;
  await store.updateTrack(trackId, { state: 'rendering' });
  return { taskId: task.id, trackId, url: server.deps.urls.streamUrl(trackId, Date.now()) };
}

const frames = (n: number): Uint8Array => new Uint8Array(n).fill(0xab);
const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: still going after ${ms} ms`)), ms))]);

describe('live streams under attack', () => {
  it("ends a failed track's stream at once, and a stream whose track fails or finishes while it is heard", async () => {
    const failed = await renderingTrack();
    await server.parts.store.failTask(failed.taskId, 'GENERATE_AUDIO_FAILED', { code: 531, message: 'x', stage: 'render' }, true, Date.now());
    const opened = await within(fetch(failed.url), 2000, 'open');
    expect(opened.status).toBe(404);

    const live = await renderingTrack();
    await server.parts.blobs.append(blobKeys.stream(live.trackId), frames(1000));
    const heard = await fetch(live.url);
    expect(heard.status).toBe(200);
    const reading = heard.arrayBuffer();
    await new Promise((r) => setTimeout(r, 200));
    await server.parts.store.failTask(live.taskId, 'GENERATE_AUDIO_FAILED', { code: 531, message: 'x', stage: 'render' }, true, Date.now());
    expect((await within(reading, 2000, 'stream of a track that failed')).byteLength).toBe(1000);

    const finishing = await renderingTrack();
    const listening = fetch(finishing.url).then((r) => r.arrayBuffer());
    await new Promise((r) => setTimeout(r, 200));
    await server.parts.blobs.append(blobKeys.stream(finishing.trackId), frames(700));
    await server.parts.store.completeTrack(finishing.trackId, 1, Date.now());
    expect((await within(listening, 2000, 'stream of a finished track')).byteLength).toBe(700);
  });

  it('answers HEAD without starting anything, and 8 simultaneous opens all with 200', async () => {
    const { trackId, url } = await renderingTrack();
    const store = server.parts.store;
    const getTrack = store.getTrack.bind(store);
    let lookups = 0;
    store.getTrack = (id: string) => {
      lookups++;
      return getTrack(id);
    };
    try {
      const heads = await Promise.all(Array.from({ length: 200 }, () => fetch(url, { method: 'HEAD' })));
      expect(heads.every((r) => r.status === 200 && r.headers.get('content-type') === 'audio/mpeg')).toBe(true);
      expect(await server.parts.blobs.size(blobKeys.streamWanted(trackId))).toBeNull();
      lookups = 0;
      await new Promise((r) => setTimeout(r, 500));
      expect(lookups).toBe(0);
    } finally {
      store.getTrack = getTrack;
    }
    const controllers = Array.from({ length: 8 }, () => new AbortController());
    const opens = await Promise.all(controllers.map((c) => fetch(url, { signal: c.signal })));
    expect(opens.map((r) => r.status)).toEqual(Array(8).fill(200));
    for (const c of controllers) c.abort();
    expect(await server.parts.blobs.size(blobKeys.streamWanted(trackId))).toBe(0);
  });

  it('holds at most a chunk per listener that never reads, and drops such listeners', async () => {
    const { trackId, url } = await renderingTrack();
    const before = usage();
    const path = new URL(url);
    const sockets: Socket[] = [];
    const received: number[] = [];
    const closed: Array<Promise<void>> = [];
    for (let i = 0; i < 20; i++) {
      const socket = connect(Number(path.port), path.hostname);
      socket.pause();
      socket.write(`GET ${path.pathname}${path.search} HTTP/1.1\r\nHost: x\r\n\r\n`);
      sockets.push(socket);
      received.push(0);
      socket.on('data', (chunk: Buffer) => (received[i] = (received[i] ?? 0) + chunk.length));
      socket.on('error', () => undefined);
      closed.push(new Promise((resolve) => socket.once('close', () => resolve())));
    }
    for (let i = 0; i < 40; i++) {
      await server.parts.blobs.append(blobKeys.stream(trackId), frames(1024 * 1024));
      await new Promise((r) => setTimeout(r, 25));
    }
    const during = usage();
    // Past the 1 s stall the server has hung up: reading now gets what sat in the socket buffers, then the end.
    await new Promise((r) => setTimeout(r, 2500));
    for (const s of sockets) s.resume();
    await within(Promise.all(closed), 10_000, 'dropping 20 listeners that never read');
    expect(Math.max(...received)).toBeLessThan(20 * 1024 * 1024);
    const after = usage();
    console.log(`[figures] streams: 20 never-reading listeners on a 40 MB live stream: rss ${before.rssMb} -> ${during.rssMb} MB (dropped after a 1000 ms stall having taken at most ${(Math.max(...received) / 1e6).toFixed(1)} MB; rss then ${after.rssMb} MB), cpu ${after.cpuMs - before.cpuMs} ms`);
    expect(during.rssMb - before.rssMb).toBeLessThan(200);
    for (const s of sockets) s.destroy();
  });
});
