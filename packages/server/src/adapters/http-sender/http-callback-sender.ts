import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { isIpLiteral } from '../../domain/callback-url.ts';
import type { CallbackRequest, CallbackSender, SendErrorKind, SendResult } from '../../ports/callback-sender.ts';
import type { HostResolver } from '../../ports/host-resolver.ts';
import { createDnsHostResolver } from './dns-host-resolver.ts';
import { BlockedAddressError, createGuardedLookup, refuseAddress } from './guarded-lookup.ts';

/** Options of {@link createHttpCallbackSender}. */
export interface HttpCallbackSenderOptions {
  /** `SONGLOOM_ALLOW_PRIVATE_CALLBACKS`: let callbacks reach loopback/private addresses (development, tests). */
  allowPrivate: boolean;
  /** Defaults to the system resolver. */
  resolver?: HostResolver;
  /** Bytes of the response body kept as the excerpt (default 1024). */
  excerptBytes?: number;
  /** Pooled keep-alive sockets per origin (default 64). */
  maxSocketsPerHost?: number;
}

const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
/** Read at most this much of a response before dropping the connection. */
const MAX_BODY_BYTES = 64 * 1024;

class TimeoutError extends Error {}

function errorKind(error: unknown): SendErrorKind {
  if (error instanceof TimeoutError) return 'timeout';
  if (error instanceof BlockedAddressError) return 'blocked';
  const code = (error as NodeJS.ErrnoException).code;
  return code !== undefined && CONNECT_ERRORS.has(code) ? 'connect' : 'network';
}

/**
 * Reads a response into a capped excerpt and calls `done` once (end, error, or more than
 * MAX_BODY_BYTES read). Returns a function that finishes early with what has been read.
 */
function readResponse(
  response: http.IncomingMessage,
  excerptBytes: number,
  done: (status: number, retryAfter: string | null, excerpt: string) => void,
): () => void {
  const chunks: Buffer[] = [];
  let kept = 0;
  let read = 0;
  let called = false;
  const finish = (): void => {
    if (called) return;
    called = true;
    const retryAfter = response.headers['retry-after'];
    done(response.statusCode ?? 0, typeof retryAfter === 'string' ? retryAfter : null, Buffer.concat(chunks).toString('utf8'));
  };
  response.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (kept < excerptBytes) {
      const part = chunk.subarray(0, excerptBytes - kept);
      chunks.push(part);
      kept += part.length;
    }
    if (read > MAX_BODY_BYTES) {
      finish();
      response.destroy();
    }
  });
  response.on('end', finish);
  response.on('error', finish);
  response.on('close', finish);
  return finish;
}

/**
 * POSTs callbacks with `node:http`/`node:https`: a whole-request deadline, redirects returned as
 * they are (never followed), a capped response excerpt, and the SSRF guard on the address dialled
 * (literal hosts checked before connecting, names through a guarded `lookup`, and the socket's
 * remote address checked again once connected).
 */
export function createHttpCallbackSender(options: HttpCallbackSenderOptions): CallbackSender {
  const { allowPrivate } = options;
  const lookup = createGuardedLookup(options.resolver ?? createDnsHostResolver(), allowPrivate);
  const excerptBytes = options.excerptBytes ?? 1024;
  const agentOptions = { keepAlive: true, maxSockets: options.maxSocketsPerHost ?? 64 };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

  function send(req: CallbackRequest): Promise<SendResult> {
    const started = performance.now();
    const elapsed = (): number => performance.now() - started;
    return new Promise<SendResult>((resolve) => {
      let settled = false;
      let request: http.ClientRequest | undefined;
      let finishResponse: (() => void) | undefined;
      const finish = (result: SendResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const fail = (error: unknown): void =>
        finish({ kind: 'error', error: errorKind(error), message: (error as Error).message, durationMs: elapsed() });
      const timer = setTimeout(() => {
        finishResponse?.(); // the status already arrived: it counts, only the body was slow
        request?.destroy(new TimeoutError(`no answer within ${req.timeoutMs} ms`));
      }, req.timeoutMs);

      const url = new URL(req.url);
      const literalRefusal = isIpLiteral(url.hostname) ? refuseAddress(url.hostname, allowPrivate) : null;
      if (literalRefusal) return fail(literalRefusal);
      request = (url.protocol === 'https:' ? https : http).request(url, {
        method: 'POST',
        agent: agents[url.protocol as 'http:' | 'https:'],
        lookup,
        headers: { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) },
      });
      const sending = request;
      sending.on('socket', (socket: Socket) => guardSocket(socket, sending));
      sending.on('error', fail);
      sending.on('response', (response) => {
        finishResponse = readResponse(response, excerptBytes, (status, retryAfter, excerpt) =>
          finish({ kind: 'response', status, retryAfter, excerpt, durationMs: elapsed() }),
        );
      });
      sending.end(req.body);
    });
  }

  /** Checks the peer of a new socket once connected; a pooled socket was checked when it connected. */
  function guardSocket(socket: Socket, request: http.ClientRequest): void {
    if (!socket.connecting) return;
    socket.once('connect', () => {
      const refusal = socket.remoteAddress ? refuseAddress(socket.remoteAddress, allowPrivate) : null;
      if (refusal) request.destroy(refusal);
    });
  }

  return {
    send,
    async close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
