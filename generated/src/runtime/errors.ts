// Error classes. Fields are assigned only when present so `util.inspect` stays terse, and `toJSON`
// lists exactly what is safe to serialise. Runtime code builds errors through `makeB24Error` /
// `makeVibeError`, which redact every string and rebuild the cause chain, so no constructor call
// inside the runtime can carry a secret.

import { sanitizeCause, type Redactor } from './redact.js';

/** Codes the runtime itself raises (in addition to what servers return). */
export type RuntimeErrorCode =
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'INVALID_RESPONSE'
  | 'INVALID_CONFIG'
  | 'INVALID_ARGUMENT'
  | 'INVALID_BATCH'
  | 'BATCH_HALTED'
  | 'BATCH_NO_RESULT'
  | 'REFRESH_FAILED'
  | 'AUTH_PROVIDER_FAILED'
  | 'VALIDATION_FAILED';

/** Fields shared by every error the runtime throws. */
export interface ApiErrorInit<C extends string> {
  code: C | (string & {});
  message?: string;
  status?: number;
  cause?: unknown;
  /** Server-requested delay before a retry, already converted to milliseconds. */
  retryAfterMs?: number;
}

const TRANSPORT = /* @__PURE__ */ Symbol('b24.transport');

/** Common base of B24Error and VibeError: a machine code, the HTTP status and a redacted cause. */
export class ApiError<C extends string = string> extends Error {
  declare readonly code: C | (string & {});
  declare readonly status?: number;
  declare readonly retryAfterMs?: number;

  constructor(init: ApiErrorInit<C>, name = 'ApiError') {
    super(init.message ?? String(init.code), init.cause === undefined ? undefined : { cause: init.cause });
    // Non-enumerable like Error.prototype.name, so it does not clutter inspect/JSON output.
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true, enumerable: false });
    this.stack = typeof this.stack === 'string' ? this.stack.replace(/^Error\b/, name) : this.stack;
    assign(this, 'code', init.code);
    assign(this, 'status', init.status);
    assign(this, 'retryAfterMs', init.retryAfterMs);
  }

  /** Serialisable view: no cause (it may be an arbitrary object), only redacted fields. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const k of Object.keys(this)) out[k] = (this as unknown as Record<string, unknown>)[k];
    return out;
  }
}

/** One entry of a REST 3.0 error's `validation` list (rest-v3.md#response: `field` and `message`). */
export interface V3ValidationIssue {
  field?: string;
  message: string;
}

/** Init for B24Error; `description` is Bitrix's `error_description` (REST 3.0: `error.message`). */
export interface B24ErrorInit<C extends string> extends ApiErrorInit<C> {
  description?: string;
  method?: string;
  /** REST 3.0 `error.validation`: the fields a request failed on. */
  validation?: readonly V3ValidationIssue[];
  /** batch: the outcomes of the commands that ran before a later request of the same batch failed. */
  partial?: Readonly<Record<string, unknown>>;
}

/** An error from the Bitrix24 REST API or from this runtime while calling it. */
export class B24Error<C extends string = string> extends ApiError<C> {
  declare readonly description?: string;
  declare readonly method?: string;
  declare readonly validation?: readonly V3ValidationIssue[];
  declare readonly partial?: Readonly<Record<string, unknown>>;

  constructor(init: B24ErrorInit<C>) {
    super({ ...init, message: init.message ?? defaultMessage(init.method, init.code, withFields(init.description, init.validation), init.status) }, 'B24Error');
    assign(this, 'description', init.description);
    assign(this, 'method', init.method);
    assign(this, 'validation', init.validation);
    if (init.partial !== undefined) Object.defineProperty(this, 'partial', { value: init.partial, enumerable: false, configurable: true });
  }
}

/** Init for VibeError; mirrors the Vibe error envelope's optional fields. */
export interface VibeErrorInit<C extends string> extends ApiErrorInit<C> {
  /** The server's `error.message`. */
  description?: string;
  hint?: string;
  userMessage?: string;
  warning?: string;
  operation?: string;
}

/** An error from the Vibe REST API (`{success:false, error:{code,message,hint?}}`) or this runtime. */
export class VibeError<C extends string = string> extends ApiError<C> {
  declare readonly description?: string;
  declare readonly hint?: string;
  declare readonly userMessage?: string;
  declare readonly warning?: string;
  declare readonly operation?: string;

  constructor(init: VibeErrorInit<C>) {
    super({ ...init, message: init.message ?? defaultMessage(init.operation, init.code, init.description, init.status) }, 'VibeError');
    assign(this, 'description', init.description);
    assign(this, 'hint', init.hint);
    assign(this, 'userMessage', init.userMessage);
    assign(this, 'warning', init.warning);
    assign(this, 'operation', init.operation);
  }
}

/** Builds a B24Error with every string redacted and the cause chain sanitised. */
export function makeB24Error<C extends string = string>(r: Redactor, init: B24ErrorInit<C>, transport = false): B24Error<C> {
  const err = new B24Error<C>({
    ...init,
    message: init.message === undefined ? undefined : r.redact(init.message),
    description: init.description === undefined ? undefined : r.redact(init.description),
    validation: init.validation?.map((v) => ({ ...(v.field === undefined ? {} : { field: r.redact(v.field) }), message: r.redact(v.message) })),
    cause: sanitizeCause(init.cause, r),
  });
  if (!init.message) redactOwnMessage(err, r);
  return transport ? markTransport(err) : err;
}

/** Builds a VibeError with every string redacted and the cause chain sanitised. */
export function makeVibeError<C extends string = string>(r: Redactor, init: VibeErrorInit<C>, transport = false): VibeError<C> {
  const red = (s: string | undefined): string | undefined => (s === undefined ? undefined : r.redact(s));
  const err = new VibeError<C>({
    ...init,
    message: red(init.message),
    description: red(init.description),
    hint: red(init.hint),
    userMessage: red(init.userMessage),
    warning: red(init.warning),
    cause: sanitizeCause(init.cause, r),
  });
  if (!init.message) redactOwnMessage(err, r);
  return transport ? markTransport(err) : err;
}

/** Flags an error as a transport failure (connection reset, timeout, body cut off): retried only when safe. */
export function markTransport<E extends Error>(err: E): E {
  Object.defineProperty(err, TRANSPORT, { value: true, enumerable: false });
  return err;
}

/** True when the error came from the transport rather than from a server answer. */
export function isTransportError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[TRANSPORT] === true;
}

function redactOwnMessage(err: Error, r: Redactor): void {
  // The default message is built from server-supplied fields; redact it (and the stack that embeds it).
  const clean = r.redact(err.message);
  if (clean !== err.message) {
    err.message = clean;
    if (typeof err.stack === 'string') err.stack = r.redact(err.stack);
  }
}

function defaultMessage(where: string | undefined, code: string, description: string | undefined, status: number | undefined): string {
  let msg = where ? `${where}: ${code}` : code;
  if (description) msg += ` — ${description}`;
  if (status !== undefined) msg += ` (HTTP ${status})`;
  return msg;
}

/** The description with the validation issues appended (`id: Required field…`), as the message shows them. */
function withFields(description: string | undefined, validation: readonly V3ValidationIssue[] | undefined): string | undefined {
  if (!validation || validation.length === 0) return description;
  const list = validation.map((v) => (v.field ? `${v.field}: ${v.message}` : v.message)).join('; ');
  return description ? `${description} [${list}]` : list;
}

function assign(target: object, key: string, value: unknown): void {
  if (value !== undefined) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: false });
}
