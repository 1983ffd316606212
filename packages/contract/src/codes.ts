/**
 * The contract's result codes, task statuses and callback types.
 */

/** Every `code` the contract uses (in the envelope, in callbacks and in record-info `errorCode`). */
export const CONTRACT_CODES = [200, 400, 401, 404, 405, 409, 413, 429, 430, 455, 500, 501, 531] as const;

/** A result code of the contract. */
export type ContractCode = (typeof CONTRACT_CODES)[number];

/** Codes of failures: every code but 200. */
export const ERROR_CODES = [400, 401, 404, 405, 409, 413, 429, 430, 455, 500, 501, 531] as const satisfies readonly Exclude<
  ContractCode,
  200
>[];

/** A failure code: what an error envelope or record-info `errorCode` carries. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes an `error` callback carries: 501 usually; 400/413/429/500/531 as the contract lists. */
export const CALLBACK_ERROR_CODES = [400, 413, 429, 500, 501, 531] as const satisfies readonly ErrorCode[];

/** The `code` of an `error` callback. */
export type CallbackErrorCode = (typeof CALLBACK_ERROR_CODES)[number];

/** What each code means and how it travels over HTTP. */
export interface CodeInfo {
  /** The HTTP status of a response carrying this code. */
  readonly httpStatus: number;
  /** The contract's meaning, in a few words. */
  readonly meaning: string;
  /** Whether repeating the same request later may succeed. */
  readonly retryable: boolean;
}

/**
 * Code -> HTTP status. The HTTP status equals the code, so a client reading either sees the same
 * thing, except for the codes that are not HTTP statuses, which travel with a status that means the
 * same thing in this contract:
 *
 * | code | HTTP | why |
 * |---|---|---|
 * | 430 call frequency too high | 405 | 405 is this contract's "rate limit exceeded": the same advice (slow down). Not 429, which here means "insufficient credits": a client reading HTTP 429 would stop for lack of credits. |
 * | 455 maintenance | 503 | Service Unavailable: a server-side state despite its number; retry later. |
 * | 501 audio generation failed | 500 | Server-side failure (501 Not Implemented would be misread). |
 * | 531 failed, refunded, retry | 500 | Server-side failure, retryable. |
 *
 * 501 and 531 appear in callbacks and record-info `errorCode`; the table still gives them a status
 * so that every code has one.
 */
export const CODE_INFO = {
  200: { httpStatus: 200, meaning: 'success', retryable: false },
  400: { httpStatus: 400, meaning: 'invalid parameters or content violation', retryable: false },
  401: { httpStatus: 401, meaning: 'missing or invalid API key', retryable: false },
  404: { httpStatus: 404, meaning: 'unknown path, method or task', retryable: false },
  405: { httpStatus: 405, meaning: 'rate limit exceeded', retryable: true },
  409: { httpStatus: 409, meaning: 'conflict', retryable: false },
  413: { httpStatus: 413, meaning: 'prompt, style or title too long for the model', retryable: false },
  429: { httpStatus: 429, meaning: 'insufficient credits', retryable: false },
  430: { httpStatus: 405, meaning: 'call frequency too high', retryable: true },
  455: { httpStatus: 503, meaning: 'maintenance', retryable: true },
  500: { httpStatus: 500, meaning: 'server error, retry later', retryable: true },
  501: { httpStatus: 500, meaning: 'audio generation failed', retryable: false },
  531: { httpStatus: 500, meaning: 'generation failed, credits refunded, retry', retryable: true },
} as const satisfies Record<ContractCode, CodeInfo>;

/** The HTTP status that carries a contract code. */
export function httpStatusOf(code: ContractCode): number {
  return CODE_INFO[code].httpStatus;
}

/** Whether `value` is one of the contract's codes. */
export function isContractCode(value: unknown): value is ContractCode {
  return typeof value === 'number' && (CONTRACT_CODES as readonly number[]).includes(value);
}

/** Every task status, in-progress ones first in the order they happen. */
export const TASK_STATUSES = [
  'PENDING',
  'TEXT_SUCCESS',
  'FIRST_SUCCESS',
  'SUCCESS',
  'CREATE_TASK_FAILED',
  'GENERATE_AUDIO_FAILED',
  'SENSITIVE_WORD_ERROR',
  'CALLBACK_EXCEPTION',
] as const;

/** A task status as record-info reports it. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses of a task that failed: record-info then carries `errorCode` and `errorMessage`. */
export const FAILED_STATUSES = ['CREATE_TASK_FAILED', 'GENERATE_AUDIO_FAILED', 'SENSITIVE_WORD_ERROR'] as const;

/** Statuses after which a task never changes again (CALLBACK_EXCEPTION: audio done, delivery failed). */
export const TERMINAL_STATUSES = ['SUCCESS', ...FAILED_STATUSES, 'CALLBACK_EXCEPTION'] as const;

/** Whether a status is final, i.e. polling may stop. */
export function isTerminalStatus(status: TaskStatus): boolean {
  return (TERMINAL_STATUSES as readonly TaskStatus[]).includes(status);
}

/** Whether a status means the task failed. */
export function isFailedStatus(status: TaskStatus): boolean {
  return (FAILED_STATUSES as readonly TaskStatus[]).includes(status);
}

/** Callback stages, in the order they are sent; `error` may come at any point instead. */
export const CALLBACK_TYPES = ['text', 'first', 'complete', 'error'] as const;

/** The `callbackType` of a callback body. */
export type CallbackType = (typeof CALLBACK_TYPES)[number];

/** The `msg` of each successful callback stage. */
export const CALLBACK_STAGE_MESSAGES = {
  text: 'Text generation completed.',
  first: 'First track generated successfully.',
  complete: 'All generated successfully.',
} as const satisfies Record<Exclude<CallbackType, 'error'>, string>;
