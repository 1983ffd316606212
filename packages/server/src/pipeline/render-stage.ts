import { createMp3Encoder, createStreamingMaster, encodeMp3, encodeWav, estimateProvisionalGainDb, master, renderScore, concatBytes } from '@songloom/audio';
import type { Score } from '@songloom/music';
import { blobKeys } from '../services/blob-keys.ts';
import type { PipelineDeps } from './pipeline-deps.ts';

/**
 * Renders the score while streaming provisional MP3 frames to the live stream, then masters the
 * whole render to -14 LUFS and writes the WAV and MP3. Skips work whose output already exists.
 * Returns the track duration in seconds.
 */
export async function renderTrackAudio(deps: PipelineDeps, score: Score, trackId: string, signal: AbortSignal): Promise<number> {
  const mp3Key = blobKeys.file(trackId, 'audio.mp3');
  const wavKey = blobKeys.file(trackId, 'audio.wav');
  const frames = await deps.blobs.size(wavKey);
  if (frames !== null && (await deps.blobs.size(mp3Key)) !== null) return (frames - 44) / 4 / 44100;

  await deps.store.updateTrack(trackId, { state: 'rendering' });
  const streamKey = blobKeys.stream(trackId);
  await deps.blobs.delete(streamKey);
  const gainDb = await estimateProvisionalGainDb(score, deps.bank, { targetLufs: -14 });
  const live = createStreamingMaster({ gainDb, ceilingDbtp: -1, sampleRate: 44100 });
  const liveEncoder = await createMp3Encoder({ sampleRate: 44100, bitrate: 192 });
  const raw = await renderScore(score, deps.bank, {
    signal,
    onChunk: async (chunk) => {
      const bytes = liveEncoder.encode(live.process(chunk));
      if (bytes.length > 0) await deps.blobs.append(streamKey, bytes);
    },
  });
  const tail = concatBytes([liveEncoder.encode(live.flush()), liveEncoder.finish()]);
  if (tail.length > 0) await deps.blobs.append(streamKey, tail);

  const mastered = master(raw, { targetLufs: -14, truePeakCeilingDbtp: -1 });
  await deps.blobs.put(wavKey, encodeWav(mastered));
  await deps.blobs.put(mp3Key, await encodeMp3(mastered));
  return mastered.left.length / mastered.sampleRate;
}
