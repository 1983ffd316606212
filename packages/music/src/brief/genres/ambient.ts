import type { GenreProfile } from '../genre-profile.ts';

export const ambient: GenreProfile = {
  id: 'ambient',
  label: 'Ambient',
  keywords: ['ambient', 'drone', 'atmospheric', 'meditation', 'new age', 'soundscape', 'spa', 'sleep music', 'space ambient'],
  tempo: { min: 55, max: 82, typical: 66 },
  modes: { major: 1.5, lydian: 1, minor: 1 },
  tonics: [0, 2, 5, 7, 9],
  timeSignature: [4, 4],
  progressions: {
    major: ['Imaj7 Imaj7 IVmaj7 IVmaj7', 'Iadd9 Iadd9 vi7 vi7', 'IVmaj7 IVmaj7 Iadd9 Iadd9'],
    minor: ['i7 i7 bVImaj7 bVImaj7', 'i7 i7 iv7 iv7', 'bVImaj7 bVImaj7 i7 i7'],
  },
  instruments: { lead: 11, chords: 88, pad: 89, bass: 38, arpeggio: 46 },
  drumKit: null,
  groove: 'orchestral',
  bass: 'sustained',
  comping: 'sustain',
  swing: 0,
  blueNotes: false,
  form: [['intro', 8], ['verse', 8], ['chorus', 8], ['breakdown', 8], ['verse', 8], ['chorus', 8], ['outro', 8]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 200,
  energy: 0.2,
  space: 1.6,
  width: 0.4,
};
