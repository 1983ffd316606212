import type { GenreProfile } from '../genre-profile.ts';

export const funk: GenreProfile = {
  id: 'funk',
  label: 'Funk',
  keywords: ['funk', 'funky', 'p-funk', 'slap bass', '~groovy'],
  tempo: { min: 92, max: 122, typical: 106 },
  modes: { dorian: 2, mixolydian: 1.5, minor: 0.5 },
  tonics: [4, 9, 2, 7, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I7 I7 IV7 I7', 'I9 bVII I9 bVII', 'I7 IV7 I7 V7'],
    minor: ['i7 IV7 i7 IV7', 'i7 i7 iv7 bVII7', 'i9 i9 IV9 IV9'],
  },
  bridge: { major: ['IV7 IV7 V7 V7'], minor: ['bVImaj7 bVII7 i7 i7', 'iv7 bVII7 bIIImaj7 V7'] },
  instruments: { lead: 61, chords: 7, bass: 36, 'counter-melody': 28 },
  drumKit: 0,
  groove: 'funk',
  bass: 'syncopated',
  comping: 'funk',
  swing: 0.1,
  blueNotes: true,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['breakdown', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['solo', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 190,
  energy: 0.7,
  space: 0.7,
};
