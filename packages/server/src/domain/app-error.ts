import { httpStatusOf, type ContractCode } from '@songloom/contract';

export type AppErrorCode =
  | 'invalid_request'
  | 'content_blocked'
  | 'too_long'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'insufficient_credits'
  | 'rate_limited'
  | 'draining'
  | 'internal';

export interface ErrorIssue {
  path: string;
  message: string;
}

/** The one error type of the service; HTTP turns it into the contract envelope. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: AppErrorCode, message: string, options: { issues?: ErrorIssue[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues;
  }
}

/**
 * The contract code of each error; `satisfies Record` makes a missing entry a compile error. The
 * HTTP status follows from the code (the contract's own table), except the file links' 403, which
 * the contract does not have.
 */
export const ERROR_TABLE = {
  invalid_request: 400,
  content_blocked: 400,
  too_long: 413,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  insufficient_credits: 429,
  rate_limited: 430,
  draining: 455,
  internal: 500,
} as const satisfies Record<AppErrorCode, ContractCode | 403>;

export function statusOf(code: AppErrorCode): { contractCode: number; httpStatus: number } {
  const contractCode = ERROR_TABLE[code];
  return { contractCode, httpStatus: contractCode === 403 ? 403 : httpStatusOf(contractCode) };
}
