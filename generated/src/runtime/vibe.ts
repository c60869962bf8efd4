// Vibe REST client: `'VERB /v1/path/{param}'` operations with X-Api-Key auth and the
// `{success, data, meta}` / `{success:false, error:{code,message,hint?}}` envelope. Transport, retry,
// redaction and URL checks are the same modules the Bitrix REST client uses.

import { makeVibeError, type VibeError, type VibeErrorInit } from './errors.js';
import { describeFailure, notJsonMessage, parseJson, sendHttp, type HttpResponse } from './http.js';
import { pageItems } from './items.js';
import { makeLog } from './logger.js';
import { ownValue } from './own.js';
import { encodeVibeQuery } from './query.js';
import { Redactor } from './redact.js';
import { deadlinePassed, parseRetryAfter, resolveRetryPolicy, timeoutReason, withRetry } from './retry.js';
import { parseSecureUrl } from './url-safety.js';
import { checkResult } from './validate.js';
import type { VibeClient, VibeClientOptions, VibeMeta, VibeOperationMap, VibeRequestOptions } from './vibe-types.js';

/** Vibe's documented page-size bounds. */
export const VIBE_DEFAULT_LIMIT = 50;
export const VIBE_MAX_LIMIT = 5000;

const OP_KEY = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/[^\s?#]*)$/;
const SAFE_VERBS = /^(GET|HEAD|OPTIONS)$/;

interface RawInit extends VibeRequestOptions {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** Creates a Vibe API client typed by a generated `VibeOperations` map. */
export function createVibeRestClient<O extends VibeOperationMap<O>>(options: VibeClientOptions): VibeClient<O> {
  const redactor = new Redactor();
  redactor.add(options.apiKey, options.sessionToken);
  const log = makeLog(options.logger, redactor);
  const error = (init: VibeErrorInit<string>, transport = false): VibeError => makeVibeError(redactor, init, transport);
  if (typeof options.apiKey !== 'string' || options.apiKey === '') throw error({ code: 'INVALID_CONFIG', message: 'apiKey is required' });
  const base = parseSecureUrl(options.baseUrl ?? 'https://vibecode.bitrix24.tech', 'baseUrl', (message) => error({ code: 'INVALID_CONFIG', message }));
  const baseUrl = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const policy = resolveRetryPolicy(options.retry);
  const schemas = options.validate ? options.schemas : undefined;

  function buildUrl(op: string, path: string, params: Record<string, unknown> | undefined, query: Record<string, unknown> | undefined): string {
    // Both {id} (generated keys) and :id (as the docs print paths) are accepted.
    const filled = path.replace(/\{([^}]+)\}|:([A-Za-z_][A-Za-z0-9_]*)/g, (_, a: string | undefined, b: string | undefined) => {
      const name = (a ?? b)!;
      const v = params?.[name];
      if (v === undefined || v === null || v === '')
        throw error({ code: 'INVALID_ARGUMENT', operation: op, message: `${op}: missing path parameter "${name}"` });
      const s = String(v);
      // "." and ".." (even percent-encoded) are dot-segments to URL parsers and would change the route.
      if (/^(\.|%2e){1,2}$/i.test(s)) throw error({ code: 'INVALID_ARGUMENT', operation: op, message: `${op}: path parameter "${name}" may not be "${s}"` });
      return encodeURIComponent(s);
    });
    const qs = query ? encodeVibeQuery(query) : '';
    return `${baseUrl}${filled}${qs ? `?${qs}` : ''}`;
  }

  function parseResponse(op: string, res: HttpResponse): { data: unknown; meta?: VibeMeta } {
    const retryHeader = parseRetryAfter(res.headers.get('retry-after'), policy.now());
    if (res.text.trim() === '' && res.status >= 200 && res.status < 300) return { data: undefined };
    const parsed = parseJson(res.text);
    const body = parsed?.value;
    if (!parsed || body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw error({
        code: 'INVALID_RESPONSE',
        operation: op,
        status: res.status,
        retryAfterMs: retryHeader,
        message: notJsonMessage(op, res.status, res.text, (t) => redactor.redact(t)),
      });
    }
    const env = body as Record<string, unknown>;
    if (env.success === true && res.status < 400) {
      const meta = env.meta && typeof env.meta === 'object' ? (env.meta as VibeMeta) : undefined;
      return meta ? { data: env.data, meta } : { data: env.data };
    }
    if (env.success !== false && res.status < 400) {
      throw error({ code: 'INVALID_RESPONSE', operation: op, status: res.status, message: `${op}: response has no "success" field` });
    }
    // Error envelope; tolerate a bare string error or a missing error object (proxies, old endpoints).
    const e = env.error;
    const o = e !== null && typeof e === 'object' ? (e as Record<string, unknown>) : {};
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
    const code = str(o.code) ?? str(e) ?? (res.status >= 400 ? 'HTTP_ERROR' : 'UNKNOWN_ERROR');
    const bodyRetry = typeof o.retryAfter === 'number' ? Math.round(o.retryAfter * 1000) : undefined;
    // The message is built like B24Error's (`<operation>: <code> — <server message> (HTTP <status>)`); the server's text is `description`.
    throw error({
      code,
      operation: op,
      status: res.status,
      description: str(o.message) ?? str(env.message),
      hint: str(o.hint),
      userMessage: str(o.userMessage),
      warning: str(o.warning),
      retryAfterMs: retryHeader ?? bodyRetry,
    });
  }

  async function perform(op: string, init: RawInit = {}): Promise<{ data: unknown; meta?: VibeMeta }> {
    const m = OP_KEY.exec(op);
    if (!m) throw error({ code: 'INVALID_ARGUMENT', message: `invalid operation key ${JSON.stringify(op.slice(0, 80))}; expected 'VERB /path'` });
    const verb = m[1]!;
    const url = buildUrl(op, m[2]!, init.path, init.query);
    const headers: Record<string, string> = { accept: 'application/json', 'x-api-key': options.apiKey };
    if (options.sessionToken) headers.authorization = `Bearer ${options.sessionToken}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    const idempotent = SAFE_VERBS.test(verb) || init.retryNonIdempotent === true || options.retryNonIdempotent === true;
    const out = await withRetry(
      async (a) => {
        log('debug', `${verb} ${url} (attempt ${a.n + 1})`);
        const res = await sendHttp(
          { url, method: verb, headers, body },
          { fetch: doFetch, timeoutMs: a.timeoutMs, signal: init.signal },
          (kind, cause, status) => {
            const f = describeFailure(kind, cause, status);
            const why = kind === 'timeout' ? timeoutReason(a) : '';
            return error({ code: f.code, operation: op, status, message: `${op}: ${f.reason}${why}`, cause }, f.transport);
          },
        );
        log('debug', `${op} → HTTP ${res.status}`);
        return parseResponse(op, res);
      },
      {
        policy,
        idempotent,
        signal: init.signal,
        attemptTimeoutMs: init.attemptTimeout ?? options.attemptTimeout ?? 30_000,
        timeoutMs: init.timeout ?? options.timeout,
        timedOut: (ms) => error({ code: 'TIMEOUT', operation: op, message: `${op}: timed out${deadlinePassed(ms)}` }),
        onRetry: (e, k, delay) => log('warn', `${op}: ${e.code}${e.status ? ` (HTTP ${e.status})` : ''}; retry ${k} in ${delay}ms`),
        aborted: (cause) => error({ code: 'ABORTED', operation: op, message: `${op}: aborted`, cause }),
      },
    );
    const validator = ownValue(schemas, op);
    const bad = validator ? checkResult(validator, out.data) : undefined;
    if (bad) throw error({ code: 'VALIDATION_FAILED', operation: op, message: `${op}: ${bad.path}: ${bad.message}` });
    return out;
  }

  async function* list(op: string, init: RawInit = {}): AsyncGenerator<unknown, void, undefined> {
    // GET lists page through the query string, POST searches through the body.
    const inBody = !op.startsWith('GET ');
    const src = ((inBody ? init.body : init.query) ?? {}) as Record<string, unknown>;
    const limit = Math.min(VIBE_MAX_LIMIT, Math.max(1, Number(src.limit ?? VIBE_DEFAULT_LIMIT) || VIBE_DEFAULT_LIMIT));
    let offset = Math.max(0, Number(src.offset ?? 0) || 0);
    for (;;) {
      const paging = { ...src, limit, offset };
      const page = await perform(op, inBody ? { ...init, body: paging } : { ...init, query: paging });
      const items = pageItems(page.data);
      if (!items) throw error({ code: 'INVALID_RESPONSE', operation: op, message: `${op}: list data has no item array` });
      yield* items;
      if (page.meta?.hasMore !== true || items.length === 0) return;
      // Advance by what arrived, not by `limit`: the server may cap the page below the requested size.
      offset += items.length;
    }
  }

  const client = {
    async request(op: string, init?: RawInit) {
      return (await perform(op, init)).data;
    },
    requestWithMeta: perform,
    list,
  };
  return client as unknown as VibeClient<O>;
}
