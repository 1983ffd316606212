import type { NoteEvent } from '../../score.ts';
import { velocity, type ArrangementContext } from '../arrangement-context.ts';
import { pc } from '../theory/scale.ts';
import type { PitchRange } from '../theory/voicing.ts';

function guideTone(pitchClasses: readonly number[], root: number, previous: number, range: PitchRange): number {
  // Thirds and sevenths define a chord; take the one of them nearest the previous note.
  const guides = pitchClasses.filter((tone) => [3, 4, 10, 11].includes(pc(tone - root)));
  const tones = guides.length > 0 ? guides : pitchClasses;
  let best = previous;
  let bestDistance = Infinity;
  for (let pitch = range.low; pitch <= range.high; pitch++) {
    if (!tones.includes(pc(pitch))) continue;
    const distance = Math.abs(pitch - previous);
    if (distance < bestDistance) {
      best = pitch;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A counter-line of guide tones (each chord's third or seventh, nearest the last note) held under
 * the melody (the section plans decide where it plays).
 */
export function counterMelodyNotes(ctx: ArrangementContext, range: PitchRange): NoteEvent[] {
  const notes: NoteEvent[] = [];
  let previous = Math.round((range.low + range.high) / 2);
  for (const section of ctx.sections) {
    const end = section.startBeat + section.bars * ctx.beatsPerBar;
    for (const chord of ctx.chords) {
      if (chord.startBeat < section.startBeat - 1e-6 || chord.startBeat >= end - 1e-6) continue;
      const pitch = guideTone(chord.pitchClasses, chord.root, previous, range);
      const halves = chord.durationBeats >= 4 ? 2 : 1;
      for (let h = 0; h < halves; h++) {
        const length = chord.durationBeats / halves;
        notes.push({ pitch, startBeat: chord.startBeat + h * length, durationBeats: length - 0.05, velocity: velocity(48 + 36 * section.energy - h * 6) });
      }
      previous = pitch;
    }
  }
  return notes;
}
