import type { Brief } from '../brief/brief.ts';

/** Quarter-note beats in one bar of the brief's time signature (6/8 -> 3). */
export function beatsPerBar(brief: Pick<Brief, 'timeSignature'>): number {
  return (brief.timeSignature.numerator * 4) / brief.timeSignature.denominator;
}

/** Seconds in one bar at the brief's tempo. */
export function barSeconds(brief: Pick<Brief, 'timeSignature' | 'tempo'>): number {
  return (beatsPerBar(brief) * 60) / brief.tempo;
}

/** Shortest release tail kept after the last bar, in seconds. */
export const MIN_TAIL_SECONDS = 1.5;

/**
 * How many bars of music fit the brief's target length, leaving at least {@link MIN_TAIL_SECONDS}
 * of tail (at least one bar).
 */
export function targetBars(brief: Pick<Brief, 'timeSignature' | 'tempo' | 'targetSeconds'>): number {
  return Math.max(1, Math.floor((brief.targetSeconds - MIN_TAIL_SECONDS) / barSeconds(brief) + 1e-9));
}

/** True for compound meters (6/8, 9/8, 12/8), whose pulse is a dotted quarter. */
export function isCompoundMeter(brief: Pick<Brief, 'timeSignature'>): boolean {
  const { numerator, denominator } = brief.timeSignature;
  return denominator === 8 && numerator % 3 === 0 && numerator > 3;
}
