import { encodeMp3, encodeWav, master, renderScore } from '@songloom/audio';
import type { Score } from '@songloom/music';
import { blobKeys } from '../services/blob-keys.ts';
import { LiveStream } from './live-stream.ts';
import type { PipelineDeps } from './pipeline-deps.ts';

/**
 * Renders the score (feeding the live stream, see LiveStream), then masters the whole render to
 * -14 LUFS and writes the WAV and MP3. Skips work whose output already exists.
 * Returns the track duration in seconds.
 */
export async function renderTrackAudio(deps: PipelineDeps, score: Score, trackId: string, signal: AbortSignal): Promise<number> {
  const mp3Key = blobKeys.file(trackId, 'audio.mp3');
  const wavKey = blobKeys.file(trackId, 'audio.wav');
  const wavBytes = await deps.blobs.size(wavKey);
  if (wavBytes !== null && (await deps.blobs.size(mp3Key)) !== null) return wavDurationSeconds(wavBytes);

  await deps.store.updateTrack(trackId, { state: 'rendering' });
  const live = new LiveStream(deps.blobs, deps.bank, score, trackId);
  await live.reset();
  const raw = await renderScore(score, deps.bank, { signal, onChunk: (chunk) => live.push(chunk) });
  await live.finish();

  const mastered = master(raw, { targetLufs: -14, truePeakCeilingDbtp: -1 });
  await deps.blobs.put(wavKey, encodeWav(mastered));
  await deps.blobs.put(mp3Key, await encodeMp3(mastered));
  return mastered.left.length / mastered.sampleRate;
}

/** Seconds of a 16-bit stereo 44.1 kHz WAV (as `encodeWav` writes it) of this many bytes. */
function wavDurationSeconds(bytes: number): number {
  return (bytes - 44) / 4 / 44_100;
}
