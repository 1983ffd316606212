import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * Afrobeats: a mid-tempo syncopated groove (kick in 3+3+2, rim and shaker sixteenths, congas),
 * log-drum-like plucked bass, bright guitar picking and mallets, major and dorian keys.
 */
export const afrobeats: GenreProfile = {
  id: 'afrobeats',
  label: 'Afrobeats',
  keywords: ['afrobeats', 'afrobeat', 'afro beats', 'afropop', 'afro pop', 'amapiano', 'naija', 'afro-fusion', 'highlife'],
  tempo: { min: 98, max: 118, typical: 106 },
  modes: { major: 2, dorian: 1.2, minor: 1 },
  tonics: [7, 2, 9, 0, 5],
  timeSignature: [4, 4],
  progressions: {
    major: ['I vi IV V', 'ii7 V7 Imaj7 Imaj7', 'IV V vi vi', 'I IV vi V'],
    minor: ['i7 iv7 bVII7 bIIImaj7', 'i bVII bVI bVII', 'i7 iv7 i7 iv7'],
  },
  instruments: { lead: 12, chords: 27, pad: 89, bass: 38 },
  palette: { lead: [12, 11, 73, 22], chords: [27, 26, 24], pad: [89, 88], bass: [38, 33] },
  drumKit: 25,
  groove: 'latin',
  ownGroove: {
    common: [
      { step: S, lanes: { kick: 'X..X..X...X..X..', rim: '....x..x....x...', shaker: 'xoxoxoxoxoxoxoxo', congaHi: '..x....x..x...x.' } },
      { step: S, lanes: { kick: 'X..X...X..X.....', clap: '....x.......x...', shaker: 'xoooxoooxoooxooo', congaLo: '......x.......x.', tamb: '..o...o...o...o.' } },
    ],
    quiet: ['shaker', 'kick', 'rim'],
    lift: { hat: 'x.x.x.x.x.x.x.x.', congaHi: '..x..x.x..x..x.x' },
  },
  bass: 'syncopated',
  comping: 'stabs',
  swing: 0.1,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['bridge', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['post-chorus', 4]], [['chorus', 8]]],
  lengthSeconds: 190,
  energy: 0.6,
  titles: ['Lagos Nights', 'Sweet Like Honey', 'Gbe Body'],
};
