import type { Score } from '@songloom/music';
import { BasicMIDI, SpessaSynthProcessor, SpessaSynthSequencer } from 'spessasynth_core';
import { scoreToMidi } from '../midi/score-to-midi.ts';
import { selectParts } from '../select-parts.ts';
import { createStereoAudio, type StereoAudio } from '../stereo-audio.ts';
import type { SoundBank } from './sound-bank.ts';
import { accelerateReverb } from './fast-plate-reverb.ts';
import { accelerateVoices } from './fast-voice.ts';
import { yieldToEventLoop } from './yield-to-event-loop.ts';

/** The synth renders in blocks of this many frames; sequencer events land on block boundaries (2.9 ms at 44.1 kHz). */
const SYNTH_BLOCK = 128;
/** Default chunk: 8192 frames, 186 ms of audio at 44.1 kHz (a few ms of work). */
export const DEFAULT_CHUNK_FRAMES = 8192;

/** Options of {@link renderScore}. */
export interface RenderScoreOptions {
  /** Render only these parts (a stem); all parts when omitted. */
  partIds?: readonly string[] | undefined;
  sampleRate?: number | undefined;
  /** Frames per chunk handed to `onChunk`; rounded up to a multiple of 128. */
  chunkFrames?: number | undefined;
  /** Called with each rendered chunk (a copy) in order; the render waits for a returned promise. */
  onChunk?: ((chunk: StereoAudio) => void | Promise<void>) | undefined;
  /** Use the sample-identical fast reverb loop (default true); false runs spessasynth's own. */
  fastReverb?: boolean | undefined;
  /** Use the sample-identical fused voice loop (default true); false runs spessasynth's own. */
  fastVoices?: boolean | undefined;
  /**
   * Linear level under which a releasing voice's block peak (after envelope, gain and pan) ends it
   * (default {@link DEFAULT_RELEASE_FLOOR}); 0 keeps spessasynth's own rule. Needs `fastVoices`.
   */
  releaseFloor?: number | undefined;
  /** Aborting stops the render between chunks and rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Most voices sounding at once (default 64; spessasynth's own is 350). Dense comping with long
   * releases averages ~70 voices, each costing the same; past the cap the quietest releasing voice
   * is stolen, which is inaudible under a full mix and renders about 20 % faster.
   */
  voiceCap?: number | undefined;
}

export const DEFAULT_VOICE_CAP = 64;
/** -70 dBFS: release tails end once their loudest sample in a block is below this (before the master's gain). */
export const DEFAULT_RELEASE_FLOOR = 3.16e-4;

/** Frames a render of `score` produces: `durationSeconds + tailSeconds`, rounded to the nearest sample. */
export function renderFrameCount(score: Score, sampleRate: number): number {
  return Math.round((score.durationSeconds + score.tailSeconds) * sampleRate);
}

/**
 * Renders a score (or a subset of its parts) with spessasynth_core, reverb and chorus on. The result
 * is exactly {@link renderFrameCount} frames long. Renders chunk by chunk, yielding to the event
 * loop between chunks so a server can stream while it renders.
 */
export async function renderScore(score: Score, bank: SoundBank, options: RenderScoreOptions = {}): Promise<StereoAudio> {
  const sampleRate = options.sampleRate ?? 44_100;
  const chunkFrames = Math.max(SYNTH_BLOCK, Math.ceil((options.chunkFrames ?? DEFAULT_CHUNK_FRAMES) / SYNTH_BLOCK) * SYNTH_BLOCK);
  const frames = renderFrameCount(score, sampleRate);
  options.signal?.throwIfAborted();
  const hasNotes = selectParts(score, options.partIds).some((p) => p.notes.length > 0);
  const synth = new SpessaSynthProcessor(sampleRate, { effectsEnabled: true, eventsEnabled: false, maxBufferSize: SYNTH_BLOCK });
  synth.soundBankManager.addSoundBank(bank.basic, 'main');
  await synth.processorInitialized;
  if (options.fastReverb !== false) accelerateReverb(synth);
  if (options.fastVoices !== false) accelerateVoices(synth, { releaseFloor: options.releaseFloor ?? DEFAULT_RELEASE_FLOOR });
  synth.setSystemParameter('voiceCap', options.voiceCap ?? DEFAULT_VOICE_CAP);
  bank.renders++;
  const sequencer = hasNotes ? startSequencer(synth, scoreToMidi(score, { partIds: options.partIds })) : undefined;
  const out = createStereoAudio(sampleRate, frames);
  for (let chunkStart = 0; chunkStart < frames; chunkStart += chunkFrames) {
    const chunkEnd = Math.min(frames, chunkStart + chunkFrames);
    for (let i = chunkStart; i < chunkEnd; i += SYNTH_BLOCK) {
      sequencer?.processTick();
      synth.process(out.left, out.right, i, Math.min(SYNTH_BLOCK, chunkEnd - i));
    }
    if (options.onChunk) {
      await options.onChunk({
        sampleRate,
        left: out.left.slice(chunkStart, chunkEnd),
        right: out.right.slice(chunkStart, chunkEnd),
      });
    }
    options.signal?.throwIfAborted();
    if (chunkEnd < frames) await yieldToEventLoop();
  }
  return out;
}

function startSequencer(synth: SpessaSynthProcessor, smf: Uint8Array): SpessaSynthSequencer {
  const midi = BasicMIDI.fromArrayBuffer(smf.buffer.slice(smf.byteOffset, smf.byteOffset + smf.byteLength) as ArrayBuffer);
  const sequencer = new SpessaSynthSequencer(synth);
  sequencer.skipToFirstNoteOn = false;
  sequencer.loopCount = 0;
  sequencer.loadNewSongList([midi]);
  sequencer.play();
  return sequencer;
}
