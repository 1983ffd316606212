/** GM program ranges grouped the way people name instruments, used for exclusions and genre-aware picks. */
export const INSTRUMENT_FAMILIES = {
  piano: [0, 1, 2, 3, 4, 5],
  keys: [0, 1, 2, 3, 4, 5, 6, 7],
  'electric-piano': [4, 5],
  mallets: [8, 9, 10, 11, 12, 13, 14, 15],
  organ: [16, 17, 18, 19, 20],
  guitar: [24, 25, 26, 27, 28, 29, 30, 31],
  'acoustic-guitar': [24, 25],
  'electric-guitar': [26, 27, 28, 29, 30, 31],
  'distorted-guitar': [29, 30],
  bass: [32, 33, 34, 35, 36, 37, 38, 39],
  'synth-bass': [38, 39],
  strings: [40, 41, 42, 43, 44, 45, 48, 49, 50, 51, 110],
  violin: [40, 110],
  cello: [42],
  harp: [46],
  choir: [52, 53, 54, 91],
  brass: [56, 57, 58, 59, 60, 61, 62, 63],
  trumpet: [56, 59],
  sax: [64, 65, 66, 67],
  woodwinds: [64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79],
  flute: [72, 73, 74, 75],
  synth: [38, 39, 50, 51, 54, 62, 63, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103],
  pads: [88, 89, 90, 91, 92, 93, 94, 95],
} as const satisfies Record<string, readonly number[]>;

/** A family name of {@link INSTRUMENT_FAMILIES}. */
export type InstrumentFamily = keyof typeof INSTRUMENT_FAMILIES;

/** Instruments that can play chords and bass on their own (a "solo piano" covers every role). */
export const POLYPHONIC_PROGRAMS: ReadonlySet<number> = new Set([
  0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 46, 88, 89, 90, 105, 107,
]);

/** The family (from a small preferred list) that a program belongs to, if any. */
export function familyOf(program: number): InstrumentFamily | null {
  const order: InstrumentFamily[] = ['piano', 'organ', 'guitar', 'bass', 'strings', 'brass', 'sax', 'flute', 'pads', 'synth', 'mallets'];
  return order.find((family) => (INSTRUMENT_FAMILIES[family] as readonly number[]).includes(program)) ?? null;
}
