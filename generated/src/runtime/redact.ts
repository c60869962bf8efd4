// Secret scrubbing for every string that can leave the runtime: error messages, stacks, causes, log lines.
// Secrets are tracked by value (tokens rotate, so the set is mutable) and by shape (webhook path,
// `auth=` and other credential query params, Bearer headers, JSON "auth" fields) so that a secret we
// were never told about — e.g. one inside a URL echoed back by fetch — is still removed.

const MASK = '***';

/** Credential-bearing query/form keys whose values are always masked. */
const QUERY_SECRET = /\b(auth|access_token|refresh_token|client_secret|api_key|apikey|token|session_token)=([^&\s"'#<>]+)/gi;
/** Same keys as JSON properties, e.g. a request body echoed in an error. */
const JSON_SECRET = /"(auth|access_token|refresh_token|client_secret|accessToken|refreshToken|clientSecret|apiKey|sessionToken)"\s*:\s*"[^"]*"/g;
/** Webhook URLs carry the secret as the path segment after the user id: /rest/<id>/<secret>/. */
const WEBHOOK_PATH = /(\/rest\/\d+\/)([^/?#\s"'<>]+)/g;
const BEARER = /\b(Bearer)\s+[^\s"',;]+/gi;
const API_KEY_HEADER = /(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;

/** A mutable set of known secrets plus pattern rules; `redact` is safe to call on any string. */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers secret values (and their URL-encoded forms); empty values are ignored. */
  add(...values: Array<string | undefined | null>): void {
    for (const v of values) {
      if (typeof v !== 'string' || v.length === 0) continue;
      this.secrets.add(v);
      const enc = encodeURIComponent(v);
      if (enc !== v) this.secrets.add(enc);
    }
  }

  /** Returns the text with every known secret and credential-shaped substring masked. */
  redact(text: string): string {
    // Shapes first (they need the key names intact), then known values anywhere.
    let out = text
      .replace(WEBHOOK_PATH, `$1${MASK}`)
      .replace(QUERY_SECRET, `$1=${MASK}`)
      .replace(JSON_SECRET, `"$1":"${MASK}"`)
      .replace(BEARER, `$1 ${MASK}`)
      .replace(API_KEY_HEADER, `$1${MASK}`);
    // Longest first so a secret containing another secret is masked whole.
    const list = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const s of list) out = out.split(s).join(MASK);
    return out;
  }

  /** Deep-copies plain data with all strings redacted (for log payloads); cycles and depth are bounded. */
  redactValue(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (value === null || typeof value !== 'object' || depth > 6) return value;
    if (Array.isArray(value)) return value.map((v) => this.redactValue(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.redactValue(v, depth + 1);
    return out;
  }
}

/**
 * Rebuilds a thrown value (fetch's TypeError, undici's SocketError, an AbortSignal reason…) as a plain
 * Error whose message, stack and nested causes are redacted. Arbitrary own properties are dropped on
 * purpose: undici attaches sockets and request objects that `util.inspect` would print, URL included.
 */
export function sanitizeCause(cause: unknown, redactor: Redactor, depth = 0): unknown {
  if (cause === undefined || cause === null) return cause;
  if (depth > 4) return undefined;
  if (typeof cause !== 'object') return redactor.redact(String(cause));
  const src = cause as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; cause?: unknown };
  const message = redactor.redact(typeof src.message === 'string' ? src.message : String(cause));
  const inner = src.cause === undefined ? undefined : sanitizeCause(src.cause, redactor, depth + 1);
  const clean: Error & { code?: string } = inner === undefined ? new Error(message) : new Error(message, { cause: inner });
  if (typeof src.name === 'string') clean.name = src.name;
  if (typeof src.code === 'string' || typeof src.code === 'number') clean.code = String(src.code);
  clean.stack = typeof src.stack === 'string' ? redactor.redact(src.stack) : `${clean.name}: ${message}`;
  return clean;
}
