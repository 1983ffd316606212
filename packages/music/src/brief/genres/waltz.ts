import type { GenreProfile } from '../genre-profile.ts';

export const waltz: GenreProfile = {
  id: 'waltz',
  label: 'Waltz',
  keywords: ['waltz', 'valse', 'viennese', 'ballroom'],
  tempo: { min: 84, max: 180, typical: 138 },
  modes: { major: 2, minor: 1 },
  tonics: [0, 7, 2, 5, 9],
  timeSignature: [3, 4],
  progressions: {
    major: ['I I V7 V7 V7 V7 I I', 'I IV V7 I', 'I vi ii V7'],
    minor: ['i i V7 V7 V7 V7 i i', 'i iv V7 i'],
  },
  instruments: { lead: 40, chords: 0, bass: 32 },
  drumKit: null,
  groove: 'waltz',
  bass: 'root-fifth',
  comping: 'boom-chick',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 16], ['chorus', 16], ['verse', 16], ['chorus', 16], ['outro', 4]],
  extension: [[['bridge', 16]], [['verse', 16], ['chorus', 16]]],
  lengthSeconds: 150,
  energy: 0.45,
};
