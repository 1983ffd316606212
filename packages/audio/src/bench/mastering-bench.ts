import { encodeMp3 } from '../encode/mp3.ts';
import { integratedLoudness } from '../loudness/integrated-loudness.ts';
import { truePeakDbtp } from '../loudness/true-peak.ts';
import { masterWithReport } from '../master/master.ts';
import { concatStereoAudio, type StereoAudio } from '../stereo-audio.ts';

/** Options of {@link runMasteringBench}. */
export interface MasteringBenchOptions {
  /** Repeat the input until it lasts at least this long (default 120 s, the song length the pipeline targets). */
  minSeconds?: number;
  /** Runs of each step; the best is reported, as other work on the machine only ever slows a run (default 3). */
  runs?: number;
  now?: () => number;
}

/** Best-of-N timings of the final stages on one core; "x RT" is seconds of audio per second of wall time. */
export interface MasteringBenchFigures {
  audioSeconds: number;
  loudnessMs: number;
  truePeakMs: number;
  masterMs: number;
  masterXRealTime: number;
  masteredLufs: number;
  masteredTruePeakDbtp: number;
  mp3EncodeMs: number;
  mp3XRealTime: number;
}

/** Measures integrated loudness, true peak, `master` and the MP3 encode (CBR 192) of a render, looped to `minSeconds`. */
export async function runMasteringBench(render: StereoAudio, options: MasteringBenchOptions = {}): Promise<MasteringBenchFigures> {
  const now = options.now ?? (() => performance.now());
  const runs = Math.max(1, options.runs ?? 3);
  const copies = Math.max(1, Math.ceil(((options.minSeconds ?? 120) * render.sampleRate) / Math.max(1, render.left.length)));
  const audio = concatStereoAudio(Array.from({ length: copies }, () => render), render.sampleRate);
  const audioSeconds = audio.left.length / audio.sampleRate;
  const best = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
    let result: T | undefined;
    let fastest = Infinity;
    for (let run = 0; run < runs; run++) {
      const start = now();
      result = await work();
      fastest = Math.min(fastest, now() - start);
    }
    return [result as T, fastest];
  };
  const [, loudnessMs] = await best(() => integratedLoudness(audio));
  const [, truePeakMs] = await best(() => truePeakDbtp(audio));
  const [mastered, masterMs] = await best(() => masterWithReport(audio));
  const [, mp3EncodeMs] = await best(() => encodeMp3(mastered.audio));
  return {
    audioSeconds,
    loudnessMs,
    truePeakMs,
    masterMs,
    masterXRealTime: audioSeconds / (masterMs / 1000),
    masteredLufs: mastered.loudnessLufs,
    masteredTruePeakDbtp: truePeakDbtp(mastered.audio),
    mp3EncodeMs,
    mp3XRealTime: audioSeconds / (mp3EncodeMs / 1000),
  };
}
