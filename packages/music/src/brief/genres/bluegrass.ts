import type { GenreProfile } from '../genre-profile.ts';

/**
 * Bluegrass: a string band without drums. Banjo rolls drive every section, the guitar plays
 * boom-chick, the upright bass root and fifth, the fiddle leads; fast, major, G/D/A.
 */
export const bluegrass: GenreProfile = {
  id: 'bluegrass',
  label: 'Bluegrass',
  keywords: ['bluegrass', 'banjo breakdown', 'appalachian', 'newgrass', 'string band', 'hillbilly'],
  tempo: { min: 118, max: 172, typical: 144 },
  modes: { major: 4, mixolydian: 0.8, minor: 0.5 },
  tonics: [7, 2, 9, 0, 4],
  timeSignature: [4, 4],
  progressions: {
    major: ['I I IV I', 'I IV I V', 'I V I V', 'I IV V I', 'I I V V'],
    minor: ['i bVII i V', 'i bIII bVII i'],
  },
  instruments: { lead: 110, chords: 25, bass: 32, arpeggio: 105 },
  palette: { lead: [110, 22, 40], chords: [25, 24], bass: [32] },
  featured: ['arpeggio'],
  drumKit: null,
  groove: 'train',
  bass: 'root-fifth',
  comping: 'boom-chick',
  swing: 0,
  blueNotes: true,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['solo', 8], ['verse', 8], ['chorus', 8], ['solo', 8], ['chorus', 8], ['outro', 2]],
  extension: [[['solo', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 160,
  energy: 0.7,
  space: 0.8,
  titles: ['Cumberland Gap Run', 'Blue Ridge Morning', 'Old Mill Breakdown'],
};
