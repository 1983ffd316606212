import type { GenreProfile } from '../genre-profile.ts';

export const blues: GenreProfile = {
  id: 'blues',
  label: 'Blues',
  keywords: ['blues', 'bluesy', 'delta blues', 'chicago blues', '12-bar', '12 bar', 'twelve bar', 'blues rock', '~shuffle'],
  tempo: { min: 60, max: 130, typical: 92 },
  modes: { major: 2.5, minor: 1 },
  tonics: [4, 9, 7, 2, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I7 I7 I7 I7 IV7 IV7 I7 I7 V7 IV7 I7 V7', 'I7 IV7 I7 I7 IV7 IV7 I7 I7 V7 IV7 I7 V7'],
    minor: ['i7 i7 i7 i7 iv7 iv7 i7 i7 bVI7 V7 i7 V7', 'i7 iv7 i7 i7 iv7 iv7 i7 i7 bVI7 V7 i7 V7'],
  },
  instruments: { lead: 29, chords: 27, pad: 16, bass: 33 },
  drumKit: 0,
  groove: 'shuffle',
  bass: 'walking',
  comping: 'eighths',
  swing: 0.6,
  blueNotes: true,
  form: [['intro', 4], ['verse', 12], ['chorus', 12], ['solo', 12], ['verse', 12], ['chorus', 12], ['outro', 4]],
  extension: [[['solo', 12]], [['verse', 12]]],
  lengthSeconds: 190,
  energy: 0.55,
};
