import type { Context } from 'hono';
import { AppError } from '../../domain/app-error.ts';
import { boundedBody } from './body-limit.ts';

/**
 * Parses the body the body-limit middleware read as a JSON object. Returns the text too, since
 * `param` keeps it verbatim. Every refusal names `body` in `data.issues`.
 */
export function readJsonBody(c: Context): { raw: string; body: Record<string, unknown> } {
  const raw = Buffer.from(boundedBody(c)).toString('utf8');
  if (raw.trim() === '') throw bodyError('The request body is empty: send a JSON object.', 'is empty');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw bodyError('The request body is not valid JSON: send a JSON object with Content-Type: application/json.', 'is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw bodyError('The request body must be a JSON object.', 'must be a JSON object');
  }
  return { raw, body: body as Record<string, unknown> };
}

function bodyError(message: string, issue: string): AppError {
  return new AppError('invalid_request', message, { issues: [{ path: 'body', message: issue }] });
}
