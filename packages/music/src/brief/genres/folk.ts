import type { GenreProfile } from '../genre-profile.ts';

export const folk: GenreProfile = {
  id: 'folk',
  label: 'Folk / Acoustic',
  keywords: ['folk', 'indie folk', 'singer songwriter', 'singer-songwriter', 'celtic', 'campfire', 'unplugged', 'folk song', '~acoustic'],
  tempo: { min: 70, max: 120, typical: 96 },
  modes: { major: 2.5, minor: 1.5, dorian: 0.4 },
  tonics: [7, 2, 9, 0, 4],
  timeSignature: [4, 4],
  progressions: {
    major: ['I V vi IV', 'I IV I V', 'vi IV I V', 'I IV vi V'],
    minor: ['i bVII bVI bVII', 'i bIII bVII i', 'i iv bVI V'],
  },
  instruments: { lead: 73, chords: 25, bass: 32 },
  drumKit: 40,
  groove: 'folk',
  bass: 'root-fifth',
  comping: 'fingerpick',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 170,
  energy: 0.4,
};
