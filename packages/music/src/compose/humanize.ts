import type { Rng } from '../rng.ts';
import type { NoteEvent } from '../score.ts';

/** How much to loosen a part. */
export interface HumanizeOptions {
  tempo: number;
  /** 0..1 swing of off-beat eighths (0.6 is a jazz swing). */
  swing: number;
  /** Max timing deviation in milliseconds. */
  timingMs: number;
  /** Max velocity deviation. */
  velocitySpread: number;
  totalBeats: number;
}

const isOffbeatEighth = (beat: number): boolean => Math.abs((beat % 1) - 0.5) < 1e-6;

/**
 * Applies swing, then seeded timing (a few ms) and velocity deviations; keeps notes inside the
 * song and returns them sorted by start (then pitch).
 */
export function humanize(notes: readonly NoteEvent[], rng: Rng, options: HumanizeOptions): NoteEvent[] {
  const beatsPerMs = options.tempo / 60000;
  const result = notes.map((note) => {
    const swung = options.swing > 0 && isOffbeatEighth(note.startBeat) ? note.startBeat + options.swing / 6 : note.startBeat;
    const shift = (rng.next() * 2 - 1) * options.timingMs * beatsPerMs;
    const startBeat = Math.min(options.totalBeats - 0.05, Math.max(0, swung + shift));
    const end = Math.min(options.totalBeats, note.startBeat + note.durationBeats);
    const durationBeats = Math.max(0.02, end - startBeat);
    const velocity = Math.max(1, Math.min(127, Math.round(note.velocity + (rng.next() * 2 - 1) * options.velocitySpread)));
    return { ...note, startBeat, durationBeats, velocity };
  });
  return result.sort((a, b) => a.startBeat - b.startBeat || a.pitch - b.pitch);
}
