/** A rhythm cell: note durations in beats, a negative value is a rest. */
export interface RhythmCell {
  durations: readonly number[];
  /** Weight at density 0 and how much density (0..1) adds to it. */
  weight: number;
  busy: number;
  /** Uses sixteenths (avoided at fast tempi). */
  sixteenths?: boolean;
}

/** Cells for simple meters (quarter-note pulse). */
export const SIMPLE_CELLS: readonly RhythmCell[] = [
  { durations: [1], weight: 3, busy: -1 },
  { durations: [0.5, 0.5], weight: 2.5, busy: 3 },
  { durations: [0.75, 0.25], weight: 0.8, busy: 1, sixteenths: true },
  { durations: [-0.5, 0.5], weight: 1, busy: 0 },
  { durations: [0.5, 0.25, 0.25], weight: 0, busy: 1.5, sixteenths: true },
  { durations: [1.5, 0.5], weight: 2, busy: 0 },
  { durations: [2], weight: 1.4, busy: -1.2 },
  { durations: [0.5, 1, 0.5], weight: 1.2, busy: 1 },
  { durations: [1, 0.5, 0.5], weight: 1.5, busy: 1 },
];

/** Cells for compound meters (dotted-quarter pulse, 6/8 and 12/8). */
export const COMPOUND_CELLS: readonly RhythmCell[] = [
  { durations: [1.5], weight: 2, busy: -1 },
  { durations: [1, 0.5], weight: 3, busy: 0.5 },
  { durations: [0.5, 0.5, 0.5], weight: 1.5, busy: 2.5 },
  { durations: [0.5, 1], weight: 1.2, busy: 0.5 },
  { durations: [-0.5, 0.5, 0.5], weight: 0.7, busy: 0.5 },
  { durations: [3], weight: 0.8, busy: -0.8 },
];
