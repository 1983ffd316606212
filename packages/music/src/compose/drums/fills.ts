import type { DrumLane } from './drum-keys.ts';

/** A drum fill: hits at beat offsets from the start of its window, with a level 0..1. */
export type Fill = ReadonlyArray<readonly [offset: number, lane: DrumLane, level: number]>;

/** One-beat fills. */
export const SHORT_FILLS: readonly Fill[] = [
  [[0, 'snare', 0.6], [0.25, 'snare', 0.7], [0.5, 'snare', 0.82], [0.75, 'snare', 0.95]],
  [[0, 'tomHi', 0.8], [0.25, 'tomHi', 0.7], [0.5, 'tomMid', 0.85], [0.75, 'tomLo', 0.95]],
  [[0, 'snare', 0.8], [0.5, 'snare', 0.8], [0.75, 'kick', 0.8]],
  [[0, 'snare', 0.7], [1 / 3, 'snare', 0.8], [2 / 3, 'snare', 0.95]],
];

/** Two-beat fills. */
export const LONG_FILLS: readonly Fill[] = [
  Array.from({ length: 8 }, (_, i) => [i * 0.25, 'snare', 0.45 + i * 0.07] as const),
  [[0, 'snare', 0.8], [0.25, 'snare', 0.6], [0.5, 'tomHi', 0.8], [0.75, 'tomHi', 0.7], [1, 'tomMid', 0.85], [1.25, 'tomMid', 0.75], [1.5, 'tomLo', 0.9], [1.75, 'tomLo', 0.95]],
  [[0, 'snare', 0.9], [0.5, 'tomHi', 0.85], [1, 'tomMid', 0.9], [1.5, 'tomLo', 0.95], [1.5, 'kick', 0.9]],
  [[0, 'kick', 0.8], [0.5, 'snare', 0.8], [0.75, 'snare', 0.6], [1, 'tomHi', 0.85], [1.5, 'tomLo', 0.9], [1.75, 'snare', 0.95]],
];
