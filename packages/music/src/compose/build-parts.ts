import type { InstrumentSlot } from '../brief/brief.ts';
import type { Rng } from '../rng.ts';
import type { NoteEvent, Part, PartRole } from '../score.ts';
import type { ArrangementContext } from './arrangement-context.ts';
import { arpeggioNotes } from './parts/arpeggio-part.ts';
import { bassNotes } from './parts/bass-part.ts';
import { chordNotes } from './parts/chords-part.ts';
import { counterMelodyNotes } from './parts/counter-melody-part.ts';
import { melodyRange } from './parts/instrument-range.ts';
import { leadNotes } from './parts/lead-part.ts';
import { mixFor } from './parts/mix.ts';
import { padNotes } from './parts/pad-part.ts';

function notesFor(ctx: ArrangementContext, slot: InstrumentSlot, duplicate: number, rng: Rng): NoteEvent[] {
  switch (slot.role) {
    case 'lead':
      return leadNotes(ctx, slot.program, rng);
    case 'chords':
      return chordNotes(ctx, slot.program, duplicate > 0, rng);
    case 'pad':
      return padNotes(ctx, rng);
    case 'bass':
      return bassNotes(ctx, rng);
    case 'arpeggio':
      return arpeggioNotes(ctx, rng);
    case 'counter-melody': {
      const range = melodyRange(slot.program);
      return counterMelodyNotes(ctx, { low: range.low - 5, high: range.high - 7 });
    }
  }
}

/** One part per instrument slot, ids unique ("chords", "chords-2"), mixed by role. */
export function buildPitchedParts(ctx: ArrangementContext, rng: Rng): Part[] {
  const seen = new Map<string, number>();
  return ctx.brief.instrumentation.map((slot) => {
    const duplicate = seen.get(slot.role) ?? 0;
    seen.set(slot.role, duplicate + 1);
    const id = duplicate === 0 ? slot.role : `${slot.role}-${duplicate + 1}`;
    const role: PartRole = slot.role;
    const notes = notesFor(ctx, slot, duplicate, rng.fork(`part:${id}`));
    return { id, role, name: slot.name, program: slot.program, isDrums: false, ...mixFor(slot.role, ctx.brief.genre, duplicate), notes };
  });
}
