import type { InstrumentRole } from '../../brief/brief.ts';
import type { GenreId } from '../../brief/genre-profile.ts';

/** Channel settings of a part (CC7, CC10, CC91, CC93). */
export interface MixSettings {
  volume: number;
  pan: number;
  reverb: number;
  chorus: number;
}

const ROLE_MIX: Readonly<Record<InstrumentRole, MixSettings>> = {
  lead: { volume: 100, pan: 64, reverb: 45, chorus: 10 },
  chords: { volume: 84, pan: 46, reverb: 40, chorus: 15 },
  pad: { volume: 68, pan: 78, reverb: 75, chorus: 40 },
  bass: { volume: 98, pan: 64, reverb: 12, chorus: 0 },
  arpeggio: { volume: 70, pan: 90, reverb: 55, chorus: 20 },
  'counter-melody': { volume: 76, pan: 38, reverb: 55, chorus: 10 },
};

const REVERB_FACTOR: Partial<Record<GenreId, number>> = { ambient: 1.6, cinematic: 1.4, classical: 1.4, 'lo-fi': 1.2, metal: 0.7, 'hip-hop': 0.7, funk: 0.7 };

/** Mix settings of the n-th part of a role (doublings are panned to the other side). */
export function mixFor(role: InstrumentRole, genre: GenreId, duplicate: number): MixSettings {
  const base = ROLE_MIX[role];
  const pan = duplicate % 2 === 1 ? 128 - base.pan : base.pan;
  return {
    volume: Math.max(40, base.volume - duplicate * 8),
    pan: Math.max(0, Math.min(127, pan)),
    reverb: Math.min(127, Math.round(base.reverb * (REVERB_FACTOR[genre] ?? 1))),
    chorus: base.chorus,
  };
}
