import type { GenreProfile } from '../genre-profile.ts';

/**
 * Gospel: Hammond organ and piano comping, a choir pad, a walking-to-syncopated bass, a soft
 * shuffle that lifts to a full band by the last chorus; major keys with sevenths and passing chords.
 */
export const gospel: GenreProfile = {
  id: 'gospel',
  label: 'Gospel',
  keywords: ['gospel', 'church', 'worship', 'praise', 'choir music', 'spiritual', 'hymn'],
  tempo: { min: 68, max: 120, typical: 88 },
  modes: { major: 4, minor: 0.6 },
  tonics: [3, 8, 1, 10, 5, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['Imaj7 iii7 vi7 IV', 'IV V iii vi', 'ii7 V7 Imaj7 IV', 'I I7 IV IV'],
    minor: ['i iv bVII bIII', 'i7 iv7 V7 i7'],
  },
  instruments: { lead: 19, chords: 0, pad: 52, bass: 33, 'counter-melody': 16 },
  palette: { lead: [19, 16, 65], chords: [0, 4], pad: [52, 53], bass: [33, 32], 'counter-melody': [16, 17] },
  drumKit: 0,
  groove: 'rnb',
  bass: 'syncopated',
  comping: 'block',
  swing: 0.3,
  blueNotes: true,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['chorus', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 210,
  energy: 0.55,
  space: 1.3,
  titles: ['Lift Me Up', 'Morning Glory', 'Higher Ground'],
};
