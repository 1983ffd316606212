/** Drum voices used by grooves and fills. */
export type DrumLane =
  | 'kick'
  | 'snare'
  | 'rim'
  | 'clap'
  | 'hat'
  | 'pedal'
  | 'open'
  | 'ride'
  | 'crash'
  | 'china'
  | 'tamb'
  | 'shaker'
  | 'cowbell'
  | 'congaHi'
  | 'congaLo'
  | 'clave'
  | 'tomHi'
  | 'tomMid'
  | 'tomLo';

/** General MIDI percussion key of each lane (channel 10). */
export const DRUM_KEYS: Readonly<Record<DrumLane, number>> = {
  kick: 36,
  snare: 38,
  rim: 37,
  clap: 39,
  hat: 42,
  pedal: 44,
  open: 46,
  ride: 51,
  crash: 49,
  china: 52,
  tamb: 54,
  shaker: 70,
  cowbell: 56,
  congaHi: 63,
  congaLo: 64,
  clave: 75,
  tomHi: 50,
  tomMid: 47,
  tomLo: 43,
};
