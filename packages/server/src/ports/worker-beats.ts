/** How often a worker records that it is alive, ms. */
export const WORKER_BEAT_MS = 5000;

/** Signs of life of the workers, shared by every process on the store. */
export interface WorkerBeats {
  beat(workerId: string, at: number): Promise<void>;
  /** When any worker was last alive (ms since epoch), or null when none ever was. */
  lastSeen(): Promise<number | null>;
}
