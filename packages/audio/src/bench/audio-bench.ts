import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { truePeakDbtp } from '../loudness/true-peak.ts';
import { masterWithReport } from '../master/master.ts';
import { encodeMp3 } from '../encode/mp3.ts';
import { renderCover } from '../cover/render-cover.ts';
import { renderScore } from '../render/render-score.ts';
import { loadSoundBank } from '../render/sound-bank.ts';
import { benchScore } from './bench-score.ts';
import { runMasteringBench, type MasteringBenchFigures } from './mastering-bench.ts';

/** What the bench needs from outside the pure package. */
export interface AudioBenchInputs {
  soundBankBytes: Uint8Array;
  fonts: Uint8Array[];
  /** Peak resident set size so far, in bytes (e.g. `() => process.resourceUsage().maxRSS * 1024`). */
  peakRssBytes?: () => number;
  now?: () => number;
}

/** Figures of one bench run; "x RT" is seconds of audio per second of wall time. */
export interface AudioBenchFigures {
  bankLoadMs: number;
  audioSeconds: number;
  firstRenderMs: number;
  firstChunkMs: number;
  renderMs: number;
  renderXRealTime: number;
  masterMs: number;
  masterXRealTime: number;
  masteredLufs: number;
  masteredTruePeakDbtp: number;
  mp3EncodeMs: number;
  mp3XRealTime: number;
  mp3Bytes: number;
  coverMs: number;
  /** Best-of-3 loudness, true peak, master and MP3 timings on the render looped to 2 minutes. */
  mastering: MasteringBenchFigures;
  peakRssMb: number | undefined;
}

/**
 * Loads the bank, renders a realistic 60 s six-part score twice (cold, warm), masters, encodes and
 * draws a cover; then times the final stages best-of-3 on the render looped to 2 minutes.
 */
export async function runAudioBench(inputs: AudioBenchInputs): Promise<AudioBenchFigures> {
  const now = inputs.now ?? (() => performance.now());
  const time = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
    const start = now();
    const result = await work();
    return [result, now() - start];
  };
  const [bank, bankLoadMs] = await time(() => loadSoundBank(inputs.soundBankBytes));
  const score = benchScore();
  const [, firstRenderMs] = await time(() => renderScore(score, bank));
  const start = now();
  let firstChunkMs = 0;
  const [audio, renderMs] = await time(() => renderScore(score, bank, { onChunk: () => void (firstChunkMs ||= now() - start) }));
  const audioSeconds = audio.left.length / audio.sampleRate;
  const [mastered, masterMs] = await time(() => masterWithReport(audio));
  const [mp3, mp3EncodeMs] = await time(() => encodeMp3(mastered.audio));
  const cover = { title: 'Bench Song With a Longer Title', genre: 'synthwave', moods: ['energetic'], seed: 42 };
  renderCover(cover, inputs.fonts);
  const [, coverMs] = await time(() => renderCover({ ...cover, seed: 43 }, inputs.fonts));
  const mastering = await runMasteringBench(audio, { now });
  return {
    bankLoadMs,
    audioSeconds,
    firstRenderMs,
    firstChunkMs,
    renderMs,
    renderXRealTime: audioSeconds / (renderMs / 1000),
    masterMs,
    masterXRealTime: audioSeconds / (masterMs / 1000),
    masteredLufs: integratedLoudness(mastered.audio),
    masteredTruePeakDbtp: truePeakDbtp(mastered.audio),
    mp3EncodeMs,
    mp3XRealTime: audioSeconds / (mp3EncodeMs / 1000),
    mp3Bytes: mp3.length,
    coverMs,
    mastering,
    peakRssMb: inputs.peakRssBytes ? inputs.peakRssBytes() / 2 ** 20 : undefined,
  };
}
