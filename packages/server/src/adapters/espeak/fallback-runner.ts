import { CliEspeakRunner, findEspeakCli } from './cli-runner.ts';
import type { EspeakOutput, EspeakRun, EspeakRunner } from './espeak-runner.ts';
import { WasmEspeakRunner } from './wasm-runner.ts';

/**
 * The espeak-ng program on PATH, checked again whenever a run fails: when it is gone or broken
 * (uninstalled, upgraded mid-run, a bad data dir) the bundled WASM build takes over for good and
 * the run is retried there; a program that still checks out keeps the failure.
 */
export class FallbackEspeakRunner implements EspeakRunner {
  #runner: EspeakRunner;
  readonly #command: string;
  readonly #onFallback: (reason: string) => void;

  constructor(cli: { command: string; dataDir: string }, onFallback: (reason: string) => void = () => undefined) {
    this.#command = cli.command;
    this.#runner = new CliEspeakRunner(cli);
    this.#onFallback = onFallback;
  }

  get program(): 'cli' | 'wasm' {
    return this.#runner instanceof CliEspeakRunner ? 'cli' : 'wasm';
  }

  async run(request: EspeakRun): Promise<EspeakOutput> {
    const runner = this.#runner;
    try {
      return await runner.run(request);
    } catch (error) {
      if (!(runner instanceof CliEspeakRunner)) throw error;
      if (this.#runner === runner && (await findEspeakCli(this.#command)) !== null) throw error;
      if (this.#runner === runner) {
        this.#runner = new WasmEspeakRunner();
        this.#onFallback(`${this.#command} failed and no longer checks out (${String(error).slice(0, 200)}): singing with the bundled WASM build`);
        await runner.close().catch(() => undefined);
      }
      return this.#runner.run(request);
    }
  }

  close(): Promise<void> {
    return this.#runner.close();
  }
}
