import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EspeakOutput, EspeakRun, EspeakRunner } from './espeak-runner.ts';

const run = promisify(execFile);

/** Finds `espeak-ng` on PATH and its data directory; null when it is not installed. */
export async function findEspeakCli(command = 'espeak-ng'): Promise<{ command: string; dataDir: string } | null> {
  try {
    const { stdout } = await run(command, ['--version'], { timeout: 5000 });
    const match = /Data at:\s*(\S+)/.exec(stdout);
    return match?.[1] === undefined ? null : { command, dataDir: match[1] };
  } catch {
    return null;
  }
}

/**
 * The espeak-ng command-line program. Variants go into a private copy of the data directory
 * (symlinks to the system data plus our `voices/!v` files), passed with `--path`.
 */
export class CliEspeakRunner implements EspeakRunner {
  readonly #command: string;
  readonly #systemData: string;
  #root: Promise<string> | undefined;
  readonly #written = new Set<string>();

  constructor(cli: { command: string; dataDir: string }) {
    this.#command = cli.command;
    this.#systemData = cli.dataDir;
  }

  async run(request: EspeakRun): Promise<EspeakOutput> {
    const root = await (this.#root ??= this.#makeDataDir());
    const variantDir = join(root, 'espeak-ng-data', 'voices', '!v');
    for (const [name, text] of request.variants) {
      if (this.#written.has(name)) continue;
      await writeFile(join(variantDir, name), text);
      this.#written.add(name);
    }
    const wavPath = join(root, `out-${process.pid}-${this.#written.size}-${Math.floor(performance.now() * 1000)}.wav`);
    const args = [`--path=${root}`, ...(request.wantWav ? ['-w', wavPath] : []), ...request.args];
    const { stdout } = await run(this.#command, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    if (!request.wantWav) return { stdout: stdout.split('\n') };
    const wav = new Uint8Array(await readFile(wavPath));
    await rm(wavPath, { force: true });
    return { stdout: stdout.split('\n'), wav };
  }

  async close(): Promise<void> {
    const root = this.#root;
    this.#root = undefined;
    if (root !== undefined) await rm(await root, { recursive: true, force: true });
  }

  async #makeDataDir(): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'songloom-espeak-'));
    const data = join(root, 'espeak-ng-data');
    await mirror(this.#systemData, data, 'voices');
    await mirror(join(this.#systemData, 'voices'), join(data, 'voices'), '!v');
    await mirror(join(this.#systemData, 'voices', '!v'), join(data, 'voices', '!v'), null);
    return root;
  }
}

/** Creates `to` with symlinks to every entry of `from` except `realDir`, which becomes a real directory. */
async function mirror(from: string, to: string, realDir: string | null): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry === realDir) await mkdir(join(to, entry), { recursive: true });
    else await symlink(join(from, entry), join(to, entry));
  }
}
