import type { GenreProfile } from '../genre-profile.ts';

export const loFi: GenreProfile = {
  id: 'lo-fi',
  label: 'Lo-fi hip hop',
  keywords: ['lo-fi', 'lofi', 'lo fi', 'chillhop', 'jazzhop', 'study beats', 'chill beats', 'beats to study', 'lofi hip hop', 'lo-fi hip hop'],
  tempo: { min: 65, max: 92, typical: 78 },
  modes: { major: 1.5, minor: 1.5, dorian: 0.5 },
  tonics: [0, 2, 5, 7, 9, 3],
  timeSignature: [4, 4],
  progressions: {
    major: ['ii7 V7 Imaj7 vi7', 'Imaj7 vi7 ii7 V7', 'IVmaj7 iii7 ii7 Imaj7', 'Imaj7 IVmaj7 iii7 vi7'],
    minor: ['i7 iv7 bVImaj7 bVII7', 'i7 bVImaj7 bIIImaj7 bVII7', 'iv7 bVII7 bIIImaj7 bVImaj7'],
  },
  instruments: { lead: 11, chords: 4, bass: 33, pad: 89 },
  drumKit: 8,
  groove: 'lo-fi',
  bass: 'sub',
  comping: 'sustain',
  swing: 0.35,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 140,
  energy: 0.35,
  space: 1.2,
};
