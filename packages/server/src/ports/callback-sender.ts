/** One signed callback POST, ready to go on the wire. */
export interface CallbackRequest {
  url: string;
  /** Every header to send besides Content-Length (Content-Type, webhook-id, -timestamp, -signature...). */
  headers: Record<string, string>;
  body: string;
  /** Whole-request deadline: connect, send and read the response. */
  timeoutMs: number;
}

/** Why an attempt produced no HTTP response. `blocked`: the address dialled is not allowed (SSRF guard). */
export type SendErrorKind = 'timeout' | 'connect' | 'blocked' | 'network';

/** What came back: a response (any status, redirects are not followed) or a transport error. */
export type SendResult =
  | {
      kind: 'response';
      status: number;
      /** Raw `Retry-After` header, when present. */
      retryAfter: string | null;
      /** The start of the response body, capped by the sender. */
      excerpt: string;
      durationMs: number;
    }
  | { kind: 'error'; error: SendErrorKind; message: string; durationMs: number };

/** Sends callbacks over HTTP; never throws, every failure is a result. */
export interface CallbackSender {
  send(request: CallbackRequest): Promise<SendResult>;
  /** Frees pooled connections. */
  close(): Promise<void>;
}
