import type { GenreProfile } from '../genre-profile.ts';

export const metal: GenreProfile = {
  id: 'metal',
  label: 'Metal',
  keywords: ['metal', 'heavy metal', 'thrash', 'thrash metal', 'death metal', 'metalcore', 'doom metal', 'djent', 'black metal', 'power metal', 'nu metal', '~heavy'],
  tempo: { min: 100, max: 180, typical: 140 },
  modes: { minor: 2, phrygian: 1, 'harmonic-minor': 1 },
  tonics: [4, 2, 9, 7, 11],
  timeSignature: [4, 4],
  progressions: {
    major: ['I bVII IV I', 'I bVI bVII I'],
    minor: ['i bVI bVII i', 'i bVII bVI V', 'i iv bVI bVII', 'i i bIII bVII'],
  },
  instruments: { lead: 30, chords: 30, bass: 34 },
  drumKit: 16,
  groove: 'metal',
  bass: 'root-eighths',
  comping: 'power',
  swing: 0,
  blueNotes: false,
  form: [['intro', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['breakdown', 8], ['solo', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 210,
  energy: 0.9,
  space: 0.7,
  doubleTracked: true,
  sectionEnergy: { breakdown: 0.9, verse: 0.4, intro: 0.45 },
};
