import type { GenreProfile } from '../genre-profile.ts';

export const rnb: GenreProfile = {
  id: 'rnb',
  label: 'R&B / Soul',
  keywords: ['r&b', 'rnb', 'r and b', 'soul', 'neo soul', 'neo-soul', 'motown', 'slow jam', 'contemporary r&b', 'soulful'],
  tempo: { min: 60, max: 100, typical: 80 },
  modes: { major: 1.5, minor: 1.5 },
  tonics: [3, 8, 1, 10, 5, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['IVmaj7 iii7 ii7 Imaj7', 'Imaj7 vi7 ii7 V7', 'ii7 iii7 IVmaj7 V7', 'Imaj7 iii7 vi7 IVmaj7'],
    minor: ['i7 bVImaj7 iv7 V7', 'i9 iv9 i9 iv9', 'iv7 v7 i7 i7'],
  },
  instruments: { lead: 65, chords: 4, pad: 89, bass: 33 },
  drumKit: 0,
  groove: 'rnb',
  bass: 'syncopated',
  comping: 'sustain',
  swing: 0.15,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['post-chorus', 4]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 190,
  energy: 0.5,
};
