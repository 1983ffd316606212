import type { InstrumentRole } from '../../brief/brief.ts';
import type { GenreProfile } from '../../brief/genre-profile.ts';

/** Channel settings of a part (CC7, CC10, CC91, CC93). */
export interface MixSettings {
  volume: number;
  pan: number;
  reverb: number;
  chorus: number;
}

/**
 * Width by role: kick, bass and lead in the centre; chords and counter-line on opposite sides;
 * pad and arpeggio wide on the chorus send.
 */
const ROLE_MIX: Readonly<Record<InstrumentRole, MixSettings>> = {
  lead: { volume: 100, pan: 64, reverb: 45, chorus: 10 },
  chords: { volume: 92, pan: 12, reverb: 40, chorus: 15 },
  pad: { volume: 76, pan: 104, reverb: 75, chorus: 70 },
  bass: { volume: 98, pan: 64, reverb: 12, chorus: 0 },
  arpeggio: { volume: 72, pan: 112, reverb: 60, chorus: 30 },
  'counter-melody': { volume: 78, pan: 12, reverb: 55, chorus: 10 },
};

/** Mix settings of the n-th part of a role (doublings are panned to the other side), in the genre's space. */
export function mixFor(role: InstrumentRole, profile: Pick<GenreProfile, 'space' | 'width'>, duplicate: number): MixSettings {
  const base = ROLE_MIX[role];
  const pan = 64 + ((duplicate % 2 === 1 ? 128 - base.pan : base.pan) - 64) * (profile.width ?? 1);
  return {
    volume: Math.max(40, base.volume - duplicate * 8),
    pan: Math.max(0, Math.min(127, Math.round(pan))),
    reverb: Math.min(127, Math.round(base.reverb * (profile.space ?? 1))),
    chorus: base.chorus,
  };
}

/** The two takes of a double-tracked guitar, hard left and hard right: the wall the genre is built on. */
export function doubleTrackMix(mix: MixSettings): [MixSettings, MixSettings] {
  const volume = 92;
  return [
    { ...mix, volume, pan: 2, chorus: 0 },
    { ...mix, volume, pan: 126, chorus: 0 },
  ];
}
