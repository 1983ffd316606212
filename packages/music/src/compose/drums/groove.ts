import type { DrumLane } from './drum-keys.ts';

/**
 * One bar of a groove on a step grid. Each lane is a string with one character per step:
 * "X" accent, "x" normal, "o" soft, "g" ghost, "." silence.
 */
export interface GrooveBar {
  /** Beats per step (0.25 = sixteenths). */
  step: number;
  lanes: Partial<Record<DrumLane, string>>;
}

/** A genre's groove: variants per meter, lanes kept in quiet sections, lanes added in loud ones. */
export interface Groove {
  /** Four-beat bars (4/4; 2/4 uses the first half). */
  common: readonly GrooveBar[];
  /** Lanes that still play at low energy. */
  quiet: readonly DrumLane[];
  /** Extra lanes for high-energy sections (over a common-time bar). */
  lift?: Partial<Record<DrumLane, string>>;
}

/** Loudness of a step character (0 = silent). */
export function stepLevel(char: string): number {
  switch (char) {
    case 'X':
      return 1;
    case 'x':
      return 0.82;
    case 'o':
      return 0.55;
    case 'g':
      return 0.32;
    default:
      return 0;
  }
}
