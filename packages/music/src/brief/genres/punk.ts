import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * Punk: fast and short. Down-picked eighth-note power chords double-tracked hard left and right,
 * root eighths on the bass, a snare on every off-beat quarter in the loud parts (the "punk beat").
 */
export const punk: GenreProfile = {
  id: 'punk',
  label: 'Punk',
  keywords: ['punk', 'punk rock', 'pop punk', 'hardcore punk', 'skate punk', 'garage punk'],
  tempo: { min: 150, max: 200, typical: 176 },
  modes: { major: 2, minor: 1.5, mixolydian: 0.5 },
  tonics: [4, 9, 2, 7, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I IV V IV', 'I V vi IV', 'I bVII IV I', 'I IV I V'],
    minor: ['i bVI bIII bVII', 'i bVII bVI bVII'],
  },
  instruments: { lead: 29, chords: 30, bass: 34 },
  palette: { lead: [29, 30], chords: [30, 29], bass: [34, 33] },
  doubleTracked: true,
  drumKit: 0,
  groove: 'rock',
  ownGroove: {
    common: [
      { step: S, lanes: { kick: 'X.......X.......', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: 'X...X...X...X...', snare: '..X...X...X...X.', crash: 'x...x...x...x...' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { ride: 'x.x.x.x.x.x.x.x.' },
  },
  bass: 'root-eighths',
  comping: 'power',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['bridge', 4], ['chorus', 8], ['outro', 2]],
  extension: [[['verse', 8], ['chorus', 8]], [['chorus', 8]]],
  lengthSeconds: 140,
  energy: 0.9,
  space: 0.6,
  titles: ['Kick It Down', 'No Future Tonight', 'Basement Show'],
};
