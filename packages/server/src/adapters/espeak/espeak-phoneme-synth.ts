import {
  ESPEAK_VOICE_BY_LANGUAGE,
  singingVariantFile,
  singingVariantName,
  type PhonemeSynth,
  type SingingLanguage,
  type SyllableRequest,
} from '@songloom/audio';
import { CliEspeakRunner, findEspeakCli } from './cli-runner.ts';
import type { EspeakRunner } from './espeak-runner.ts';
import { FallbackEspeakRunner } from './fallback-runner.ts';
import { batchSsml, requestVoice, splitAtSilences } from './syllable-batch.ts';
import { decodeWav16 } from './wav-decode.ts';
import { WasmEspeakRunner } from './wasm-runner.ts';

/** Syllables per espeak invocation: large enough to amortise start-up, small enough to retry cheaply. */
const BATCH_SIZE = 96;
const SPEED_WPM = '140';
/** Words remembered by `phonemize` before the memory starts over. */
const PHONEME_CACHE_WORDS = 20_000;

/** The {@link PhonemeSynth} port over espeak-ng (CLI or WASM), batching syllables per invocation. */
export class EspeakPhonemeSynth implements PhonemeSynth {
  readonly #runner: EspeakRunner;

  constructor(runner: EspeakRunner) {
    this.#runner = runner;
  }

  /** Which espeak-ng program sings: Debian's CLI or the npm WASM build. */
  get program(): 'cli' | 'wasm' {
    if (this.#runner instanceof FallbackEspeakRunner) return this.#runner.program;
    return this.#runner instanceof CliEspeakRunner ? 'cli' : 'wasm';
  }

  /** Words already phonemized, per language: lead and backing, and both tracks of a task, share lyrics. */
  readonly #phonemes = new Map<string, string[]>();

  async phonemize(words: readonly string[], language: SingingLanguage): Promise<string[][]> {
    const key = (word: string): string => `${language}|${word}`;
    const unknown = [...new Set(words.filter((w) => !this.#phonemes.has(key(w))))];
    if (this.#phonemes.size + unknown.length > PHONEME_CACHE_WORDS) this.#phonemes.clear();
    const found = await this.#phonemizeUncached(unknown, language);
    unknown.forEach((word, i) => this.#phonemes.set(key(word), found[i] ?? []));
    return words.map((w) => [...(this.#phonemes.get(key(w)) ?? [])]);
  }

  async speakSyllables(requests: readonly SyllableRequest[]): Promise<Float32Array[]> {
    const out: Float32Array[] = new Array<Float32Array>(requests.length);
    const groups = new Map<string, number[]>();
    requests.forEach((r, i) => {
      const key = requestVoice(r);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    for (const indices of groups.values()) {
      for (let i = 0; i < indices.length; i += BATCH_SIZE) {
        const chunk = indices.slice(i, i + BATCH_SIZE);
        const audio = await this.#speakBatch(chunk.map((k) => requests[k] as SyllableRequest));
        chunk.forEach((k, j) => (out[k] = audio[j] ?? new Float32Array(0)));
      }
    }
    return out;
  }

  close(): Promise<void> {
    return this.#runner.close();
  }

  async #phonemizeUncached(words: readonly string[], language: SingingLanguage): Promise<string[][]> {
    if (words.length === 0) return [];
    const lines = await this.#phonemeLines(words, language);
    if (lines.length === words.length) return lines.map(tokens);
    // A word espeak split into two clauses: fall back to one word per line, one run each.
    return Promise.all(words.map(async (w) => (await this.#phonemeLines([w], language)).flatMap(tokens)));
  }

  async #phonemeLines(words: readonly string[], language: SingingLanguage): Promise<string[]> {
    const text = words.map((w) => `${w}.`).join('\n');
    const { stdout } = await this.#runner.run({
      args: ['-q', '-x', '--sep= ', '-v', ESPEAK_VOICE_BY_LANGUAGE[language], text],
      variants: new Map(),
      wantWav: false,
    });
    return stdout.map((l) => l.trim()).filter((l) => l !== '');
  }

  async #speakBatch(batch: readonly SyllableRequest[]): Promise<Float32Array[]> {
    const rendered = await this.#render(batch);
    const pieces = splitAtSilences(rendered.samples, rendered.sampleRate, batch.length);
    if (pieces !== null) return pieces;
    if (batch.length === 1) return [trimOnly(rendered.samples)];
    const half = Math.ceil(batch.length / 2);
    return [...(await this.#speakBatch(batch.slice(0, half))), ...(await this.#speakBatch(batch.slice(half)))];
  }

  async #render(batch: readonly SyllableRequest[]): Promise<{ samples: Float32Array; sampleRate: number }> {
    const first = batch[0];
    if (first === undefined) return { samples: new Float32Array(0), sampleRate: 22050 };
    const variants = new Map([[singingVariantName(first.voice.gender, first.pitchHz), singingVariantFile(first.voice.gender, first.pitchHz)]]);
    const args = ['-m', '-z', '-s', SPEED_WPM, '-v', requestVoice(first), batchSsml(batch)];
    const { wav } = await this.#runner.run({ args, variants, wantWav: true });
    if (wav === undefined) throw new Error('espeak-ng wrote no audio');
    return decodeWav16(wav);
  }
}

/**
 * Creates the synth on the `espeak-ng` CLI when it is on PATH (checked again when it fails, falling
 * back to the WASM build), else on the npm WASM build in a child process.
 */
export async function createEspeakSynth(options: { useCli?: boolean; command?: string; onFallback?: (reason: string) => void } = {}): Promise<EspeakPhonemeSynth> {
  const cli = options.useCli === false ? null : await findEspeakCli(options.command);
  return new EspeakPhonemeSynth(cli === null ? new WasmEspeakRunner() : new FallbackEspeakRunner(cli, options.onFallback));
}

function tokens(line: string): string[] {
  return line.split(/\s+/).filter((t) => t !== '');
}

function trimOnly(x: Float32Array): Float32Array {
  let a = 0;
  let b = x.length;
  while (a < b && Math.abs(x[a] ?? 0) < 1e-4) a++;
  while (b > a && Math.abs(x[b - 1] ?? 0) < 1e-4) b--;
  return x.slice(a, b);
}
