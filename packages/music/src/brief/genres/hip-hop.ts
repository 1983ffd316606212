import type { GenreProfile } from '../genre-profile.ts';

export const hipHop: GenreProfile = {
  id: 'hip-hop',
  label: 'Hip hop',
  keywords: ['hip hop', 'hip-hop', 'hiphop', 'rap', 'boom bap', 'rapper', '~808', '~808s', '~beat'],
  tempo: { min: 75, max: 100, typical: 88 },
  modes: { minor: 3, major: 0.6, 'harmonic-minor': 0.3 },
  tonics: [1, 3, 6, 8, 10, 0, 5],
  timeSignature: [4, 4],
  progressions: {
    major: ['vi7 IVmaj7 I V', 'Imaj7 vi7 ii7 V7', 'IVmaj7 iii7 vi7 vi7'],
    minor: ['i bVI bIII bVII', 'i7 iv7 i7 iv7', 'i bVI iv V', 'i i bVI bVII'],
  },
  instruments: { lead: 73, chords: 4, pad: 89, bass: 38 },
  drumKit: 25,
  groove: 'boom-bap',
  bass: 'sub',
  comping: 'sustain',
  swing: 0.25,
  blueNotes: false,
  form: [['intro', 4], ['verse', 16], ['chorus', 8], ['verse', 16], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['verse', 16], ['chorus', 8]], [['chorus', 8]], [['instrumental', 4]]],
  lengthSeconds: 180,
  energy: 0.6,
  space: 0.7,
  sectionEnergy: { verse: 0.34, chorus: 0.94 },
};
