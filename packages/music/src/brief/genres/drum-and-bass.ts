import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * Drum and bass: a two-step breakbeat at 170-178 bpm (kick on 1 and the "and" of 3, snare on 2 and
 * 4), ride and shaker sixteenths, a deep sub bass in long notes, pads and stabs, builds into drops.
 */
export const drumAndBass: GenreProfile = {
  id: 'drum-and-bass',
  label: 'Drum and bass',
  keywords: ['drum and bass', 'drum & bass', 'drum n bass', 'dnb', 'd&b', 'liquid dnb', 'jungle', 'neurofunk'],
  tempo: { min: 164, max: 178, typical: 172 },
  modes: { minor: 3, dorian: 1 },
  tonics: [2, 5, 7, 9, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['IVmaj7 iii7 vi7 vi7', 'I V vi IV'],
    minor: ['i7 iv7 bVImaj7 bVII', 'i bVI bIII bVII', 'i7 i7 bVImaj7 bVImaj7'],
  },
  instruments: { lead: 81, chords: 4, pad: 89, bass: 38 },
  palette: { lead: [81, 80, 87], chords: [4, 5, 0], pad: [89, 91, 95], bass: [38, 39] },
  drumKit: 24,
  groove: 'four-on-floor',
  ownGroove: {
    common: [
      { step: S, lanes: { kick: 'X.........X.....', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.', shaker: 'gogogogogogogogo' } },
      { step: S, lanes: { kick: 'X.........x..x..', snare: '....X..g....X...', ride: 'x.x.x.x.x.x.x.x.' } },
    ],
    quiet: ['hat', 'shaker', 'ride'],
    lift: { open: '..o...o...o...o.', snare: '....X..g.g..X..g' },
  },
  bass: 'sub',
  comping: 'stabs',
  swing: 0,
  blueNotes: false,
  form: [['intro', 8], ['verse', 8], ['pre-chorus', 8], ['chorus', 16], ['breakdown', 8], ['pre-chorus', 8], ['chorus', 16], ['outro', 8]],
  extension: [[['verse', 8]], [['chorus', 8]]],
  lengthSeconds: 200,
  energy: 0.8,
  arc: 'build-drop',
  titles: ['Rollers', 'Liquid Motion', 'Sub Pressure'],
};
