import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * Techno: a TR-909 kick on every beat, off-beat open hats, clap on 2 and 4, a pulsing sixteenth
 * arpeggio and a stab instead of a song's lead; minor, hypnotic, builds into drops.
 */
export const techno: GenreProfile = {
  id: 'techno',
  label: 'Techno',
  keywords: ['techno', 'detroit techno', 'berlin techno', 'minimal techno', 'industrial techno', 'acid techno', 'warehouse'],
  tempo: { min: 124, max: 140, typical: 130 },
  modes: { minor: 3, phrygian: 1, dorian: 1 },
  tonics: [9, 5, 2, 7, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I I IV IV', 'vi vi IV IV'],
    minor: ['i i i i', 'i i bVII bVII', 'i i iv iv'],
  },
  instruments: { lead: 87, chords: 81, pad: 95, bass: 38, arpeggio: 81 },
  palette: { lead: [87, 84, 80], chords: [81, 90], pad: [95, 89, 92], bass: [38, 39], arpeggio: [81, 80, 82] },
  featured: ['arpeggio'],
  drumKit: 24,
  groove: 'four-on-floor',
  ownGroove: {
    common: [
      { step: S, lanes: { kick: 'X...X...X...X...', clap: '....x.......x...', open: '..x...x...x...x.', hat: 'g.g.g.g.g.g.g.g.' } },
      { step: S, lanes: { kick: 'X...X...X...X..o', rim: '..o..o....o..o..', open: '..x...x...x...x.', shaker: 'gggggggggggggggg' } },
    ],
    quiet: ['kick', 'hat', 'shaker'],
    lift: { ride: 'x.x.x.x.x.x.x.x.', clap: '....X.......X...' },
  },
  bass: 'offbeat',
  comping: 'stabs',
  swing: 0,
  blueNotes: false,
  form: [['intro', 16], ['verse', 16], ['pre-chorus', 8], ['chorus', 16], ['breakdown', 8], ['pre-chorus', 8], ['chorus', 16], ['outro', 16]],
  extension: [[['verse', 8]], [['chorus', 8]]],
  lengthSeconds: 210,
  energy: 0.75,
  arc: 'build-drop',
  space: 0.9,
  titles: ['Warehouse 4am', 'Concrete Pulse', 'Machine Hours'],
};
