import type { GenreProfile } from '../genre-profile.ts';

export const house: GenreProfile = {
  id: 'house',
  label: 'House / EDM',
  keywords: ['house', 'edm', 'trance', 'deep house', 'progressive house', 'tech house', 'club', 'electronic dance', 'rave', 'dubstep', 'electro', 'big room', 'future bass', '~dance', '~electronic'],
  tempo: { min: 118, max: 132, typical: 124 },
  modes: { minor: 2.5, major: 1 },
  tonics: [9, 5, 0, 7, 2, 11],
  timeSignature: [4, 4],
  progressions: {
    major: ['I V vi IV', 'vi IV I V', 'IV V vi vi'],
    minor: ['i bVI bIII bVII', 'i i bVII bVI', 'i iv bVI bVII'],
  },
  instruments: { lead: 81, chords: 0, pad: 89, bass: 38, arpeggio: 80 },
  drumKit: 24,
  groove: 'four-on-floor',
  bass: 'offbeat',
  comping: 'stabs',
  swing: 0,
  blueNotes: false,
  form: [['intro', 8], ['verse', 8], ['pre-chorus', 8], ['chorus', 16], ['breakdown', 8], ['pre-chorus', 8], ['chorus', 16], ['outro', 8]],
  extension: [[['verse', 8]], [['chorus', 8]]],
  lengthSeconds: 210,
  energy: 0.75,
  arc: 'build-drop',
};
