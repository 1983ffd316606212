import { readFileSync } from 'node:fs';
import { loadSoundBank } from '@songloom/audio';
import { createEspeakSynth } from '../adapters/espeak/espeak-phoneme-synth.ts';
import { createConsoleLogger } from '../adapters/system/console-logger.ts';
import type { Config } from '../config/config.ts';
import { createDeadJobHandler, createJobHandler } from '../pipeline/runner.ts';
import { warmUpCovers, warmUpRenderer, warmUpVoice } from '../pipeline/warm-up.ts';
import { WorkerLoop } from '../worker/worker-loop.ts';
import { createSqliteWorkerBeats } from '../adapters/sqlite/worker-beats.ts';
import { WORKER_BEAT_MS } from '../ports/worker-beats.ts';
import { openEmbedded } from './embedded.ts';
import { coverFontPaths, soundFontPath } from './paths.ts';

export interface RunningWorker {
  wake(): void;
  stop(graceMs?: number): Promise<void>;
}

/** A worker: opens the store, loads the sound bank once, and runs jobs until stopped. */
export async function startWorker(config: Config, workerId: string, onProgress: () => void): Promise<RunningWorker> {
  const parts = openEmbedded(config);
  const logger = createConsoleLogger({ silent: config.QUIET });
  const bank = loadSoundBank(readFileSync(soundFontPath(config)));
  const coverFonts = coverFontPaths().map((file) => new Uint8Array(readFileSync(file)));
  const singer = await createEspeakSynth({ onFallback: (reason) => logger.warn('espeak-ng program replaced', { reason }) });
  const deps = { ...parts, logger, bank, coverFonts, singer };
  const handler = createJobHandler(deps);
  const loop = new WorkerLoop({
    workerId,
    queue: parts.queue,
    clock: parts.clock,
    logger,
    leaseMs: config.JOB_LEASE_MS,
    maxAttempts: config.JOB_MAX_ATTEMPTS,
    handler: async (job, signal) => {
      try {
        await handler(job, signal);
      } finally {
        onProgress();
      }
    },
    onDead: async (job, error) => {
      await createDeadJobHandler(deps)(job, error);
      onProgress();
    },
  });
  const voiceReady = warmUpVoice(singer).catch((error: unknown) => logger.warn('voice warm-up failed; sung tracks will retry the synthesizer', { error: String(error) }));
  await Promise.all([warmUpRenderer(bank), voiceReady, warmUpCovers(coverFonts)]);
  loop.start();
  const beats = createSqliteWorkerBeats(parts.db);
  const beat = (): void => void beats.beat(workerId, parts.clock.now()).catch((error: unknown) => logger.warn('worker beat not recorded', { error: String(error) }));
  beat();
  const beating = setInterval(beat, WORKER_BEAT_MS);
  return {
    wake: () => loop.wake(),
    stop: async (graceMs) => {
      clearInterval(beating);
      await loop.stop(graceMs);
      await singer.close();
      parts.close();
    },
  };
}
