import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EspeakOutput, EspeakRun, EspeakRunner } from './espeak-runner.ts';

const HOST = fileURLToPath(new URL('./wasm-host.mjs', import.meta.url));
const VARIANT_DIR = '/usr/local/share/espeak-ng-data/voices/!v';
const WAV_PATH = '/out.wav';

interface HostReply {
  id?: number;
  ready?: boolean;
  stdout?: string[];
  files?: Record<string, Uint8Array>;
  error?: string;
}

interface Pending {
  resolve: (o: EspeakOutput) => void;
  reject: (e: Error) => void;
}

/**
 * espeak-ng's npm WASM build in a long-lived child process that keeps the module compiled;
 * each run gets a fresh instance (main() cannot be re-entered). A dead child is restarted
 * on the next run; runs in flight when it dies are rejected.
 */
export class WasmEspeakRunner implements EspeakRunner {
  #child: ChildProcess | undefined;
  #pending = new Map<number, Pending>();
  #nextId = 1;

  run(request: EspeakRun): Promise<EspeakOutput> {
    const child = this.#ensureChild();
    const id = this.#nextId++;
    const files: Record<string, string> = {};
    for (const [name, text] of request.variants) files[`${VARIANT_DIR}/${name}`] = text;
    const args = request.wantWav ? ['-w', WAV_PATH, ...request.args] : request.args;
    return new Promise<EspeakOutput>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      child.send({ id, args, files, read: request.wantWav ? [WAV_PATH] : [] });
    });
  }

  async close(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (child === undefined || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill();
    });
  }

  #ensureChild(): ChildProcess {
    if (this.#child !== undefined && this.#child.exitCode === null && this.#child.connected) return this.#child;
    const child = fork(HOST, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.on('message', (m: HostReply) => this.#onReply(m));
    child.on('exit', (code, signal) => {
      if (this.#child === child) this.#child = undefined;
      const error = new Error(`espeak-ng WASM host exited (${code ?? signal})`);
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    });
    this.#child = child;
    return child;
  }

  #onReply(m: HostReply): void {
    if (m.id === undefined) return;
    const pending = this.#pending.get(m.id);
    if (pending === undefined) return;
    this.#pending.delete(m.id);
    if (m.error !== undefined) pending.reject(new Error(m.error));
    else {
      const wav = m.files?.[WAV_PATH];
      pending.resolve({ stdout: m.stdout ?? [], ...(wav === undefined ? {} : { wav }) });
    }
  }
}
