import type { GenreProfile } from '../genre-profile.ts';

export const reggae: GenreProfile = {
  id: 'reggae',
  label: 'Reggae',
  keywords: ['reggae', 'dub', 'ska', 'dancehall', 'rocksteady', 'roots reggae', 'caribbean', 'island vibes'],
  tempo: { min: 62, max: 92, typical: 76 },
  modes: { major: 2, minor: 1.5 },
  tonics: [7, 9, 2, 0, 5],
  timeSignature: [4, 4],
  progressions: {
    major: ['I I IV IV', 'I V vi IV', 'I IV V IV'],
    minor: ['i iv i iv', 'i bVII i bVII', 'i iv bVII bIII'],
  },
  instruments: { lead: 56, chords: 27, pad: 16, bass: 33 },
  drumKit: 0,
  groove: 'one-drop',
  bass: 'reggae',
  comping: 'skank',
  swing: 0.2,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['instrumental', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['breakdown', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 190,
  energy: 0.5,
};
