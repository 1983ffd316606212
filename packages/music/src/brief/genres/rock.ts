import type { GenreProfile } from '../genre-profile.ts';

export const rock: GenreProfile = {
  id: 'rock',
  label: 'Rock',
  keywords: ['rock', 'indie rock', 'alternative', 'alt rock', 'grunge', 'garage rock', 'hard rock', 'classic rock', 'rock and roll', "rock'n'roll", 'britpop', 'emo', 'stadium rock'],
  tempo: { min: 100, max: 150, typical: 124 },
  modes: { major: 2, minor: 1.5, mixolydian: 0.5 },
  tonics: [4, 9, 2, 7, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I bVII IV I', 'I IV V IV', 'I V IV IV', 'vi IV I V', 'I IV I V'],
    minor: ['i bVII bVI bVII', 'i bIII bVII IV', 'i bVI bIII bVII', 'i iv bVII i'],
  },
  bridge: { major: ['IV V vi V', 'vi V IV V'], minor: ['bVI bVII i i', 'iv bVI bVII V'] },
  instruments: { lead: 29, chords: 30, bass: 34 },
  drumKit: 16,
  groove: 'rock',
  bass: 'root-eighths',
  comping: 'power',
  swing: 0,
  blueNotes: true,
  form: [['intro', 4], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['solo', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['bridge', 8]], [['verse', 8], ['chorus', 8]], [['chorus', 8]]],
  lengthSeconds: 200,
  energy: 0.75,
  doubleTracked: true,
};
