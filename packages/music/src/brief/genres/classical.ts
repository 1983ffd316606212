import type { GenreProfile } from '../genre-profile.ts';

export const classical: GenreProfile = {
  id: 'classical',
  label: 'Classical / Orchestral',
  keywords: ['classical', 'orchestral', 'orchestra', 'baroque', 'sonata', 'symphony', 'symphonic', 'string quartet', 'chamber music', 'concerto', 'nocturne', 'etude', 'prelude', 'romantic era', 'minuet'],
  tempo: { min: 60, max: 132, typical: 92 },
  modes: { major: 2, minor: 1.5 },
  tonics: [0, 7, 2, 9, 5, 10, 3],
  timeSignature: [4, 4],
  progressions: {
    major: ['I IV V7 I', 'I vi ii V7', 'I V vi iii IV I IV V', 'I ii V7 I'],
    minor: ['i iv V7 i', 'i bVI iv V', 'i iv bVII bIII bVI iv V i'],
  },
  bridge: { major: ['vi iii IV I ii V7 I V'], minor: ['bIII bVII i V'] },
  instruments: { lead: 40, chords: 48, bass: 42, arpeggio: 46 },
  drumKit: null,
  groove: 'orchestral',
  bass: 'sustained',
  comping: 'block',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 180,
  energy: 0.45,
  space: 1.4,
};
