import type { InstrumentRole, InstrumentSlot } from './brief.ts';
import type { GenreProfile } from './genre-profile.ts';
import type { InstrumentMention } from './find-instruments.ts';
import { gmProgramName } from './gm-program-names.ts';
import { INSTRUMENT_FAMILIES, POLYPHONIC_PROGRAMS } from './instrument-families.ts';

/** Replacements tried, in order, when a role's default program is excluded. */
const ROLE_FALLBACKS: Readonly<Record<InstrumentRole, readonly number[]>> = {
  lead: [73, 0, 65, 40, 80, 11, 56, 71, 22, 24, 108],
  chords: [0, 4, 25, 24, 48, 89, 16, 11, 46],
  pad: [89, 48, 52, 49, 88, 16],
  bass: [33, 32, 38, 42, 58, 0],
  arpeggio: [46, 0, 80, 12, 8, 24],
  'counter-melody': [40, 42, 71, 60, 73, 66],
};
const ROLE_ORDER: readonly InstrumentRole[] = ['lead', 'chords', 'pad', 'bass', 'arpeggio', 'counter-melody'];

function slot(role: InstrumentRole, program: number, requested: boolean): InstrumentSlot {
  return { role, program, name: gmProgramName(program), requested };
}

function resolveProgram(mention: InstrumentMention, genre: GenreProfile): number {
  const family = mention.entry.family;
  if (!family) return mention.entry.program;
  const members: readonly number[] = INSTRUMENT_FAMILIES[family];
  const fromGenre = Object.values(genre.instruments).find((program) => members.includes(program));
  return fromGenre ?? mention.entry.program;
}

function requestedSlots(mentions: readonly InstrumentMention[], genre: GenreProfile): InstrumentSlot[] {
  const slots: InstrumentSlot[] = [];
  const taken = (role: InstrumentRole): boolean => slots.some((s) => s.role === role);
  for (const mention of mentions) {
    if (mention.entry.ensemble) {
      for (const part of mention.entry.ensemble) if (!taken(part.role)) slots.push(slot(part.role, part.program, true));
      continue;
    }
    const program = resolveProgram(mention, genre);
    const role = mention.entry.roles.find((r) => !taken(r)) ?? (taken('counter-melody') ? mention.entry.roles[0] : 'counter-melody');
    if (role && !slots.some((s) => s.role === role && s.program === program)) slots.push(slot(role, program, true));
  }
  return slots;
}

/**
 * Chooses the instruments: requested ones first (each in its most natural free role), then the
 * genre's defaults for the roles left, replacing excluded programs. With `solo`, only the requested
 * instruments play; a polyphonic one (piano, guitar, harp...) also covers chords and bass.
 */
export function assignInstruments(
  genre: GenreProfile,
  mentions: readonly InstrumentMention[],
  excludedPrograms: readonly number[],
  solo: boolean,
): InstrumentSlot[] {
  const excluded = new Set(excludedPrograms);
  const slots = requestedSlots(mentions, genre).filter((s) => !excluded.has(s.program));
  const has = (role: InstrumentRole): boolean => slots.some((s) => s.role === role);
  if (solo && slots.length > 0) {
    const polyphonic = slots.find((s) => POLYPHONIC_PROGRAMS.has(s.program));
    for (const role of ['lead', 'chords', 'bass'] as const) {
      if (!has(role) && polyphonic) slots.push(slot(role, polyphonic.program, true));
    }
    return sortSlots(slots);
  }
  for (const role of ROLE_ORDER) {
    const preferred = genre.instruments[role];
    if (has(role) || preferred === undefined) continue;
    const used = new Set(slots.map((s) => s.program));
    const program = [preferred, ...ROLE_FALLBACKS[role]].find((p) => !excluded.has(p) && (p === preferred || !used.has(p)));
    if (program !== undefined) slots.push(slot(role, program, false));
  }
  if (!has('lead')) {
    const program = [...ROLE_FALLBACKS.lead, ...Array.from({ length: 128 }, (_, i) => i)].find((p) => !excluded.has(p));
    if (program !== undefined) slots.push(slot('lead', program, false));
  }
  return sortSlots(slots);
}

function sortSlots(slots: InstrumentSlot[]): InstrumentSlot[] {
  return slots.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}
