import { encodeMp3, encodeWav, masterWithReport, MixBus, renderFrameCount, renderScore, type StereoAudio } from '@songloom/audio';
import type { Score } from '@songloom/music';
import { blobKeys } from '../services/blob-keys.ts';
import { LiveStream } from './live-stream.ts';
import type { PipelineDeps } from './pipeline-deps.ts';
import { rmsOutline } from './rms-outline.ts';
import { addInto, isSungPart, singVocals, sliceAt, type SungVocals, type VoiceChoice } from './vocal-stage.ts';

/**
 * Sings the vocal parts (if any), renders the instruments while feeding the mix to the live
 * stream, then masters the whole mix to -14 LUFS and writes the WAV, the MP3, the word timings and,
 * for sung tracks, the vocal and instrumental stems. Skips work whose output already exists.
 * Returns the track duration in seconds.
 */
export async function renderTrackAudio(deps: PipelineDeps, score: Score, trackId: string, voice: VoiceChoice, signal: AbortSignal): Promise<number> {
  const mp3Key = blobKeys.file(trackId, 'audio.mp3');
  const wavKey = blobKeys.file(trackId, 'audio.wav');
  const wavBytes = await deps.blobs.size(wavKey);
  if (wavBytes !== null && (await deps.blobs.size(mp3Key)) !== null) return wavDurationSeconds(wavBytes);

  await deps.store.updateTrack(trackId, { state: 'rendering' });
  const vocals = await singVocals(score, deps.singer, voice, renderFrameCount(score, 44_100));
  signal.throwIfAborted();
  const live = new LiveStream(deps.blobs, deps.bank, score, trackId);
  await live.reset();
  let offset = 0;
  const instruments = await renderScore(score, deps.bank, {
    signal,
    partIds: score.parts.filter((p) => !isSungPart(p)).map((p) => p.id),
    onChunk: (chunk) => {
      const mixed = vocals ? mixChunk(chunk, sliceAt(vocals.stem, offset, chunk.left.length)) : chunk;
      offset += chunk.left.length;
      return live.push(mixed);
    },
  });
  await live.finish();

  const mix = vocals ? mixed(instruments, vocals) : instruments;
  const { audio: mastered, gainDb } = masterWithReport(mix, { targetLufs: -14, truePeakCeilingDbtp: -1 });
  await deps.blobs.put(blobKeys.timing(trackId), Buffer.from(JSON.stringify({ words: vocals?.words ?? [], waveform: rmsOutline(mastered, 400) })));
  if (vocals) await writeStems(deps, trackId, instruments, vocals, gainDb);
  await deps.blobs.put(wavKey, encodeWav(mastered));
  await deps.blobs.put(mp3Key, await encodeMp3(mastered));
  return mastered.left.length / mastered.sampleRate;
}

function mixChunk(chunk: StereoAudio, vocal: StereoAudio): StereoAudio {
  const out: StereoAudio = { sampleRate: chunk.sampleRate, left: chunk.left.slice(), right: chunk.right.slice() };
  addInto(out, vocal, 0);
  return out;
}

function mixed(instruments: StereoAudio, vocals: SungVocals): StereoAudio {
  const out: StereoAudio = { sampleRate: instruments.sampleRate, left: instruments.left.slice(), right: instruments.right.slice() };
  addInto(out, vocals.stem, 0);
  return out;
}

/**
 * The instrumental and vocal stems through the master's (linear) mix bus and gain: they add up to
 * the master before its limiter.
 */
async function writeStems(deps: PipelineDeps, trackId: string, instruments: StereoAudio, vocals: SungVocals, gainDb: number): Promise<void> {
  const gain = 10 ** (gainDb / 20);
  for (const [name, raw] of [['instrumental', instruments], ['vocals', vocals.stem]] as const) {
    const stem = new MixBus(raw.sampleRate).process(raw);
    const scaled: StereoAudio = { sampleRate: stem.sampleRate, left: stem.left.map((v) => clamp(v * gain)), right: stem.right.map((v) => clamp(v * gain)) };
    await deps.blobs.put(blobKeys.stem(trackId, name), encodeWav(scaled));
  }
}

const clamp = (v: number): number => (v > 1 ? 1 : v < -1 ? -1 : v);

/** Seconds of a 16-bit stereo 44.1 kHz WAV (as `encodeWav` writes it) of this many bytes. */
function wavDurationSeconds(bytes: number): number {
  return (bytes - 44) / 4 / 44_100;
}
