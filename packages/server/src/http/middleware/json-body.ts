import type { Context } from 'hono';
import { AppError } from '../../domain/app-error.ts';

/**
 * Reads the body as text within `limit` bytes (checked against Content-Length and while reading),
 * then parses it as a JSON object. Returns both, since `param` keeps the text verbatim.
 */
export async function readJsonBody(c: Context, limit: number): Promise<{ raw: string; body: unknown }> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') throw new AppError('invalid_request', 'The request body is empty: send a JSON object.');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_request', 'The request body is not valid JSON: send a JSON object with Content-Type: application/json.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('invalid_request', 'The request body must be a JSON object.');
  }
  return { raw, body };
}

function tooLarge(limit: number): AppError {
  return new AppError('invalid_request', `The request body is larger than ${limit} bytes: shorten it.`);
}
