import type { NoteEvent, Part } from '../score.ts';
import type { SingerGender } from './voice-ranges.ts';

/** GM "Voice Oohs": the lead vocal's stand-in in MIDI exports (the renderer sings vocal parts instead). */
export const LEAD_VOCAL_PROGRAM = 53;
/** GM "Choir Aahs": the backing vocals' stand-in in MIDI exports. */
export const BACKING_VOCAL_PROGRAM = 52;

const byStart = (notes: readonly NoteEvent[]): NoteEvent[] => [...notes].sort((a, b) => a.startBeat - b.startBeat || b.pitch - a.pitch);

/** The lead vocal part (id `vocal`), its notes carrying their syllables. */
export function leadVocalPart(notes: readonly NoteEvent[], gender: SingerGender): Part {
  return {
    id: 'vocal',
    role: 'vocal',
    name: gender === 'm' ? 'Lead Vocal (male)' : 'Lead Vocal (female)',
    program: LEAD_VOCAL_PROGRAM,
    isDrums: false,
    volume: 104,
    pan: 64,
    reverb: 48,
    chorus: 6,
    notes: byStart(notes),
  };
}

/** The backing vocal part (id `backing`): echoes, backing lines and chorus harmony. */
export function backingVocalPart(notes: readonly NoteEvent[], gender: SingerGender): Part {
  return {
    id: 'backing',
    role: 'backing-vocal',
    name: gender === 'm' ? 'Backing Vocals (male)' : 'Backing Vocals (female)',
    program: BACKING_VOCAL_PROGRAM,
    isDrums: false,
    volume: 80,
    pan: 64,
    reverb: 70,
    chorus: 30,
    notes: byStart(notes),
  };
}
