// The REST request engine shared by call, list and batch: endpoint and auth per mode (webhook/OAuth),
// one POST per attempt, the Bitrix envelope turned into a result or a B24Error, retries, and the
// expired_token → refresh → replay cycle.

import { makeB24Error, type B24Error, type B24ErrorInit } from './errors.js';
import { describeFailure, parseJson, sendHttp, type HttpFailureKind, type HttpResponse } from './http.js';
import { makeLog, type LogFn } from './logger.js';
import { TokenManager } from './oauth.js';
import { flagsAsYN, wireValue } from './query.js';
import { Redactor } from './redact.js';
import { parseRetryAfter, resolveRetryPolicy, withRetry, type RetryPolicy } from './retry.js';
import type { B24Time, CallOptions, RestClientOptions } from './types.js';
import { parseSecureUrl } from './url-safety.js';

/** A successful response, unwrapped from the envelope but with metadata kept. */
export interface Envelope {
  result: unknown;
  total?: number;
  next?: number;
  time?: B24Time;
}

/** Per-request options as the engine sees them. */
export interface SendOptions extends CallOptions {
  /** Overrides the read-method rule (batch decides from its commands). */
  idempotent?: boolean;
}

/** The engine handed to call/list/batch. */
export interface RestCore {
  readonly redactor: Redactor;
  readonly log: LogFn;
  /** Whether a method is treated as read-only (safe to replay). */
  isRead(method: string): boolean;
  /** Sends one method call with retries and token refresh; resolves with the unwrapped envelope. */
  send(method: string, params: Record<string, unknown> | undefined, opts: SendOptions | undefined): Promise<Envelope>;
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
const WEBHOOK_PATH = /^(.*\/rest\/\d+\/)([^/]+)\/?$/;

/** Builds the engine from client options; throws INVALID_CONFIG for unusable or insecure URLs. */
export function createRestCore(options: RestClientOptions): RestCore {
  const redactor = new Redactor();
  const log = makeLog(options.logger, redactor);
  const error = (init: B24ErrorInit<string>): B24Error => makeB24Error(redactor, init);
  const configError = (message: string): Error => error({ code: 'INVALID_CONFIG', message });
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeout ?? 30_000;
  const policy: RetryPolicy = resolveRetryPolicy(options.retry);
  const isRead = options.isReadMethod ?? isReadMethod;

  let base: string;
  let tokens: TokenManager | undefined;
  if ('webhookUrl' in options && typeof options.webhookUrl === 'string') {
    const url = parseSecureUrl(options.webhookUrl, 'webhookUrl', configError);
    const m = WEBHOOK_PATH.exec(url.pathname);
    // Register the secret before any error or log line can mention it.
    if (m?.[2]) redactor.add(m[2], decodeURIComponentSafe(m[2]));
    if (!m || url.search || url.hash) throw configError('webhookUrl must look like https://<portal>/rest/<userId>/<secret>/');
    base = `${url.origin}${m[1]}${m[2]}/`;
  } else if ('portal' in options && typeof options.portal === 'string' && options.auth) {
    const url = parseSecureUrl(options.portal, 'portal', configError);
    const auth = options.auth;
    if (!auth.accessToken || !auth.refreshToken || !auth.clientId || !auth.clientSecret) {
      throw configError('auth needs accessToken, refreshToken, clientId and clientSecret');
    }
    const server = parseSecureUrl(auth.oauthServer ?? 'https://oauth.bitrix.info', 'auth.oauthServer', configError);
    base = `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/rest$/, '')}/rest/`;
    tokens = new TokenManager(auth, {
      redactor,
      fetch: doFetch,
      log,
      timeoutMs,
      oauthServer: `${server.origin}${server.pathname.replace(/\/+$/, '')}`,
    });
  } else {
    throw configError('pass either webhookUrl or portal + auth');
  }

  async function attempt(method: string, params: Record<string, unknown>, opts: SendOptions, n: number, used: { token?: string }): Promise<Envelope> {
    await tokens?.ready();
    const token = tokens?.accessToken;
    used.token = token;
    let body: string;
    try {
      // Values as the portal reads them from a batch too (query.ts wireValue): the same call means the same in both.
      const wired = wireValue(wireParams(method, params)) as Record<string, unknown>;
      // The OAuth token goes in the JSON body, never in the URL, so it cannot end up in access logs.
      body = JSON.stringify(token === undefined ? wired : { ...wired, auth: token });
    } catch (cause) {
      throw error({ code: 'INVALID_ARGUMENT', method, message: `${method}: params are not JSON-serialisable`, cause });
    }
    const url = base + method;
    log('debug', `POST ${url} (attempt ${n + 1})`);
    const started = Date.now();
    const res = await sendHttp(
      { url, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body },
      { fetch: doFetch, timeoutMs: opts.timeout ?? timeoutMs, signal: opts.signal },
      (kind, cause, status) => transportError(kind, method, cause, status),
    );
    log('debug', `${method} → HTTP ${res.status} in ${Date.now() - started}ms`);
    return parseEnvelope(res, method);
  }

  function transportError(kind: HttpFailureKind, method: string, cause: unknown, status?: number): B24Error {
    const f = describeFailure(kind, cause, status);
    return makeB24Error(redactor, { code: f.code, method, status, message: `${method}: ${f.reason}`, cause }, f.transport);
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
        message: `${method}: response is not a JSON object (HTTP ${res.status}, ${res.text.length} chars)`,
      });
    }
    const body = parsed.value as Record<string, unknown>;
    // Old CRM methods answer `{"error": "", "error_description": "ID is not defined or invalid."}` (HTTP 400):
    // an empty code with a description is still the portal's error, as it is inside a batch.
    const described = typeof body.error_description === 'string' && body.error_description !== '';
    if (body.error !== undefined && body.error !== null && (body.error !== '' || described)) {
      throw error({
        code: String(body.error),
        method,
        status: res.status,
        retryAfterMs,
        description: typeof body.error_description === 'string' ? body.error_description : undefined,
      });
    }
    if (res.status >= 400) throw error({ code: 'HTTP_ERROR', method, status: res.status, retryAfterMs });
    if (!('result' in body)) {
      throw error({ code: 'INVALID_RESPONSE', method, status: res.status, message: `${method}: response has no "result" field` });
    }
    const env: Envelope = { result: body.result };
    if (typeof body.total === 'number') env.total = body.total;
    if (typeof body.next === 'number') env.next = body.next;
    if (body.time && typeof body.time === 'object') env.time = body.time as B24Time;
    return env;
  }

  async function send(method: string, params: Record<string, unknown> | undefined, opts: SendOptions = {}): Promise<Envelope> {
    if (!METHOD_NAME.test(method)) {
      throw error({ code: 'INVALID_ARGUMENT', message: `invalid method name ${JSON.stringify(method.slice(0, 80))}` });
    }
    const idempotent = opts.idempotent ?? isRead(method);
    const used: { token?: string } = {};
    const run = (): Promise<Envelope> =>
      withRetry((n) => attempt(method, params ?? {}, opts, n, used), {
        policy,
        idempotent: idempotent || opts.retryNonIdempotent === true || options.retryNonIdempotent === true,
        signal: opts.signal,
        onRetry: (e, k, delay) => log('warn', `${method}: ${e.code}${e.status ? ` (HTTP ${e.status})` : ''}; retry ${k} in ${delay}ms`),
        aborted: (cause) => error({ code: 'ABORTED', method, message: `${method}: aborted`, cause }),
      });
    try {
      return await run();
    } catch (err) {
      // One refresh-and-replay per call: a second expired_token means the new token is rejected too.
      if (tokens && used.token !== undefined && (err as B24Error).code === 'expired_token') {
        await tokens.refresh(used.token);
        return await run();
      }
      throw err;
    }
  }

  function wireParams(method: string, params: Record<string, unknown>): Record<string, unknown> {
    return flagsAsYN(params, options.ynParams?.[method.toLowerCase()]);
  }

  return { redactor, log, isRead, send, error, wireParams };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
