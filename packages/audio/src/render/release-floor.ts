/** A voice as the release floor tracks it: a new note on a reused voice has a new start time. */
interface FlooredVoice {
  startTime: number;
}

/** Per voice, how long its current note has stayed under the floor. */
export type QuietRuns = Map<FlooredVoice, { startTime: number; seconds: number }>;

/** 40 ms under the floor: longer than the period of the lowest piano note (27.5 Hz), as one block can fall between a low note's peaks. */
const QUIET_SECONDS = 0.04;

/**
 * Records one block of a releasing voice whose peak output was `level`; true once the voice has
 * stayed under `floor` for {@link QUIET_SECONDS} in a row (its tail can end inaudibly).
 */
export function belowFloorLongEnough(runs: QuietRuns, voice: FlooredVoice, level: number, floor: number, blockSeconds: number): boolean {
  if (level >= floor) {
    runs.delete(voice);
    return false;
  }
  let run = runs.get(voice);
  if (run === undefined || run.startTime !== voice.startTime) {
    run = { startTime: voice.startTime, seconds: 0 };
    runs.set(voice, run);
  }
  run.seconds += blockSeconds;
  return run.seconds >= QUIET_SECONDS;
}
