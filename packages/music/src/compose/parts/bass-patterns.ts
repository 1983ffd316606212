import type { BassStyle } from '../../brief/genre-profile.ts';

/**
 * A bass tone relative to the chord: R root, 5 fifth, 8 octave, 3 third, 7 seventh (octave when
 * the chord has none), N next chord's root, A chromatic approach to the next root.
 */
export type BassTone = 'R' | '5' | '8' | '3' | '7' | 'N' | 'A';

/** One bass note in a bar: start beat, length, tone, level 0..1. */
export type BassHit = readonly [start: number, length: number, tone: BassTone, level: number];

/** Bass bars for four-beat bars, two or more variants per style. */
export const BASS_PATTERNS: Readonly<Record<BassStyle, readonly (readonly BassHit[])[]>> = {
  pop: [
    [[0, 1.5, 'R', 1], [1.5, 0.5, 'R', 0.7], [2, 1, '5', 0.85], [3, 0.5, '8', 0.7], [3.5, 0.5, 'R', 0.75]],
    [[0, 0.75, 'R', 1], [0.75, 0.75, 'R', 0.7], [1.5, 1, 'R', 0.8], [2.5, 0.5, '5', 0.75], [3, 1, 'R', 0.85]],
  ],
  'root-eighths': [
    Array.from({ length: 8 }, (_, i) => [i * 0.5, 0.45, 'R', i % 4 === 0 ? 1 : 0.78] as const),
    [[0, 0.45, 'R', 1], [0.5, 0.45, 'R', 0.75], [1, 0.45, 'R', 0.8], [1.5, 0.45, 'R', 0.75], [2, 0.45, 'R', 0.95], [2.5, 0.45, 'R', 0.75], [3, 0.45, '5', 0.8], [3.5, 0.45, '8', 0.75]],
  ],
  'root-fifth': [
    [[0, 1.5, 'R', 1], [2, 1.5, '5', 0.85]],
    [[0, 1, 'R', 1], [2, 1, '5', 0.85], [3, 1, 'A', 0.7]],
  ],
  walking: [
    [[0, 1, 'R', 1], [1, 1, '3', 0.8], [2, 1, '5', 0.85], [3, 1, 'A', 0.8]],
    [[0, 1, 'R', 1], [1, 1, '5', 0.8], [2, 1, '8', 0.85], [3, 1, 'A', 0.8]],
    [[0, 1, 'R', 1], [1, 1, '8', 0.8], [2, 1, '5', 0.85], [3, 1, '3', 0.8]],
  ],
  syncopated: [
    [[0, 0.75, 'R', 1], [0.75, 0.25, '8', 0.6], [1.5, 0.5, 'R', 0.8], [2.25, 0.25, 'R', 0.6], [2.5, 0.5, '7', 0.75], [3.5, 0.5, '5', 0.7]],
    [[0, 0.5, 'R', 1], [0.75, 0.5, 'R', 0.7], [1.5, 0.25, '8', 0.65], [2, 0.75, '5', 0.85], [3, 0.5, 'R', 0.75], [3.5, 0.5, 'A', 0.7]],
  ],
  sub: [
    [[0, 1.5, 'R', 1], [1.5, 1, 'R', 0.8], [2.5, 1.5, 'R', 0.85]],
    [[0, 2.5, 'R', 1], [2.5, 1.5, '8', 0.8]],
  ],
  offbeat: [
    [[0.5, 0.45, 'R', 1], [1.5, 0.45, 'R', 0.9], [2.5, 0.45, '8', 1], [3.5, 0.45, 'R', 0.9]],
    [[0.5, 0.4, 'R', 1], [1.5, 0.4, 'R', 0.9], [2.5, 0.4, 'R', 1], [3.25, 0.25, '8', 0.7], [3.5, 0.4, 'R', 0.9]],
  ],
  pulse: [
    Array.from({ length: 8 }, (_, i) => [i * 0.5, 0.45, 'R', i % 2 === 0 ? 1 : 0.8] as const),
    Array.from({ length: 8 }, (_, i) => [i * 0.5, 0.45, i % 2 === 0 ? 'R' : '8', 0.9] as const),
  ],
  reggae: [
    [[0, 1, 'R', 1], [1.5, 0.5, 'R', 0.8], [2, 0.5, '5', 0.8], [2.5, 1, '8', 0.85], [3.5, 0.5, '5', 0.75]],
    [[0, 1.5, 'R', 1], [2, 0.5, '3', 0.8], [2.5, 0.5, '5', 0.8], [3, 1, 'R', 0.85]],
  ],
  tumbao: [
    [[0, 0.5, 'R', 0.7], [1.5, 1.5, '5', 0.9], [3, 1, 'N', 1]],
    [[1.5, 1.5, 'R', 0.9], [3, 1, 'N', 1]],
  ],
  sustained: [
    [[0, 4, 'R', 0.9]],
    [[0, 2, 'R', 0.9], [2, 2, '5', 0.8]],
  ],
};

/** Bass bars for three-beat bars (3/4 and 6/8). */
export const TRIPLE_BASS_PATTERNS: readonly (readonly BassHit[])[] = [
  [[0, 1, 'R', 1]],
  [[0, 1, 'R', 1], [2, 1, '5', 0.75]],
];

/** Bass bars for compound time (6/8: two dotted-quarter pulses). */
export const COMPOUND_BASS_PATTERNS: readonly (readonly BassHit[])[] = [
  [[0, 1.5, 'R', 1], [1.5, 1.5, '5', 0.85]],
  [[0, 1, 'R', 1], [1, 0.5, 'R', 0.7], [1.5, 1.5, '5', 0.85]],
];
