import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../domain/app-error.ts';

/** Where the body-limit middleware leaves the body it read (bytes, at most the limit). */
const RAW_BODY = 'boundedBody';

/**
 * The one body limit of the whole app: a request whose Content-Length is over `limit` is refused
 * before a byte is read, and a body without one is read only until it passes `limit`. The bytes it
 * read are kept for `readJsonBody`, so no route reads a body on its own.
 */
export function bodyLimit(limit: number): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body && unreadBodyAnnounced(c.req.header('transfer-encoding'), c.req.header('content-length'), limit)) {
      // GET and HEAD bodies are never read; one of unknown or too large a size is not taken in either.
      c.header('Connection', 'close');
      throw tooLarge(limit);
    }
    if (body) {
      const declared = Number(c.req.header('content-length') ?? '0');
      // The rest of a refused body is not read: the connection closes after the answer.
      c.header('Connection', 'close');
      if (!Number.isFinite(declared) || declared > limit) {
        await body.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      c.set(RAW_BODY as never, (await readWithin(body, limit)) as never);
      c.header('Connection', undefined);
    }
    await next();
  };
}

/** The body the middleware read; empty when the request had none. */
export function boundedBody(c: { get(key: never): unknown }): Uint8Array {
  return (c.get(RAW_BODY as never) as Uint8Array | undefined) ?? new Uint8Array();
}

function unreadBodyAnnounced(transferEncoding: string | undefined, contentLength: string | undefined, limit: number): boolean {
  if (transferEncoding !== undefined) return true;
  const declared = Number(contentLength ?? '0');
  return !Number.isFinite(declared) || declared > limit;
}

async function readWithin(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): AppError {
  return new AppError('invalid_request', `The request body is larger than ${limit} bytes: shorten it.`, {
    issues: [{ path: 'body', message: `is larger than ${limit} bytes` }],
  });
}
