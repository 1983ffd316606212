import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * K-pop: dance-pop built in contrasting blocks. A tight four-on-the-floor with claps and off-beat
 * hats, a syncopated synth bass, bright synth leads and stabs, a pre-chorus that builds and a
 * chorus (the drop) at full force, a key-change-ready major or minor.
 */
export const kPop: GenreProfile = {
  id: 'k-pop',
  label: 'K-pop',
  keywords: ['k-pop', 'kpop', 'k pop', 'idol pop', 'j-pop', 'jpop', 'c-pop'],
  tempo: { min: 100, max: 132, typical: 120 },
  modes: { minor: 2, major: 2 },
  tonics: [1, 3, 6, 8, 10, 0, 5],
  timeSignature: [4, 4],
  progressions: {
    major: ['IV V iii vi', 'I V vi IV', 'vi IV I V'],
    minor: ['i bVI bIII bVII', 'bVI bVII i i', 'i iv bVII bIII'],
  },
  instruments: { lead: 81, chords: 4, pad: 89, bass: 38, arpeggio: 80 },
  palette: { lead: [81, 80, 84], chords: [4, 0, 5], pad: [89, 91, 95], bass: [38, 39], arpeggio: [80, 82, 10] },
  drumKit: 24,
  groove: 'four-on-floor',
  ownGroove: {
    common: [
      { step: S, lanes: { kick: 'X...X...X...X...', clap: '....X.......X...', hat: 'x.xxx.xxx.xxx.xx', open: '..o...o...o...o.' } },
      { step: S, lanes: { kick: 'X..xX...X..xX...', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.', clap: '............x...' } },
    ],
    quiet: ['hat', 'kick'],
    lift: { tamb: 'o.o.o.o.o.o.o.o.', open: '..x...x...x...x.' },
  },
  bass: 'syncopated',
  comping: 'stabs',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['post-chorus', 4], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['post-chorus', 4]], [['chorus', 8]]],
  lengthSeconds: 200,
  energy: 0.72,
  titles: ['Starlight Signal', 'Color Me Loud', 'Heartbeat Code'],
};
