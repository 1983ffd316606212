import { rm, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface DiskMonitor {
  /** Why the data dir cannot take new work now, or null. */
  problem(): string | null;
  freeBytes(): number | null;
  check(): Promise<void>;
  stop(): void;
}

/**
 * Watches the data dir's free space (and that it takes a write) every `everyMs`: below
 * `minFreeBytes`, or on a failed write, new tasks are refused and /readyz says why.
 */
export function startDiskMonitor(dir: string, minFreeBytes: number, everyMs = 2000): DiskMonitor {
  let problem: string | null = null;
  let free: number | null = null;
  const probe = path.join(dir, '.write-probe');
  const check = async (): Promise<void> => {
    try {
      const stats = await statfs(dir);
      free = stats.bavail * stats.bsize;
      if (free < minFreeBytes) {
        problem = `the data dir has ${Math.floor(free / 1e6)} MB free, below the ${Math.floor(minFreeBytes / 1e6)} MB minimum (SONGLOOM_MIN_FREE_DISK_MB)`;
        return;
      }
      await writeFile(probe, new Uint8Array(4096));
      await rm(probe, { force: true });
      problem = null;
    } catch (error) {
      await rm(probe, { force: true }).catch(() => undefined);
      problem = `the data dir cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
  };
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return { problem: () => problem, freeBytes: () => free, check, stop: () => clearInterval(timer) };
}
