import type { GrooveId } from '../../brief/genre-profile.ts';
import type { Groove, GrooveBar } from './groove.ts';

const S = 0.25;

/** Drum grooves by genre family, on a sixteenth grid over a 4/4 bar. */
export const GROOVES: Readonly<Record<GrooveId, Groove>> = {
  pop: {
    common: [
      { step: S, lanes: { kick: 'X.....x.X.x.....', snare: '....X.......X...', hat: 'x.o.x.o.x.o.x.o.' } },
      { step: S, lanes: { kick: 'X.......X.x...o.', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.', clap: '............o...' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { tamb: '....x.......x...', open: '..............o.' },
  },
  rock: {
    common: [
      { step: S, lanes: { kick: 'X.......X.x.....', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: 'X.....x.X.......', snare: '....X.......X..o', hat: 'x.x.x.x.x.x.x.x.' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { ride: 'x.x.x.x.x.x.x.x.', hat: '................' },
  },
  'boom-bap': {
    common: [
      { step: S, lanes: { kick: 'X.....x...x.....', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: 'X..x......X..o..', snare: '....X.......X...', hat: 'x.o.x.o.x.o.x.oo' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { open: '..............o.' },
  },
  trap: {
    common: [{ step: S, lanes: { kick: 'X......x..x.....', clap: '........X.......', hat: 'xoxoxoxoxoxoxxxx' } }],
    quiet: ['hat'],
  },
  'lo-fi': {
    common: [
      { step: S, lanes: { kick: 'X......o.x......', snare: '....x.......x...', hat: 'o.o.o.o.o.o.o.o.' } },
      { step: S, lanes: { kick: 'X.....o...x.....', rim: '....x.......x...', hat: 'o.o.o.oooo.o.o.o' } },
    ],
    quiet: ['hat', 'kick'],
  },
  'four-on-floor': {
    common: [
      { step: S, lanes: { kick: 'X...X...X...X...', clap: '....x.......x...', hat: 'g.x.g.x.g.x.g.x.', open: '..o...o...o...o.' } },
      { step: S, lanes: { kick: 'X...X...X...X...', clap: '....x.......x...', hat: 'gggxgggxgggxgggx', shaker: 'o.o.o.o.o.o.o.o.' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { open: '..x...x...x...x.', ride: 'o.o.o.o.o.o.o.o.' },
  },
  synthwave: {
    common: [
      { step: S, lanes: { kick: 'X.......X.......', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: 'X...X...X...X...', snare: '....X.......X...', hat: 'xoxoxoxoxoxoxoxo' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { tamb: '....x.......x...' },
  },
  'jazz-swing': {
    common: [
      { step: S, lanes: { ride: 'x...x.x.x...x.x.', pedal: '....x.......x...', kick: 'g...g...g...g...', snare: '......g.......g.' } },
      { step: S, lanes: { ride: 'x...x.x.x...x.x.', pedal: '....x.......x...', kick: 'g.......g.......', snare: '..g.......g...g.' } },
    ],
    quiet: ['ride', 'pedal'],
  },
  shuffle: {
    common: [
      { step: S, lanes: { kick: 'X.......X.......', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: 'X.....x.X.......', snare: '....X.......X...', ride: 'x.x.x.x.x.x.x.x.' } },
    ],
    quiet: ['hat', 'ride', 'kick'],
  },
  funk: {
    common: [
      { step: S, lanes: { kick: 'X..x..x...x..x..', snare: '....X..g.g..X..g', hat: 'xoxoxoxoxoxoxoxo' } },
      { step: S, lanes: { kick: 'X.x....x..x.....', snare: '....X..g.g..X...', hat: 'xoxoxoxoxoxoxoxo', open: '...........o....' } },
    ],
    quiet: ['hat', 'kick'],
    lift: { tamb: 'o.o.o.o.o.o.o.o.' },
  },
  rnb: {
    common: [
      { step: S, lanes: { kick: 'X......x..x.....', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.xx' } },
      { step: S, lanes: { kick: 'X.....x..x......', rim: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
    ],
    quiet: ['hat', 'kick'],
    lift: { clap: '....x.......x...' },
  },
  train: {
    common: [
      { step: S, lanes: { kick: 'X.......X.......', snare: 'g.g.X.g.g.g.X.g.', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: 'X...x...X...x...', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { tamb: 'o.o.o.o.o.o.o.o.' },
  },
  folk: {
    common: [
      { step: S, lanes: { kick: 'X.......x.......', rim: '....x.......x...', shaker: 'x.o.x.o.x.o.x.o.' } },
      { step: S, lanes: { kick: 'X.....x.x.......', rim: '....x.......x...', tamb: '....x.......x...', shaker: 'o.o.o.o.o.o.o.o.' } },
    ],
    quiet: ['shaker', 'kick'],
  },
  'one-drop': {
    common: [
      { step: S, lanes: { kick: '........X.......', rim: '........X.......', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: '........X.......', rim: '....g...X.......', hat: 'x.o.x.o.x.o.x.o.', open: '..............o.' } },
    ],
    quiet: ['hat', 'rim'],
  },
  latin: {
    common: [
      { step: S, lanes: { kick: 'X..x....X..x....', clave: 'x..x..x...x.x...', shaker: 'xoooxoooxoooxooo', congaHi: '..x...x...x..x.x', congaLo: '.......x.......x' } },
      { step: S, lanes: { kick: 'X..x..x.X..x..x.', rim: '...x..x....x..x.', hat: 'x.x.x.x.x.x.x.x.', congaLo: '......x.......x.', cowbell: 'x...x...x...x...' } },
    ],
    quiet: ['shaker', 'clave', 'hat'],
  },
  metal: {
    common: [
      { step: S, lanes: { kick: 'X.x.X.x.X.x.X.x.', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' } },
      { step: S, lanes: { kick: 'XxxxXxxxXxxxXxxx', snare: '....X.......X...', ride: 'x...x...x...x...' } },
    ],
    quiet: ['kick', 'hat'],
    lift: { crash: 'o.......o.......' },
  },
  orchestral: {
    common: [
      { step: S, lanes: { kick: 'X.......X.......', tomLo: '......x.....x.x.', tomMid: '....o.......o...', shaker: 'xoxoxoxoxoxoxoxo', ride: 'x...x...x...x...' } },
      { step: S, lanes: { kick: 'X.........x.....', tomLo: 'x..x..x.x..x..x.', snare: '....g.......g...', hat: 'xoxoxoxoxoxoxoxo', tamb: '..x...x...x...x.' } },
    ],
    quiet: ['kick', 'tomLo', 'shaker', 'hat'],
    lift: { crash: 'x.......x.......', snare: 'g.g.g.g.g.g.g.g.', hat: 'XoxoXoxoXoxoXoxo', tamb: '....X.......X...', ride: 'x.x.x.x.x.x.x.x.' },
  },
  waltz: {
    common: [{ step: S, lanes: { kick: 'X.......X.......', rim: '....x.......x...', hat: 'x.x.x.x.x.x.x.x.' } }],
    quiet: ['kick', 'hat'],
  },
};

/** Grooves for simple triple time (3/4), shared by all genres. */
export const TRIPLE_GROOVES: readonly GrooveBar[] = [
  { step: S, lanes: { kick: 'X...........', rim: '....x...x...', hat: 'x...x...x...' } },
  { step: S, lanes: { kick: 'X.......o...', snare: '....x...x...', hat: 'x.o.x.o.x.o.' } },
];

/** Grooves for compound time (6/8, one bar = 3 beats), shared by all genres. */
export const COMPOUND_GROOVES: readonly GrooveBar[] = [
  { step: 0.5, lanes: { kick: 'X.....', snare: '...X..', hat: 'xoxxox' } },
  { step: 0.5, lanes: { kick: 'X....o', snare: '...X..', hat: 'x.xx.x', ride: '......' } },
];

/** Breakdowns: half-time backbeat, kick on the chugs (see PALM_MUTED's sibling BREAKDOWN_CHUG), china on the beats. */
export const HALF_TIME: GrooveBar = { step: S, lanes: { kick: 'X..x..x.X..x..x.', snare: '........X.......', china: 'x...x...x...x...' } };
