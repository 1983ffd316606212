import type { GenreProfile } from '../genre-profile.ts';

/**
 * Country rock: country songs played by a rock band. Electric guitars (double-tracked, hard left
 * and right), a full kit with sticks (no brushes), driving eighth-note bass; no banjo or fiddle
 * unless asked for.
 */
export const countryRock: GenreProfile = {
  id: 'country-rock',
  label: 'Country rock',
  keywords: ['country rock', 'southern rock', 'outlaw country', 'red dirt', 'heartland rock', 'roadhouse'],
  tempo: { min: 104, max: 150, typical: 126 },
  modes: { major: 3, mixolydian: 1, minor: 0.6 },
  tonics: [4, 9, 2, 7, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I IV I V', 'I bVII IV I', 'I V IV IV', 'vi IV I V', 'I IV V IV'],
    minor: ['i bVII bVI bVII', 'i iv bVII i'],
  },
  bridge: { major: ['IV V vi V', 'vi IV V V'], minor: ['bVI bVII i i'] },
  instruments: { lead: 27, chords: 29, bass: 33, 'counter-melody': 16 },
  palette: { lead: [27, 26, 28], chords: [29, 30], bass: [33, 34], 'counter-melody': [16, 17, 19] },
  doubleTracked: true,
  drumKit: 8,
  groove: 'rock',
  bass: 'root-eighths',
  comping: 'power',
  swing: 0,
  blueNotes: true,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['solo', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['bridge', 8]], [['verse', 8], ['chorus', 8]], [['chorus', 8]]],
  lengthSeconds: 190,
  energy: 0.78,
  space: 0.9,
  titles: ['Gravel and Thunder', 'Tailgate Summer', 'Two-Lane Fire'],
};
