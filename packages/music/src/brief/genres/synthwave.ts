import type { GenreProfile } from '../genre-profile.ts';

export const synthwave: GenreProfile = {
  id: 'synthwave',
  label: 'Synthwave',
  keywords: ['synthwave', 'retrowave', 'outrun', 'synthpop', 'synth pop', 'vaporwave', 'darkwave', 'chillwave', '80s', 'eighties', 'new wave'],
  tempo: { min: 80, max: 118, typical: 100 },
  modes: { minor: 3, major: 0.7 },
  tonics: [9, 4, 2, 7, 11, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I vi IV V', 'vi IV I V', 'I V vi IV'],
    minor: ['i bVI bIII bVII', 'i bVI bVII i', 'i bVII bVI bVII'],
  },
  instruments: { lead: 81, chords: 90, pad: 50, bass: 38, arpeggio: 80 },
  drumKit: 24,
  groove: 'synthwave',
  bass: 'pulse',
  comping: 'sustain',
  swing: 0,
  blueNotes: false,
  form: [['intro', 8], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['solo', 8], ['chorus', 8], ['outro', 8]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 200,
  energy: 0.6,
};
