import type { GenreProfile } from '../genre-profile.ts';

export const country: GenreProfile = {
  id: 'country',
  label: 'Country',
  keywords: ['country', 'americana', 'honky tonk', 'honky-tonk', 'western', 'cowboy', 'nashville', 'country pop'],
  tempo: { min: 80, max: 140, typical: 108 },
  modes: { major: 4, minor: 0.5, mixolydian: 0.4 },
  tonics: [7, 2, 9, 4, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I IV I V', 'I V vi IV', 'I IV V IV', 'I I IV V'],
    minor: ['i bVII bVI bVII', 'i iv bVII bIII'],
  },
  instruments: { lead: 110, chords: 25, bass: 33, arpeggio: 105 },
  drumKit: 40,
  groove: 'train',
  bass: 'root-fifth',
  comping: 'strum',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['instrumental', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['bridge', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 180,
  energy: 0.55,
};
