/** How a singer delivers a line: vibrato, scoops, pitch drift, roughness, breath, and how loud over the band. */
export interface VocalStyle {
  /** Scales the vibrato extent (1: 70–120 cents peak to peak, growing with the note's length). */
  vibratoScale: number;
  /** Mean vibrato rate; each note varies it by up to ±0.3 Hz within 5–6.5 Hz. */
  vibratoRateHz: number;
  /** How long a scoop into a note after a rest or a leap takes. */
  scoopS: number;
  /** How far below the note a scoop starts. */
  scoopCents: number;
  /** Standard deviation of the slow intonation drift. */
  driftCents: number;
  /** Cycle-to-cycle period jitter (share of the period, standard deviation). */
  jitter: number;
  /** Cycle-to-cycle level shimmer (dB, standard deviation). */
  shimmerDb: number;
  /** Level of the breaths between phrases, relative to the voice's loudest syllables. */
  breathDb: number;
  /** How far the lead's short-term loudness sits above the instruments while it sings (LU). */
  aboveBedLu: number;
}

const BASE: VocalStyle = {
  vibratoScale: 1,
  vibratoRateHz: 5.6,
  scoopS: 0.05,
  scoopCents: 80,
  driftCents: 7,
  jitter: 0.004,
  shimmerDb: 0.35,
  breathDb: -30,
  aboveBedLu: 3,
};

/** Deliveries by genre family; a genre not listed sings the base style. */
const BY_GENRE: Readonly<Record<string, Partial<VocalStyle>>> = {
  pop: { aboveBedLu: 3.5 },
  rock: { vibratoScale: 0.8, scoopS: 0.06, scoopCents: 100, jitter: 0.006, shimmerDb: 0.5, aboveBedLu: 1.5 },
  metal: { vibratoScale: 0.75, vibratoRateHz: 6, scoopS: 0.04, jitter: 0.008, shimmerDb: 0.6, aboveBedLu: 1.2 },
  'r&b': { vibratoScale: 1.2, vibratoRateHz: 5.4, scoopS: 0.07, scoopCents: 120 },
  soul: { vibratoScale: 1.2, vibratoRateHz: 5.4, scoopS: 0.07, scoopCents: 120 },
  gospel: { vibratoScale: 1.25, vibratoRateHz: 5.5, scoopS: 0.07, scoopCents: 120 },
  jazz: { vibratoScale: 1.1, vibratoRateHz: 5.3, scoopS: 0.06, scoopCents: 100 },
  blues: { vibratoScale: 1.1, vibratoRateHz: 5.3, scoopS: 0.08, scoopCents: 130, aboveBedLu: 2 },
  country: { vibratoScale: 0.9, scoopS: 0.06, scoopCents: 100 },
  folk: { vibratoScale: 0.85, scoopS: 0.04, scoopCents: 60, breathDb: -27 },
  classical: { vibratoScale: 1.3, vibratoRateHz: 5.8, scoopS: 0.03, scoopCents: 50, driftCents: 5, aboveBedLu: 2 },
  cinematic: { vibratoScale: 1.2, vibratoRateHz: 5.7, scoopS: 0.03, scoopCents: 50, driftCents: 5, aboveBedLu: 2 },
  'hip hop': { vibratoScale: 0.7, scoopS: 0.04, scoopCents: 60, aboveBedLu: 4 },
  'lo-fi': { vibratoScale: 0.8, breathDb: -26 },
  ambient: { vibratoScale: 0.9, breathDb: -26 },
};

/** The delivery for a genre (matched by name, e.g. `rnb` and `R&B` alike). */
export function vocalStyleFor(genre: string | undefined): VocalStyle {
  const key = (genre ?? '').toLowerCase().replace(/^rnb$/, 'r&b').replace(/-/g, ' ').replace(/^lo fi$/, 'lo-fi');
  return { ...BASE, ...(BY_GENRE[key] ?? {}) };
}
