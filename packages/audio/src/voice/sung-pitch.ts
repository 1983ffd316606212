import type { VocalStyle } from './vocal-style.ts';

/** A note as the singer approaches it. */
export interface PitchedNote {
  startS: number;
  endS: number;
  hz: number;
  /** The previous note's pitch when this one follows it without a gap (legato glide). */
  legatoFromHz?: number;
}

/** Shortest note that gets vibrato. */
export const VIBRATO_MIN_NOTE_S = 0.35;
const GLIDE_S = 0.07;
const LEAP_SEMITONES = 3;
const DRIFT_HZ = [0.11, 0.23, 0.41] as const;

interface NoteShape {
  note: PitchedNote;
  vibratoRate: number;
  vibratoCents: number;
  vibratoDelay: number;
  scoopCents: number;
}

/**
 * The sung pitch over time for a vocal line: each note's pitch, reached by a scoop from below
 * after a rest or an upward leap, or by a glide from the previous note when it follows
 * legato; vibrato on held notes (5–6.5 Hz, 70–120 cents peak to peak by default, deeper and later
 * on longer notes) that fades in after the onset; and a slow intonation drift around the written
 * pitch. `random` gives values in [0, 1) (seeded by the caller). Returns Hz at a time in seconds.
 */
export function sungPitchCurve(notes: readonly PitchedNote[], style: VocalStyle, random: () => number): (tS: number) => number {
  const sorted = [...notes].sort((a, b) => a.startS - b.startS);
  const shapes: NoteShape[] = sorted.map((note, i) => {
    const dur = note.endS - note.startS;
    const prev = sorted[i - 1];
    const leap = prev !== undefined && 12 * Math.log2(note.hz / prev.hz) >= LEAP_SEMITONES;
    const afterRest = prev === undefined || note.startS - prev.endS > 0.05;
    return {
      note,
      vibratoRate: Math.min(6.5, Math.max(5, style.vibratoRateHz + (random() - 0.5) * 0.6)),
      vibratoCents: dur < VIBRATO_MIN_NOTE_S ? 0 : style.vibratoScale * (70 + 50 * Math.min(1, (dur - 0.4) / 1.2)) * (0.9 + 0.2 * random()),
      vibratoDelay: Math.min(0.1 + 0.2 * Math.min(1, dur / 2), 0.4 * dur),
      scoopCents: note.legatoFromHz === undefined && (afterRest || leap) ? style.scoopCents * (0.7 + 0.6 * random()) : 0,
    };
  });
  const drift = DRIFT_HZ.map((hz) => ({ hz, phase: 2 * Math.PI * random() }));
  const driftAmp = (style.driftCents * Math.SQRT2) / Math.sqrt(DRIFT_HZ.length);
  const starts = shapes.map((s) => s.note.startS);
  return (t) => {
    const shape = shapes[Math.max(0, upperBound(starts, t) - 1)];
    if (shape === undefined) return 0;
    const { note } = shape;
    const since = t - note.startS;
    let cents = 0;
    if (note.legatoFromHz !== undefined) {
      const from = 1200 * Math.log2(note.legatoFromHz / note.hz);
      cents += since <= 0 ? from : since < GLIDE_S ? from * (1 - smooth(since / GLIDE_S)) : 0;
    } else if (shape.scoopCents > 0) {
      const scoopS = style.scoopS;
      cents -= since <= 0 ? shape.scoopCents : since < scoopS ? shape.scoopCents * (1 - smooth(since / scoopS)) : 0;
    }
    if (shape.vibratoCents > 0 && since > shape.vibratoDelay) {
      const grow = Math.min(1, (since - shape.vibratoDelay) / 0.15);
      cents += (shape.vibratoCents / 2) * grow * Math.sin(2 * Math.PI * shape.vibratoRate * (since - shape.vibratoDelay));
    }
    for (const d of drift) cents += driftAmp * Math.sin(2 * Math.PI * d.hz * t + d.phase);
    return note.hz * 2 ** (cents / 1200);
  };
}

/** Index of the first start greater than `t`. */
function upperBound(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function smooth(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}
