import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobKeys } from '../../services/blob-keys.ts';
import { createTestServices, type TestServices } from '../../testing/test-services.ts';
import { makeTask, makeTracks } from '../../testing/fixtures.ts';

let t: TestServices;
let trackId: string;
const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 256);

beforeEach(async () => {
  t = await createTestServices();
  const task = makeTask(t.key.id);
  await t.deps.store.submitTask(task);
  const tracks = makeTracks(task.id);
  await t.deps.store.completeText(task.id, tracks, t.clock.now());
  trackId = tracks[0]!.id;
  await t.deps.blobs.put(blobKeys.file(trackId, 'audio.mp3'), bytes);
  await t.deps.blobs.put(blobKeys.file(trackId, 'cover.png'), bytes.subarray(0, 10));
});
afterEach(() => t.close());

const pathOf = (url: string) => url.replace('http://127.0.0.1:9', '');

describe('signed file links', () => {
  it('serves the file with its type and length', async () => {
    const response = await t.app.request(pathOf(t.deps.urls.fileUrl(trackId, 'audio.mp3', t.clock.now())));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(response.headers.get('content-length')).toBe('1000');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    const cover = await t.app.request(pathOf(t.deps.urls.fileUrl(trackId, 'cover.png', t.clock.now())));
    expect(cover.headers.get('content-type')).toBe('image/png');
  });

  it('answers Range requests with 206 and Content-Range, and 416 outside the file', async () => {
    const url = pathOf(t.deps.urls.fileUrl(trackId, 'audio.mp3', t.clock.now()));
    const part = await t.app.request(url, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(part.headers.get('content-length')).toBe('100');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const suffix = await t.app.request(url, { headers: { range: 'bytes=-10' } });
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(bytes.subarray(990));
    const open = await t.app.request(url, { headers: { range: 'bytes=995-' } });
    expect(open.headers.get('content-range')).toBe('bytes 995-999/1000');
    expect((await t.app.request(url, { headers: { range: 'bytes=5000-' } })).status).toBe(416);
  });

  it('refuses tampered, unsigned and expired links with 403', async () => {
    const url = pathOf(t.deps.urls.fileUrl(trackId, 'audio.mp3', t.clock.now()));
    const tampered = url.replace('audio.mp3', 'audio.wav');
    const badSig = url.replace(/sig=./, 'sig=A');
    const noSig = url.split('?')[0]!;
    for (const u of [tampered, badSig, noSig]) {
      const response = await t.app.request(u);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { code: number }).code).toBe(403);
    }
    t.clock.advance(3601 * 1000);
    const expired = await t.app.request(url);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { msg: string }).msg).toMatch(/expired/);
  });

  it('answers 404 for a file that is not ready yet', async () => {
    const response = await t.app.request(pathOf(t.deps.urls.fileUrl(trackId, 'audio.wav', t.clock.now())));
    expect(response.status).toBe(404);
  });

  it('streams the growing MP3 while the track renders, and ends when it is done', async () => {
    const streamPath = pathOf(t.deps.urls.streamUrl(trackId, t.clock.now()));
    await t.deps.store.updateTrack(trackId, { state: 'rendering' });
    await t.deps.blobs.append(blobKeys.stream(trackId), bytes.subarray(0, 300));
    const response = await t.app.request(streamPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBe(300);
    await t.deps.blobs.append(blobKeys.stream(trackId), bytes.subarray(300, 500));
    const second = await reader.read();
    expect(second.value?.byteLength).toBe(200);
    await t.deps.store.completeTrack(trackId, 1, t.clock.now());
    let rest = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += value.byteLength;
    }
    expect(rest).toBe(0);
    const finished = await t.app.request(streamPath);
    expect(finished.headers.get('content-length')).toBe('1000');
  });
});
