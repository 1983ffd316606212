import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * Trap: TR-808 kit in half time (clap on beat 3), rolling hi-hats in sixteenths with thirty-second
 * bursts, long 808 sub bass, dark minor keys, bells or plucks on top.
 */
export const trap: GenreProfile = {
  id: 'trap',
  label: 'Trap',
  keywords: ['trap', 'drill', 'trap beat', 'atlanta trap', 'phonk', '~808s'],
  tempo: { min: 130, max: 160, typical: 142 },
  modes: { minor: 3, 'harmonic-minor': 1, phrygian: 0.5 },
  tonics: [1, 3, 6, 8, 10, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['vi IV I V', 'vi vi IV V'],
    minor: ['i bVI i bVI', 'i iv bVI V', 'i i bVI bVII'],
  },
  instruments: { lead: 10, chords: 89, bass: 38 },
  palette: { lead: [10, 11, 14, 80], chords: [89, 95, 48], bass: [38, 39] },
  drumKit: 25,
  groove: 'trap',
  ownGroove: {
    common: [
      { step: S, lanes: { kick: 'X......x..x.....', clap: '........X.......', hat: 'xoxoxoxoxoxxxxxx' } },
      { step: S, lanes: { kick: 'X..x......x..x..', clap: '........X.......', hat: 'xoxoxxxoxoxoxxxx', open: '..............o.' } },
    ],
    quiet: ['hat', 'kick'],
    lift: { hat: 'xxxxxoxoxxxxxoxo', snare: '........o.......' },
  },
  bass: 'sub',
  comping: 'sustain',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['chorus', 8], ['verse', 16], ['chorus', 8], ['verse', 16], ['chorus', 8], ['outro', 4]],
  extension: [[['verse', 8], ['chorus', 8]], [['chorus', 8]]],
  lengthSeconds: 170,
  energy: 0.7,
  sectionEnergy: { verse: 0.4 },
  space: 0.7,
  titles: ['Ice Cold', 'Night Shift', 'No Hook'],
};
