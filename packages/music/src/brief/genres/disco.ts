import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * Disco: four-on-the-floor with open hats on every off-beat, octave-jumping bass, brass
 * stabs over string-section swells, choppy clean guitar, a bright major (or dorian) key at ~118 bpm.
 */
export const disco: GenreProfile = {
  id: 'disco',
  label: 'Disco',
  keywords: ['disco', 'nu-disco', 'nu disco', 'studio 54', 'italo disco', 'boogie', 'roller disco'],
  tempo: { min: 110, max: 128, typical: 118 },
  modes: { major: 2, minor: 1.5, dorian: 1 },
  tonics: [9, 4, 2, 7, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['Imaj7 ii7 iii7 ii7', 'IV V iii vi', 'ii7 V7 Imaj7 vi7'],
    minor: ['i7 iv7 i7 iv7', 'i7 bVII bVI bVII', 'iv7 bVII7 bIIImaj7 bVImaj7'],
  },
  instruments: { lead: 61, chords: 28, pad: 48, bass: 36 },
  palette: { lead: [61, 62, 56], chords: [28, 27, 4], pad: [48, 49, 50], bass: [36, 33, 38] },
  drumKit: 0,
  groove: 'four-on-floor',
  ownGroove: {
    common: [
      { step: S, lanes: { kick: 'X...X...X...X...', snare: '....X.......X...', open: '..x...x...x...x.', hat: 'x...x...x...x...' } },
      { step: S, lanes: { kick: 'X...X...X...X...', clap: '....X.......X...', open: '..x...x...x...x.', hat: 'x.xxx.xxx.xxx.xx' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { tamb: 'o.o.o.o.o.o.o.o.', congaHi: '..x...x...x..x..' },
  },
  bass: 'pulse',
  ownBass: [
    [[0, 0.4, 'R', 1], [0.5, 0.4, '8', 0.85], [1, 0.4, 'R', 0.9], [1.5, 0.4, '8', 0.85], [2, 0.4, 'R', 0.95], [2.5, 0.4, '8', 0.85], [3, 0.4, 'R', 0.9], [3.5, 0.4, '8', 0.85]],
    [[0, 0.4, 'R', 1], [0.5, 0.4, '8', 0.85], [1, 0.4, 'R', 0.9], [1.5, 0.4, '8', 0.85], [2, 0.4, '5', 0.95], [2.5, 0.4, '8', 0.85], [3, 0.4, '7', 0.9], [3.5, 0.4, 'A', 0.8]],
  ],
  comping: 'funk',
  swing: 0,
  blueNotes: false,
  form: [['intro', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['breakdown', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['instrumental', 8]], [['chorus', 8]]],
  lengthSeconds: 210,
  energy: 0.7,
  width: 0.7,
  titles: ['Mirror Ball', 'Saturday Lights', 'Dance Floor Heat'],
};
