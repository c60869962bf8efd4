// One HTTP exchange over the global fetch: per-attempt timeout, caller's AbortSignal, and the whole
// body read as text (so a connection cut mid-body surfaces here, not later in JSON.parse). Failures are
// turned into errors by a caller-supplied factory so REST and Vibe each get their own error class.

/** What to send. */
export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** What came back: status, headers and the complete body text. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** How the exchange failed: before any response, by timeout/abort, or while reading the body. */
export type HttpFailureKind = 'network' | 'timeout' | 'aborted' | 'body';

/** Builds the error to throw for a failed exchange; `status` is set when headers had arrived. */
export type HttpFailureFactory = (kind: HttpFailureKind, cause: unknown, status?: number) => Error;

/** Transport settings for one exchange. */
export interface HttpOptions {
  fetch: typeof fetch;
  /** Milliseconds for the whole exchange including the body; 0 or undefined disables. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Performs one request; rejects with `fail(...)` on transport failure, timeout or abort. */
export async function sendHttp(req: HttpRequest, opts: HttpOptions, fail: HttpFailureFactory): Promise<HttpResponse> {
  const { signal, timeoutMs } = opts;
  if (signal?.aborted) throw fail('aborted', signal.reason);
  // Our own controller merges the caller's signal with the timeout (AbortSignal.any is not everywhere yet).
  const ctrl = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs !== undefined && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          ctrl.abort();
        }, timeoutMs)
      : undefined;
  const onAbort = (): void => ctrl.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const kindOf = (fallback: HttpFailureKind): HttpFailureKind => (signal?.aborted ? 'aborted' : timedOut ? 'timeout' : fallback);
  try {
    let res: Response;
    try {
      res = await opts.fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal: ctrl.signal });
    } catch (err) {
      throw fail(kindOf('network'), kindOf('network') === 'aborted' ? (signal?.reason ?? err) : err);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw fail(kindOf('body'), err, res.status);
    }
    return { status: res.status, headers: res.headers, text };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Parses a JSON body; returns undefined (instead of throwing) for empty, non-JSON or truncated text. */
export function parseJson(text: string): { value: unknown } | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** Maps a failure kind to the runtime's error code and a short reason; `transport` marks replay-on-idempotent. */
export function describeFailure(kind: HttpFailureKind, cause: unknown, status?: number): { code: string; reason: string; transport: boolean } {
  const detail = cause instanceof Error && cause.message ? `: ${cause.message}` : '';
  switch (kind) {
    case 'aborted':
      return { code: 'ABORTED', reason: 'aborted', transport: false };
    case 'timeout':
      return { code: 'TIMEOUT', reason: 'timed out', transport: true };
    case 'body':
      return { code: 'INVALID_RESPONSE', reason: `response body was cut off (HTTP ${status})${detail}`, transport: true };
    default:
      return { code: 'NETWORK_ERROR', reason: `network error${detail}`, transport: true };
  }
}

/**
 * A short, readable excerpt of a body that is not the JSON expected (a proxy's 502 page): tags, scripts
 * and styles dropped, whitespace collapsed, redacted, then cut to `max` characters (redacting first, so a
 * cut cannot leave half a secret the redactor no longer recognises).
 */
export function bodySnippet(text: string, redact: (s: string) => string, max = 160): string {
  const plain = text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const s = redact(plain === '' ? text.replace(/\s+/g, ' ').trim() : plain);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The message of an INVALID_RESPONSE for a body that is not a JSON object: status, size and a snippet. */
export function notJsonMessage(where: string, status: number, text: string, redact: (s: string) => string): string {
  const snippet = bodySnippet(text, redact);
  return `${where}: response is not a JSON object (HTTP ${status}, ${text.length} chars)${snippet ? `: ${JSON.stringify(snippet)}` : ''}`;
}
