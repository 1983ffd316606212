import type { GenreProfile } from '../genre-profile.ts';

export const latin: GenreProfile = {
  id: 'latin',
  label: 'Latin',
  keywords: ['latin', 'salsa', 'samba', 'tango', 'reggaeton', 'cumbia', 'flamenco', 'bachata', 'mariachi', 'spanish guitar', 'latin jazz', 'mambo', 'cha cha'],
  tempo: { min: 90, max: 132, typical: 108 },
  modes: { minor: 2.5, major: 1.2, 'harmonic-minor': 0.5 },
  tonics: [9, 4, 2, 7, 0],
  timeSignature: [4, 4],
  progressions: {
    major: ['I IV V IV', 'ii7 V7 Imaj7 Imaj7', 'I vi ii V'],
    minor: ['i iv V i', 'i bVII bVI V', 'i iv bVII bIII', 'iv7 bVII7 bIIImaj7 bVImaj7'],
  },
  instruments: { lead: 56, chords: 0, bass: 33, 'counter-melody': 24 },
  drumKit: 0,
  groove: 'latin',
  bass: 'tumbao',
  comping: 'montuno',
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['verse', 8], ['pre-chorus', 4], ['chorus', 8], ['solo', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 190,
  energy: 0.65,
};
