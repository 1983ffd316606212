/**
 * The models of the contract: their names, the length limits of each, the name reported in
 * callbacks and record-info (`model_name` / `type`), and the longest song each may produce.
 */

/** Every model name a client may send in `model`, oldest first. */
export const MODEL_NAMES = ['V3_5', 'V4', 'V4_5', 'V4_5PLUS', 'V4_5ALL', 'V5', 'V5_5'] as const;

/** A model name of the contract. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** Upper bounds, in characters, of the text fields of a generate request. */
export interface ModelLimits {
  /** Lyrics in custom mode. */
  readonly customPrompt: number;
  readonly style: number;
  readonly title: number;
  /** The description in non-custom mode (500 for every model). */
  readonly nonCustomPrompt: number;
}

/** Length of the description in non-custom mode, the same for every model. */
export const NON_CUSTOM_PROMPT_MAX = 500;

const SHORT: ModelLimits = { customPrompt: 3000, style: 200, title: 80, nonCustomPrompt: NON_CUSTOM_PROMPT_MAX };
const LONG: ModelLimits = { customPrompt: 5000, style: 1000, title: 100, nonCustomPrompt: NON_CUSTOM_PROMPT_MAX };

/** Length limits per model; over a limit the contract answers code 413. */
export const MODEL_LIMITS = {
  V3_5: SHORT,
  V4: SHORT,
  V4_5: LONG,
  V4_5PLUS: LONG,
  V4_5ALL: { ...LONG, title: 80 },
  V5: LONG,
  V5_5: LONG,
} as const satisfies Record<ModelName, ModelLimits>;

/** The internal model names that callbacks (`model_name`) and record-info (`type`) report. */
export const CHIRP_MODEL_NAMES = [
  'chirp-v3-5',
  'chirp-v4',
  'chirp-auk',
  'chirp-bluejay',
  'chirp-crow',
  'chirp-fenix',
] as const;

/** An internal model name as reported on the wire. */
export type ChirpModelName = (typeof CHIRP_MODEL_NAMES)[number];

/** `model_name` for each model (V4_5 and V4_5ALL share `chirp-auk`). */
export const MODEL_WIRE_NAMES = {
  V3_5: 'chirp-v3-5',
  V4: 'chirp-v4',
  V4_5: 'chirp-auk',
  V4_5PLUS: 'chirp-bluejay',
  V4_5ALL: 'chirp-auk',
  V5: 'chirp-crow',
  V5_5: 'chirp-fenix',
} as const satisfies Record<ModelName, ChirpModelName>;

/** Longest song, in seconds, each model produces: 4 minutes up to V4, 8 minutes from V4_5 on. */
export const MODEL_MAX_SECONDS = {
  V3_5: 240,
  V4: 240,
  V4_5: 480,
  V4_5PLUS: 480,
  V4_5ALL: 480,
  V5: 480,
  V5_5: 480,
} as const satisfies Record<ModelName, number>;

/** Whether `value` is one of the contract's model names (exact spelling, case-sensitive). */
export function isModelName(value: unknown): value is ModelName {
  return typeof value === 'string' && (MODEL_NAMES as readonly string[]).includes(value);
}

/** The `model_name` reported for a model, e.g. `modelName('V4')` is `'chirp-v4'`. */
export function modelName(model: ModelName): ChirpModelName {
  return MODEL_WIRE_NAMES[model];
}
