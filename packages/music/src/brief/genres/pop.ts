import type { GenreProfile } from '../genre-profile.ts';

export const pop: GenreProfile = {
  id: 'pop',
  label: 'Pop',
  keywords: ['pop', 'dance pop', 'indie pop', 'power pop', 'electropop', 'teen pop', 'ballad', 'pop ballad', 'radio', '~catchy'],
  tempo: { min: 90, max: 128, typical: 112 },
  modes: { major: 3, minor: 1.2 },
  tonics: [0, 7, 2, 5, 9, 4, 10],
  timeSignature: [4, 4],
  progressions: {
    major: ['I V vi IV', 'vi IV I V', 'I vi IV V', 'IV I V vi', 'I IV vi V', 'I iii IV V'],
    minor: ['i bVI bIII bVII', 'i bVII bVI bVII', 'i iv bVI bVII', 'bVI bVII i i'],
  },
  bridge: { major: ['IV V iii vi', 'vi IV V V', 'ii IV vi V'], minor: ['bVI bVII bIII V', 'iv bVI bVII V'] },
  instruments: { lead: 80, chords: 0, pad: 89, bass: 33 },
  drumKit: 0,
  groove: 'pop',
  bass: 'pop',
  comping: 'eighths',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['post-chorus', 4]], [['verse', 8], ['chorus', 8]], [['chorus', 8]]],
  lengthSeconds: 190,
  energy: 0.6,
};
