import type { GenreProfile } from '../genre-profile.ts';

const S = 0.25;

/**
 * Bossa nova: nylon-string guitar comping in the João Gilberto pattern (thumb on the bass, fingers
 * syncopated), cross-stick on the bossa clave, a soft shaker and a surdo-like kick, upright bass
 * on root and fifth with the anticipation, flute or sax on top. No congas, cowbell or montuno.
 */
export const bossaNova: GenreProfile = {
  id: 'bossa-nova',
  label: 'Bossa nova',
  keywords: ['bossa nova', 'bossa', 'brazilian jazz', 'jobim', 'ipanema', 'samba jazz'],
  tempo: { min: 112, max: 144, typical: 128 },
  modes: { major: 2, minor: 1.5, dorian: 0.5 },
  tonics: [5, 2, 0, 7, 10],
  timeSignature: [4, 4],
  progressions: {
    major: ['Imaj7 Imaj7 II7 II7', 'Imaj7 vi7 ii7 V7', 'ii7 V7 Imaj7 VI7', 'Imaj7 IVmaj7 iii7 VI7'],
    minor: ['i7 iv7 bVII7 bIIImaj7', 'i7 i7 iv7 V7', 'iv7 bVII7 bIIImaj7 bVImaj7'],
  },
  instruments: { lead: 73, chords: 24, bass: 32 },
  palette: { lead: [66, 71, 11, 65], chords: [24], bass: [32] },
  drumKit: 0,
  groove: 'latin',
  ownGroove: {
    common: [
      { step: S, lanes: { rim: 'x..x..x...x..x..', kick: 'x..ox..ox..ox..o', shaker: 'oggoggoooggoggoo' } },
      { step: S, lanes: { rim: '..x..x..x..x..x.', kick: 'x..ox..ox..ox..o', hat: 'o.o.o.o.o.o.o.o.' } },
    ],
    quiet: ['rim', 'shaker', 'hat', 'kick'],
    lift: { ride: 'o.o.o.o.o.o.o.o.' },
  },
  bass: 'root-fifth',
  ownBass: [
    [[0, 1.5, 'R', 1], [1.5, 0.5, '5', 0.75], [2, 1.5, '5', 0.9], [3.5, 0.5, 'R', 0.75]],
    [[0, 1.5, 'R', 1], [1.5, 0.5, 'R', 0.7], [2, 1.5, '5', 0.9], [3.5, 0.5, 'N', 0.75]],
  ],
  comping: 'stabs',
  ownComping: [
    [[0, 0.45, 0.9], [1, 0.4, 0.75], [1.5, 0.45, 0.85], [2.5, 0.4, 0.8], [3, 0.45, 0.85]],
    [[0, 0.4, 0.85], [0.5, 0.4, 0.7], [1.5, 0.4, 0.85], [2, 0.4, 0.75], [3, 0.4, 0.8], [3.5, 0.4, 0.7]],
  ],
  swing: 0,
  blueNotes: false,
  form: [['intro', 4], ['verse', 8], ['chorus', 8], ['verse', 8], ['chorus', 8], ['solo', 8], ['chorus', 8], ['outro', 4]],
  extension: [[['instrumental', 8]], [['verse', 8], ['chorus', 8]]],
  lengthSeconds: 180,
  energy: 0.4,
  space: 1.1,
  titles: ['Café da Manhã', 'Sea Breeze', 'Saudade'],
};
