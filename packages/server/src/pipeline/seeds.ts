/** Track i of a task gets its own seed, derived from the task's (so a task seed reproduces both tracks). */
export function trackSeed(taskSeed: number, index: number): number {
  let h = (taskSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
