import type { CompingStyle } from '../../brief/genre-profile.ts';

/** A chord stroke in a bar: start beat, length, level 0..1. */
export type Stroke = readonly [start: number, length: number, level: number];

const eighths = (length: number): Stroke[] => Array.from({ length: 8 }, (_, i) => [i * 0.5, length, i % 2 === 0 ? 1 : 0.78] as const);

/** How the chord instrument plays a four-beat bar, two variants per style. */
export const COMPING_PATTERNS: Readonly<Record<CompingStyle, readonly (readonly Stroke[])[]>> = {
  block: [[[0, 4, 0.9]], [[0, 2, 0.9], [2, 2, 0.8]]],
  sustain: [[[0, 4, 0.85]], [[0, 2.5, 0.85], [2.5, 1.5, 0.7]]],
  eighths: [eighths(0.45), [[0, 1, 1], [1, 0.5, 0.75], [1.5, 1, 0.85], [2.5, 0.5, 0.75], [3, 1, 0.9]]],
  strum: [
    [[0, 1, 1], [1, 0.5, 0.8], [1.5, 1, 0.7], [2.5, 0.5, 0.75], [3, 0.5, 0.9], [3.5, 0.5, 0.7]],
    [[0, 1.5, 1], [1.5, 0.5, 0.7], [2, 1, 0.9], [3, 0.5, 0.8], [3.5, 0.5, 0.7]],
  ],
  skank: [[[1, 0.4, 1], [3, 0.4, 1]], [[0.5, 0.3, 0.9], [1.5, 0.3, 0.9], [2.5, 0.3, 0.9], [3.5, 0.3, 0.9]]],
  stabs: [[[0.5, 0.35, 1], [1.5, 0.35, 0.9], [2.5, 0.35, 1], [3.5, 0.35, 0.9]], [[0, 0.5, 1], [0.75, 0.5, 0.8], [1.5, 0.5, 0.9], [2.5, 0.5, 0.85], [3.25, 0.5, 0.8]]],
  charleston: [[[0, 0.6, 1], [1.5, 0.5, 0.85]], [[1, 0.5, 0.85], [2.5, 0.5, 0.9]], [[0, 0.6, 0.9], [2.5, 0.5, 0.85], [3.5, 0.4, 0.7]]],
  funk: [
    [[0, 0.2, 1], [0.75, 0.2, 0.7], [1.5, 0.2, 0.8], [2.25, 0.2, 0.6], [2.5, 0.2, 0.9], [3.5, 0.2, 0.75]],
    [[0.5, 0.2, 0.9], [1, 0.2, 0.8], [1.75, 0.2, 0.7], [2.5, 0.2, 0.9], [3.25, 0.2, 0.7], [3.75, 0.2, 0.8]],
  ],
  'boom-chick': [[[1, 0.8, 0.85], [3, 0.8, 0.85]], [[1, 0.5, 0.85], [2.5, 0.5, 0.6], [3, 0.8, 0.85]]],
  fingerpick: [[[0, 4, 0.8]]],
  power: [eighths(0.42), [[0, 1.5, 1], [1.5, 0.5, 0.8], [2, 0.45, 0.85], [2.5, 0.45, 0.8], [3, 1, 0.95]]],
  montuno: [[[0, 0.4, 1], [1.5, 0.4, 0.85], [2.5, 0.4, 0.9], [3, 0.4, 0.8], [3.5, 0.4, 0.85]], [[0.5, 0.4, 0.9], [1, 0.4, 0.8], [2, 0.4, 0.9], [3, 0.4, 0.85], [3.5, 0.4, 0.8]]],
};

/** Palm-muted eighths of rock and metal verses: short, low, steady. */
export const PALM_MUTED: readonly Stroke[] = Array.from({ length: 8 }, (_, i) => [i * 0.5, 0.18, i % 4 === 0 ? 0.9 : 0.7] as const);

/** A breakdown's syncopated chugs, locked to the kick of the half-time groove (see compose/drums). */
export const BREAKDOWN_CHUG: readonly Stroke[] = [[0, 0.2, 1], [0.75, 0.2, 0.9], [1.5, 0.2, 0.95], [2, 0.7, 1], [2.75, 0.2, 0.9], [3.5, 0.2, 0.95]];

/** Three-beat bars (3/4): oom-pah-pah and friends. */
export const TRIPLE_COMPING: readonly (readonly Stroke[])[] = [
  [[1, 0.8, 0.85], [2, 0.8, 0.8]],
  [[0, 3, 0.85]],
  [[0, 1, 1], [1, 0.5, 0.8], [1.5, 0.5, 0.7], [2, 1, 0.85]],
];

/** Compound bars (6/8). */
export const COMPOUND_COMPING: readonly (readonly Stroke[])[] = [
  [[0, 1.5, 1], [1.5, 1.5, 0.85]],
  Array.from({ length: 6 }, (_, i) => [i * 0.5, 0.45, i % 3 === 0 ? 1 : 0.75] as const),
];
