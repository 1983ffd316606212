import { processVocal, singPart } from '@songloom/audio';
import { benchVocalPart } from './bench-vocal-part.ts';
import { CliEspeakRunner, findEspeakCli } from './cli-runner.ts';
import { EspeakPhonemeSynth } from './espeak-phoneme-synth.ts';
import type { EspeakOutput, EspeakRun, EspeakRunner } from './espeak-runner.ts';
import { WasmEspeakRunner } from './wasm-runner.ts';

/** Figures of {@link benchVocals}. Times are wall-clock milliseconds on this machine. */
export interface VocalBenchFigures {
  runner: 'wasm' | 'cli';
  vocalSeconds: number;
  syllables: number;
  syllablesPerMinute: number;
  distinctPitches: number;
  /** espeak invocations for the part (phonemizing included). */
  espeakRuns: number;
  /** First espeak call of a fresh synth: child start and WASM compile, or the private data dir. */
  coldStartMs: number;
  /** `singPart` for the whole part, warm. */
  singMs: number;
  /** Of `singMs`, time waiting for espeak. */
  espeakMs: number;
  espeakMsPerRun: number;
  /** `singMs` per sung syllable. */
  msPerSyllable: number;
  /** Seconds of synthesis per minute of vocals (the headline figure). */
  secondsPerVocalMinute: number;
  /** `processVocal` (lead) for the whole part. */
  processVocalMs: number;
}

/** Counts runs and the time spent in them. */
class MeteredRunner implements EspeakRunner {
  runs = 0;
  ms = 0;
  constructor(private readonly inner: EspeakRunner) {}
  async run(request: EspeakRun): Promise<EspeakOutput> {
    const start = performance.now();
    try {
      return await this.inner.run(request);
    } finally {
      this.runs++;
      this.ms += performance.now() - start;
    }
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

/** Sings a realistic `minutes`-long vocal part (one voice, about 120 syllables a minute, 12 pitches) and times it. */
export async function benchVocals(options: { minutes?: number; runner?: 'wasm' | 'cli' } = {}): Promise<VocalBenchFigures> {
  const cli = options.runner === 'cli' ? await findEspeakCli() : null;
  if (options.runner === 'cli' && cli === null) throw new Error('espeak-ng is not on PATH');
  const metered = new MeteredRunner(cli === null ? new WasmEspeakRunner() : new CliEspeakRunner(cli));
  const synth = new EspeakPhonemeSynth(metered);
  try {
    const coldStart = performance.now();
    await synth.phonemize(['warm'], 'en');
    const coldStartMs = performance.now() - coldStart;
    [metered.runs, metered.ms] = [0, 0];
    const tempo = 144;
    const part = benchVocalPart(options.minutes ?? 1, tempo);
    const start = performance.now();
    const { audio } = await singPart(part, { tempo, language: 'en', voice: 'm', synth, sampleRate: 44100 });
    const singMs = performance.now() - start;
    const vocalSeconds = audio.length / 44100;
    const fx = performance.now();
    processVocal(audio, { sampleRate: 44100, role: 'vocal' });
    const processVocalMs = performance.now() - fx;
    const syllables = part.notes.filter((n) => n.lyric !== undefined && n.lyric.text !== '').length;
    return {
      runner: cli === null ? 'wasm' : 'cli',
      vocalSeconds,
      syllables,
      syllablesPerMinute: (syllables * 60) / vocalSeconds,
      distinctPitches: new Set(part.notes.map((n) => n.pitch)).size,
      espeakRuns: metered.runs,
      coldStartMs,
      singMs,
      espeakMs: metered.ms,
      espeakMsPerRun: metered.ms / Math.max(1, metered.runs),
      msPerSyllable: singMs / Math.max(1, syllables),
      secondsPerVocalMinute: singMs / 1000 / (vocalSeconds / 60),
      processVocalMs,
    };
  } finally {
    await synth.close();
  }
}
