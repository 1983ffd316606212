import { encodeMp3, encodeWav, masterBussed, MixBus, renderFrameCount, renderScore, vocalBalanceGainDb, vocalStyleFor, type StereoAudio } from '@songloom/audio';
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

  if (vocals) balanceVocals(instruments, vocals.stem, (voice.style ?? vocalStyleFor(undefined)).aboveBedLu);
  const bussed = busStems(instruments, vocals);
  const { audio: mastered, gainDb } = masterBussed(bussed.mix, { targetLufs: -14, truePeakCeilingDbtp: -1 });
  await deps.blobs.put(blobKeys.timing(trackId), Buffer.from(JSON.stringify({ words: vocals?.words ?? [], waveform: rmsOutline(mastered, 400) })));
  if (bussed.vocals) await writeStems(deps, trackId, bussed.instruments, bussed.vocals, gainDb);
  await deps.blobs.put(wavKey, encodeWav(mastered));
  await deps.blobs.put(mp3Key, await encodeMp3(mastered));
  return mastered.left.length / mastered.sampleRate;
}

/**
 * Sets the vocal stem's level by loudness against the instruments, so the voice sits the style's
 * LU above the bed while it sings (the live stream, mixed before the bed exists, keeps the
 * voice's own level).
 */
function balanceVocals(instruments: StereoAudio, stem: StereoAudio, aboveBedLu: number): void {
  const gain = 10 ** (vocalBalanceGainDb(instruments, stem, aboveBedLu) / 20);
  for (let i = 0; i < stem.left.length; i++) {
    stem.left[i] = stem.left[i]! * gain;
    stem.right[i] = stem.right[i]! * gain;
  }
}

function mixChunk(chunk: StereoAudio, vocal: StereoAudio): StereoAudio {
  const out: StereoAudio = { sampleRate: chunk.sampleRate, left: chunk.left.slice(), right: chunk.right.slice() };
  addInto(out, vocal, 0);
  return out;
}

interface BussedStems {
  instruments: StereoAudio;
  vocals: StereoAudio | null;
  /** Their sum: the bussed mix the master takes. */
  mix: StereoAudio;
}

/** The stems through the master's (linear) mix bus one by one: they add up to the bussed mix. */
function busStems(instruments: StereoAudio, vocals: SungVocals | null): BussedStems {
  const bussedInstruments = new MixBus(instruments.sampleRate).process(instruments);
  if (!vocals) return { instruments: bussedInstruments, vocals: null, mix: bussedInstruments };
  const bussedVocals = new MixBus(instruments.sampleRate).process(vocals.stem);
  const mix: StereoAudio = { sampleRate: instruments.sampleRate, left: bussedInstruments.left.slice(), right: bussedInstruments.right.slice() };
  addInto(mix, bussedVocals, 0);
  return { instruments: bussedInstruments, vocals: bussedVocals, mix };
}

/** The instrumental and vocal stems at the master's gain: they add up to the master before its limiter. */
async function writeStems(deps: PipelineDeps, trackId: string, instruments: StereoAudio, vocals: StereoAudio, gainDb: number): Promise<void> {
  const gain = 10 ** (gainDb / 20);
  await deps.blobs.put(blobKeys.stem(trackId, 'instrumental'), encodeWav(instruments, 16, gain));
  await deps.blobs.put(blobKeys.stem(trackId, 'vocals'), encodeWav(vocals, 16, gain));
}

/** Seconds of a 16-bit stereo 44.1 kHz WAV (as `encodeWav` writes it) of this many bytes. */
function wavDurationSeconds(bytes: number): number {
  return (bytes - 44) / 4 / 44_100;
}
