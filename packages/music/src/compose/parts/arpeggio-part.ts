import type { Rng } from '../../rng.ts';
import type { NoteEvent } from '../../score.ts';
import { barStarts, velocity, type ArrangementContext } from '../arrangement-context.ts';
import { chordAt } from '../harmony/chord-at.ts';
import { voiceChords } from './voice-chords.ts';

const ORDERS: readonly (readonly number[])[] = [
  [0, 1, 2, 3],
  [0, 1, 2, 3, 2, 1],
  [0, 2, 1, 2],
  [3, 2, 1, 0],
  [0, 1, 2, 1, 3, 1, 2, 1],
];

function stepFor(ctx: ArrangementContext, energy: number): number {
  if (ctx.profile.id === 'ambient') return 1;
  if ((ctx.profile.id === 'synthwave' || ctx.profile.id === 'house') && energy >= 0.6 && ctx.brief.tempo <= 130) return 0.25;
  return 0.5;
}

/** A broken-chord line through each chord's voicing (an order chosen per song), where the section plans want one. */
export function arpeggioNotes(ctx: ArrangementContext, rng: Rng): NoteEvent[] {
  const order = rng.pick(ORDERS);
  const voicings = voiceChords(ctx.chords, { low: 60, high: 84 }, 4, rng.fork('voicing'));
  const ringing = ctx.brief.instrumentation.some((slot) => slot.role === 'arpeggio' && (slot.program === 46 || slot.program < 16));
  const notes: NoteEvent[] = [];
  for (const section of ctx.sections) {
    const step = stepFor(ctx, section.energy);
    for (const start of barStarts(section, ctx.beatsPerBar)) {
      for (let t = 0, i = 0; t < ctx.beatsPerBar - 1e-9; t += step, i++) {
        const chord = chordAt(ctx.chords, start + t);
        const voicing = chord ? voicings.get(chord) : undefined;
        const pitch = voicing?.[(order[i % order.length] ?? 0) % voicing.length];
        if (!chord || pitch === undefined) continue;
        const end = Math.min(start + t + step * (ringing ? 2 : 0.9), chord.startBeat + chord.durationBeats);
        const accent = Math.abs(t % 1) < 1e-6 ? 1 : 0.8;
        notes.push({ pitch, startBeat: start + t, durationBeats: Math.max(0.05, end - start - t), velocity: velocity((48 + 36 * section.energy) * accent) });
      }
    }
  }
  return notes;
}
