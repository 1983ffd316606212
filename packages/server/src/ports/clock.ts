/** Wall-clock time behind a port, so schedules can be tested with a fake clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}
