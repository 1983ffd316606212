/**
 * The parts of the API contract the page needs, mirrored from packages/contract/src (models.ts,
 * codes.ts, generate-request.ts). The server's tests compare this file with the contract, so a
 * change there that is not made here fails a test.
 */

/** Model names, oldest first, with their length limits in characters and longest song in seconds. */
export const MODELS = {
  V3_5: { customPrompt: 3000, style: 200, title: 80, maxSeconds: 240 },
  V4: { customPrompt: 3000, style: 200, title: 80, maxSeconds: 240 },
  V4_5: { customPrompt: 5000, style: 1000, title: 100, maxSeconds: 480 },
  V4_5PLUS: { customPrompt: 5000, style: 1000, title: 100, maxSeconds: 480 },
  V4_5ALL: { customPrompt: 5000, style: 1000, title: 80, maxSeconds: 480 },
  V5: { customPrompt: 5000, style: 1000, title: 100, maxSeconds: 480 },
  V5_5: { customPrompt: 5000, style: 1000, title: 100, maxSeconds: 480 },
};

/** The model the form selects first. */
export const DEFAULT_MODEL = 'V4_5';

/** Longest description in simple mode (customMode false), every model. */
export const NON_CUSTOM_PROMPT_MAX = 500;

/** Accepted `duration`, seconds (each model may allow less: `maxSeconds`). */
export const DURATION_RANGE = { min: 10, max: 480 };

/** Largest `seed`: an unsigned 32-bit integer. */
export const SEED_MAX = 0xffffffff;

/** The statuses of a task that is on its way, in order. */
export const PROGRESS_STATUSES = ['PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS', 'SUCCESS'];

/** Statuses of a failed task (record-info then has `errorCode` and `errorMessage`). */
export const FAILED_STATUSES = ['CREATE_TASK_FAILED', 'GENERATE_AUDIO_FAILED', 'SENSITIVE_WORD_ERROR'];

/** Statuses after which a task never changes: polling stops. */
export const TERMINAL_STATUSES = ['SUCCESS', ...FAILED_STATUSES, 'CALLBACK_EXCEPTION'];
