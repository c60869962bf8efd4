// The REST request engine shared by call, list and batch (REST 1 and REST 3.0): endpoint and auth
// (webhook, OAuth or an auth provider, auth.ts), one POST per attempt, the envelope turned into a result
// or a B24Error, retries within the call's deadline, and the expired_token → refresh → replay cycle.

import { createAuthSource, type Endpoint } from './auth.js';
import { B24Error, makeB24Error, type B24ErrorInit } from './errors.js';
import { describeFailure, notJsonMessage, parseJson, sendHttp, type HttpFailureKind, type HttpResponse } from './http.js';
import { makeLog, type LogFn } from './logger.js';
import { flagsAsYN, wireValue } from './query.js';
import { ownValue } from './own.js';
import { Redactor } from './redact.js';
import { deadlinePassed, parseRetryAfter, resolveRetryPolicy, timeoutReason, withRetry, type AttemptInfo, type RetryPolicy } from './retry.js';
import type { B24Time, CallOptions, RestClientOptions } from './types.js';

/** A successful response, unwrapped from the envelope but with metadata kept. */
export interface Envelope {
  result: unknown;
  total?: number;
  next?: number;
  time?: B24Time;
  /** REST 3.0: the portal answered with the stored response of an earlier call with the same Idempotency-Key. */
  replayed?: boolean;
}

/** Per-request options as the engine sees them. */
export interface SendOptions extends CallOptions {
  /** Overrides the read-method rule (batch decides from its commands). */
  idempotent?: boolean;
  /** REST 3.0: `/rest/api/…`, params sent as the JSON given. */
  v3?: boolean;
  /** Extra request headers (REST 3.0's Idempotency-Key). */
  headers?: Record<string, string>;
}

/** The engine handed to call/list/batch. */
export interface RestCore {
  readonly redactor: Redactor;
  readonly log: LogFn;
  /** Whether a method is treated as read-only (safe to replay). */
  isRead(method: string): boolean;
  /** Sends one method call with retries and token refresh; resolves with the unwrapped envelope. */
  send(method: string, params: Record<string, unknown> | readonly unknown[] | undefined, opts: SendOptions | undefined): Promise<Envelope>;
  /** Builds a redacted B24Error. */
  error(init: B24ErrorInit<string>): B24Error;
  /** A method's params as the portal reads them (Y/N flags given as booleans become letters): the same for call, list and batch. */
  wireParams(method: string, params: Record<string, unknown>): Record<string, unknown>;
}

const READ_SEGMENT = /^(get|list|fields|search|count|info|current|time|scope|methods|profile|version)$|^get(list|fields|all|count|children|by[a-z]+)$/;

/**
 * Read-method rule: the last dot-segment, lower-cased, is get/list/fields/search/count/info/current
 * (or time/scope/methods/profile/version), or get+list/fields/all/count/children/by… (getList,
 * getFields, getById). Everything else — add, update, delete, set, send, and "get" verbs with side
 * effects such as disk.file.getExternalLink — counts as a write and is not replayed after a network
 * error unless `retryNonIdempotent` is set.
 */
export function isReadMethod(method: string): boolean {
  const last = method.slice(method.lastIndexOf('.') + 1).toLowerCase();
  return READ_SEGMENT.test(last);
}

const METHOD_NAME = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/** Builds the engine from client options; throws INVALID_CONFIG for unusable or insecure URLs. */
export function createRestCore(options: RestClientOptions): RestCore {
  const redactor = new Redactor();
  const log = makeLog(options.logger, redactor);
  const error = (init: B24ErrorInit<string>): B24Error => makeB24Error(redactor, init);
  const configError = (message: string): Error => error({ code: 'INVALID_CONFIG', message });
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const attemptTimeoutMs = options.attemptTimeout ?? 30_000;
  const policy: RetryPolicy = resolveRetryPolicy(options.retry);
  const isRead = options.isReadMethod ?? isReadMethod;
  const auth = createAuthSource(options, { redactor, log, fetch: doFetch, timeoutMs: attemptTimeoutMs, configError });

  async function endpoint(method: string): Promise<Endpoint> {
    try {
      return await auth.endpoint();
    } catch (cause) {
      if (cause instanceof B24Error) throw cause;
      throw error({ code: 'AUTH_PROVIDER_FAILED', method, message: `${method}: the auth provider failed`, cause });
    }
  }

  async function attempt(
    method: string,
    params: Record<string, unknown> | readonly unknown[],
    opts: SendOptions,
    a: AttemptInfo,
    used: { token?: string },
  ): Promise<Envelope> {
    const ep = await endpoint(method);
    const token = ep.token;
    used.token = token;
    const v3 = opts.v3 === true;
    let body: string;
    try {
      // REST 1: values as the portal reads them from a batch too (query.ts wireValue), so the same call means the same in both.
      // REST 3.0 takes typed JSON (rest-v3.md#call: "Only JSON"), sent as given.
      const wired = v3 ? params : (wireValue(wireParams(method, params as Record<string, unknown>)) as Record<string, unknown>);
      // The OAuth token goes in the JSON body, never in the URL, so it cannot end up in access logs. A REST 3.0
      // batch body is an array (rest-v3.md#batch), which has no room for it: that one request carries it as `auth=`.
      body = JSON.stringify(token === undefined || Array.isArray(wired) ? wired : { ...wired, auth: token });
    } catch (cause) {
      throw error({ code: 'INVALID_ARGUMENT', method, message: `${method}: params are not JSON-serialisable`, cause });
    }
    const query = token !== undefined && Array.isArray(params) ? `?auth=${encodeURIComponent(token)}` : '';
    const url = `${ep.root}${v3 ? 'api/' : ''}${ep.cred}${method}${query}`;
    log('debug', `POST ${url} (attempt ${a.n + 1})`);
    const started = Date.now();
    const res = await sendHttp(
      { url, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...opts.headers }, body },
      { fetch: doFetch, timeoutMs: a.timeoutMs, signal: opts.signal },
      (kind, cause, status) => transportError(kind, method, cause, status, a),
    );
    log('debug', `${method} → HTTP ${res.status} in ${Date.now() - started}ms`);
    return parseEnvelope(res, method);
  }

  function transportError(kind: HttpFailureKind, method: string, cause: unknown, status: number | undefined, a: AttemptInfo): B24Error {
    const f = describeFailure(kind, cause, status);
    const why = kind === 'timeout' ? timeoutReason(a) : '';
    return makeB24Error(redactor, { code: f.code, method, status, message: `${method}: ${f.reason}${why}`, cause }, f.transport);
  }

  function parseEnvelope(res: HttpResponse, method: string): Envelope {
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), policy.now());
    const parsed = parseJson(res.text);
    if (!parsed || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      throw error({
        code: 'INVALID_RESPONSE',
        method,
        status: res.status,
        retryAfterMs,
        message: notJsonMessage(method, res.status, res.text, (t) => redactor.redact(t)),
      });
    }
    const body = parsed.value as Record<string, unknown>;
    const failure = envelopeError(body);
    if (failure) throw error({ ...failure, method, status: res.status, retryAfterMs });
    if (res.status >= 400) throw error({ code: 'HTTP_ERROR', method, status: res.status, retryAfterMs });
    if (!('result' in body)) {
      throw error({ code: 'INVALID_RESPONSE', method, status: res.status, message: `${method}: response has no "result" field` });
    }
    const env: Envelope = { result: body.result };
    if (typeof body.total === 'number') env.total = body.total;
    if (typeof body.next === 'number') env.next = body.next;
    if (body.time && typeof body.time === 'object') env.time = body.time as B24Time;
    // rest-v3.md#idempotency: a repeated call with the same key gets the stored response and this header.
    if (res.headers.get('idempotent-replayed')?.toLowerCase() === 'true') env.replayed = true;
    return env;
  }

  async function send(method: string, params: Record<string, unknown> | readonly unknown[] | undefined, opts: SendOptions = {}): Promise<Envelope> {
    if (!METHOD_NAME.test(method)) {
      throw error({ code: 'INVALID_ARGUMENT', message: `invalid method name ${JSON.stringify(method.slice(0, 80))}` });
    }
    const idempotent = opts.idempotent ?? isRead(method);
    const used: { token?: string } = {};
    const timeoutMs = opts.timeout ?? options.timeout;
    const started = policy.now();
    const run = (budget: number | undefined): Promise<Envelope> =>
      withRetry((a) => attempt(method, params ?? {}, opts, a, used), {
        policy,
        idempotent: idempotent || opts.retryNonIdempotent === true || options.retryNonIdempotent === true,
        signal: opts.signal,
        attemptTimeoutMs: opts.attemptTimeout ?? attemptTimeoutMs,
        timeoutMs: budget,
        timedOut: (ms) => error({ code: 'TIMEOUT', method, message: `${method}: timed out${deadlinePassed(ms)}` }),
        onRetry: (e, k, delay) => log('warn', `${method}: ${e.code}${e.status ? ` (HTTP ${e.status})` : ''}; retry ${k} in ${delay}ms`),
        aborted: (cause) => error({ code: 'ABORTED', method, message: `${method}: aborted`, cause }),
      });
    try {
      return await run(timeoutMs);
    } catch (err) {
      // One refresh-and-replay per call: a second expired_token means the new token is rejected too.
      if (used.token !== undefined && (err as B24Error).code === 'expired_token' && (await auth.refresh(used.token))) {
        // The replay gets what is left of the call's deadline.
        return await run(timeoutMs === undefined || timeoutMs <= 0 ? timeoutMs : Math.max(1, timeoutMs - (policy.now() - started)));
      }
      throw err;
    }
  }

  function wireParams(method: string, params: Record<string, unknown>): Record<string, unknown> {
    return flagsAsYN(params, ownValue(options.ynParams, method.toLowerCase()));
  }

  return { redactor, log, isRead, send, error, wireParams };
}

/**
 * The portal's error in a response body, in either format: REST 1's `{ error: "CODE", error_description }`
 * (old CRM methods send an empty code with a description, HTTP 400: still the portal's error, as inside a
 * batch) or REST 3.0's `{ error: { code, message, validation? } }` (rest-v3.md#response). Undefined: no error.
 */
export function envelopeError(body: Record<string, unknown>): B24ErrorInit<string> | undefined {
  const e = body.error;
  if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
    const o = e as Record<string, unknown>;
    const validation = Array.isArray(o.validation)
      ? o.validation
          .filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object')
          .map((v) => ({ ...(typeof v.field === 'string' ? { field: v.field } : {}), message: typeof v.message === 'string' ? v.message : String(v.message) }))
      : undefined;
    return {
      code: typeof o.code === 'string' && o.code !== '' ? o.code : 'UNKNOWN_ERROR',
      description: typeof o.message === 'string' ? o.message : undefined,
      ...(validation && validation.length > 0 ? { validation } : {}),
    };
  }
  const described = typeof body.error_description === 'string' && body.error_description !== '';
  if (e === undefined || e === null || (e === '' && !described)) return undefined;
  return { code: String(e), description: typeof body.error_description === 'string' ? body.error_description : undefined };
}
