import type { GenreProfile } from '../genre-profile.ts';

export const cinematic: GenreProfile = {
  id: 'cinematic',
  label: 'Cinematic',
  keywords: ['cinematic', 'film score', 'soundtrack', 'movie', 'trailer', 'game music', 'video game', 'epic orchestral', 'score', '~epic', '~heroic'],
  tempo: { min: 60, max: 120, typical: 90 },
  modes: { minor: 3, major: 1 },
  tonics: [2, 9, 0, 7, 4],
  timeSignature: [4, 4],
  progressions: {
    major: ['I V vi IV', 'IV I V vi', 'I bVI bVII I'],
    minor: ['i bVI bIII bVII', 'i bVI bVII i', 'bVI bVII i i', 'i bIII bVII iv'],
  },
  instruments: { lead: 60, chords: 48, pad: 52, bass: 43, arpeggio: 9 },
  drumKit: 48,
  groove: 'orchestral',
  bass: 'sustained',
  comping: 'block',
  swing: 0,
  blueNotes: false,
  form: [['intro', 8], ['verse', 8], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 8]],
  extension: [[['verse', 8]], [['chorus', 8]]],
  lengthSeconds: 150,
  energy: 0.6,
  space: 1.4,
  arc: 'rising',
};
