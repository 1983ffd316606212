import type { GenreProfile } from '../genre-profile.ts';

export const jazz: GenreProfile = {
  id: 'jazz',
  label: 'Jazz',
  keywords: ['jazz', 'jazzy', 'bebop', 'smooth jazz', 'big band', 'cool jazz', 'lounge', 'jazz club', 'swing jazz', '~swing', 'standards'],
  tempo: { min: 90, max: 190, typical: 128 },
  modes: { major: 2, minor: 1 },
  tonics: [5, 10, 3, 0, 7, 8],
  timeSignature: [4, 4],
  progressions: {
    major: ['ii7 V7 Imaj7 Imaj7', 'Imaj7 vi7 ii7 V7', 'iii7 VI7 ii7 V7', 'Imaj7 VI7 ii7 V7', 'Imaj7 IVmaj7 iii7 VI7'],
    minor: ['iiø7 V7 i7 i7', 'i7 iv7 iiø7 V7', 'i7 bVImaj7 iiø7 V7'],
  },
  instruments: { lead: 66, chords: 0, bass: 32 },
  drumKit: 32,
  groove: 'jazz-swing',
  bass: 'walking',
  comping: 'charleston',
  swing: 0.6,
  blueNotes: true,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['solo', 16], ['verse', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['solo', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 180,
  energy: 0.5,
};
