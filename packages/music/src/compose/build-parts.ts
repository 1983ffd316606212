import type { InstrumentSlot } from '../brief/brief.ts';
import type { Rng } from '../rng.ts';
import type { NoteEvent, Part, PartRole } from '../score.ts';
import type { Layer } from './arrange/section-plan.ts';
import { sectionIndexAt, type ArrangementContext } from './arrangement-context.ts';
import { arpeggioNotes } from './parts/arpeggio-part.ts';
import { bassNotes } from './parts/bass-part.ts';
import { chordNotes } from './parts/chords-part.ts';
import { counterMelodyNotes } from './parts/counter-melody-part.ts';
import { isGuitarLike } from './parts/guitar.ts';
import { melodyRange } from './parts/instrument-range.ts';
import { leadNotes } from './parts/lead-part.ts';
import { mixFor, doubleTrackMix } from './parts/mix.ts';
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

/** Keeps the notes that start in sections whose plan has `layer`. */
function inLayer(ctx: ArrangementContext, notes: readonly NoteEvent[], layer: Layer): NoteEvent[] {
  return notes.filter((note) => ctx.plans[sectionIndexAt(ctx, note.startBeat)]?.layers.has(layer) ?? true);
}

/** The second take's instrument: a sibling guitar sound, so the two sides differ in tone as well as timing. */
const DOUBLE_PROGRAM: Readonly<Record<number, number>> = { 29: 30, 30: 29, 27: 28, 28: 27, 25: 24, 24: 25, 26: 27 };

/**
 * One part per instrument slot, ids unique ("chords", "chords-2"), mixed by role, each playing only
 * in the sections whose plan includes it. In double-tracked genres the rhythm guitar gets a second
 * take ("chords-double", its own humanisation and a sibling sound) panned to the other side.
 */
export function buildPitchedParts(ctx: ArrangementContext, rng: Rng): Part[] {
  const seen = new Map<string, number>();
  const parts: Part[] = [];
  for (const slot of ctx.brief.instrumentation) {
    const duplicate = seen.get(slot.role) ?? 0;
    seen.set(slot.role, duplicate + 1);
    const id = duplicate === 0 ? slot.role : `${slot.role}-${duplicate + 1}`;
    const role: PartRole = slot.role;
    const raw = notesFor(ctx, slot, duplicate, rng.fork(`part:${id}`));
    const notes = inLayer(ctx, raw, slot.role);
    const doubled = ctx.profile.doubleTracked === true && slot.role === 'chords' && duplicate === 0 && isGuitarLike(slot.program);
    const mix = mixFor(slot.role, ctx.profile, duplicate);
    if (!doubled) {
      parts.push({ id, role, name: slot.name, program: slot.program, isDrums: false, ...mix, notes });
      continue;
    }
    const [left, right] = doubleTrackMix(mix);
    parts.push({ id, role, name: slot.name, program: slot.program, isDrums: false, ...left, notes });
    const second = inLayer(ctx, raw, 'double');
    parts.push({ id: `${id}-double`, role, name: `${slot.name} (double)`, program: DOUBLE_PROGRAM[slot.program] ?? slot.program, isDrums: false, ...right, notes: second });
  }
  return parts;
}
