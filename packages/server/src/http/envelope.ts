import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, statusOf } from '../domain/app-error.ts';
import type { Logger } from '../ports/logger.ts';

const DISCONNECT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ECONNABORTED']);

/** A request whose client hung up mid-way: its own doing, not a server error. */
function clientWentAway(c: Context, error: unknown): boolean {
  if (c.req.raw.signal.aborted) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return error.message === 'aborted' || (code !== undefined && DISCONNECT_CODES.has(code));
}

/** The contract's success envelope. */
export function success(c: Context, data: unknown): Response {
  return c.json({ code: 200, msg: 'success', data });
}

/** The single error handler: AppError becomes its envelope; anything else a logged 500 without a stack. */
export function errorResponse(c: Context, error: unknown, logger: Logger): Response {
  if (clientWentAway(c, error)) {
    logger.info('client closed the connection', { requestId: c.get('requestId' as never), path: c.req.path });
    return c.json({ code: 400, msg: 'The client closed the connection before the request was read.', data: null }, 400);
  }
  if (error instanceof AppError) {
    const { contractCode, httpStatus } = statusOf(error.code);
    const data = error.issues ? { issues: error.issues } : null;
    return c.json({ code: contractCode, msg: error.message, data }, httpStatus as ContentfulStatusCode);
  }
  logger.error('unhandled error', {
    requestId: c.get('requestId' as never),
    path: c.req.path,
    error: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return c.json({ code: 500, msg: 'Internal server error: retry later. If it persists, check the server log.', data: null }, 500);
}
