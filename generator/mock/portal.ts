/**
 * The mock portal's request handling, without the HTTP server: a request (verb, path, query, headers,
 * body text) in, an answer (status, body, headers, delay) out. Routes as the portal and the Vibe API do:
 * - `/rest/<user>/<token>/<method>[.json]` (webhook) and `/rest/<method>[.json]` with `auth` (OAuth), REST 1;
 * - `/rest/api/<user>/<token>/<method>` and `/rest/api/<method>`, REST 3.0 (api-reference/rest-v3.md:20-30);
 * - `/v1/…` with `X-Api-Key`, Vibe; `/oauth/token/`, the OAuth token endpoint.
 */
import type { MethodSpec } from '../spec/schema.ts';
import { runBatch } from './batch.ts';
import { matchVibe, type MockCatalog } from './catalog.ts';
import { methodNotFound, restError, rest1ValidationError, systemErrorEntry, v3Error, v3ValidationError, vibeError, type Answer } from './errors.ts';
import { FaultList, parseFault, type Fault } from './faults.ts';
import { checkAccessToken, newTokenState, refreshTokens, type OAuthOptions, type TokenState } from './oauth.ts';
import { pageRest1, pageRest3, pageVibe, project } from './paging.ts';
import { parsePhpQuery } from './php-query.ts';
import { listShape, makeRecords, type ListShape } from './records.ts';
import { isRecord, resultValue } from './synth.ts';
import { TRANSPORT_PARAMS, validateParams, type Problem } from './validate.ts';

export interface PortalSettings {
  /** Records each list method pages over. */
  records: number;
  seed: number;
  /** Report params a method does not document (ERROR_ARGUMENT). */
  strict: boolean;
  webhook: { user: string; token: string };
  vibeApiKey: string;
}

/** One request the mock received, for tests to inspect. */
export interface MockRequest {
  api: 'rest' | 'v3' | 'vibe' | 'oauth' | 'other';
  /** The REST method, the Vibe `VERB /path`, or the path. */
  method: string;
  params: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  status: number;
}

export interface PortalState {
  catalog: MockCatalog;
  settings: PortalSettings;
  tokens: TokenState;
  faults: FaultList;
  requests: MockRequest[];
  /** Generated records per list method id, made on first use. */
  lists: Map<string, { shape: ListShape; records: Record<string, unknown>[] }>;
}

export interface IncomingRequest {
  verb: string;
  /** Path and query as received (`/rest/1/abc/user.get?ID=1`). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** `http://127.0.0.1:<port>`: for the token endpoint's `client_endpoint`. */
  origin: string;
}

export interface Reply extends Answer {
  delayMs?: number;
}

/** A fresh portal state over a catalogue (defaults: 120 records, seed 1, strict, webhook 1/mocktoken). */
export function createPortalState(catalog: MockCatalog, settings: Partial<PortalSettings> = {}, oauth?: OAuthOptions): PortalState {
  return {
    catalog,
    settings: {
      records: settings.records ?? 120,
      seed: settings.seed ?? 1,
      strict: settings.strict ?? true,
      webhook: settings.webhook ?? { user: '1', token: 'mocktoken' },
      vibeApiKey: settings.vibeApiKey ?? 'vibe_api_mock',
    },
    tokens: newTokenState(oauth),
    faults: new FaultList(),
    requests: [],
    lists: new Map(),
  };
}

/** The portal's `time` block, as every REST answer carries it. */
function timeBlock(): Record<string, unknown> {
  const now = Date.now() / 1000;
  const iso = new Date().toISOString().replace(/\.\d+Z$/, '+00:00');
  return {
    start: now,
    finish: now + 0.01,
    duration: 0.01,
    processing: 0.005,
    date_start: iso,
    date_finish: iso,
    operating_reset_at: Math.floor(now) + 600,
    operating: 0,
  };
}

/** Answer one request. */
export function handleRequest(state: PortalState, req: IncomingRequest): Reply {
  const url = new URL(req.url, 'http://mock.invalid');
  const path = url.pathname;
  const log = (api: MockRequest['api'], method: string, params: Record<string, unknown>, reply: Reply): Reply => {
    state.requests.push({ api, method, params, headers: req.headers, status: reply.status });
    return reply;
  };
  if (/^\/oauth\/token\/?$/.test(path))
    return log('oauth', 'oauth/token', Object.fromEntries(url.searchParams), refreshTokens(state.tokens, url.searchParams, req.origin));
  let header: Fault | undefined;
  try {
    const text = headerValue(req.headers, 'x-mock-fault');
    header = text ? parseFault(text) : undefined;
  } catch (err) {
    return log('other', path, {}, restError(400, 'MOCK_BAD_FAULT', (err as Error).message));
  }
  const v3 = /^\/rest\/api\/(?:([^/]+)\/([^/]+)\/)?([A-Za-z0-9_.]+?)(?:\.json)?\/?$/.exec(path);
  if (v3) return handleV3(state, req, url, { user: v3[1], token: v3[2], method: v3[3]!, header }, log);
  const rest = /^\/rest\/(?:([^/]+)\/([^/]+)\/)?([A-Za-z0-9_.]+?)(?:\.json)?\/?$/.exec(path);
  if (rest) return handleRest1(state, req, url, { user: rest[1], token: rest[2], method: rest[3]!, header }, log);
  if (path.startsWith('/v1/')) return handleVibe(state, req, url, header, log);
  return log('other', path, {}, restError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!'));
}

/** A REST path read: the webhook's user and token (absent: OAuth), the method, and the request's own fault. */
interface RestRoute {
  user: string | undefined;
  token: string | undefined;
  method: string;
  header: Fault | undefined;
}

type Log = (api: MockRequest['api'], method: string, params: Record<string, unknown>, reply: Reply) => Reply;

/** A header's value (the first, when repeated). */
function headerValue(headers: IncomingRequest['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** REST 1 params: the query string and the body (JSON, or a form), the body winning. */
function rest1Params(req: IncomingRequest, url: URL): Record<string, unknown> | undefined {
  const query = parsePhpQuery(url.search.slice(1));
  const text = req.body.trim();
  if (!text) return query;
  const type = headerValue(req.headers, 'content-type') ?? '';
  if (type.includes('json') || text.startsWith('{')) {
    try {
      const json: unknown = JSON.parse(text);
      return isRecord(json) ? { ...query, ...json } : undefined;
    } catch {
      return undefined;
    }
  }
  return { ...query, ...parsePhpQuery(text) };
}

/** A REST 1 call (or batch). */
function handleRest1(state: PortalState, req: IncomingRequest, url: URL, { user, token, method, header }: RestRoute, log: Log): Reply {
  const params = rest1Params(req, url);
  if (!params) return log('rest', method, {}, restError(400, 'ERROR_ARGUMENT', 'The request body is not valid JSON'));
  const { stop, delayMs } = gate(state, 'rest', header ?? state.faults.take(method), user, token, params['auth']);
  if (stop) return log('rest', method, params, { ...stop, delayMs });
  const answer = method.toLowerCase() === 'batch' ? runBatch(params, (m, p) => batchCommand(state, m, p)) : callRest1(state, method, params);
  if (answer.status === 200 && isRecord(answer.body)) answer.body['time'] ??= timeBlock();
  return log('rest', method, params, { ...answer, delayMs });
}

/**
 * What comes before a REST 1 or 3.0 method runs: an injected fault (an `expired_token` one also expires the
 * OAuth token, so the client must refresh), then the webhook path or the OAuth token. Returns the answer that
 * stops the call, if any, and the delay to give the answer.
 */
function gate(
  state: PortalState,
  api: 'rest' | 'v3',
  fault: Fault | undefined,
  user: string | undefined,
  token: string | undefined,
  authToken: unknown,
): { stop?: Answer; delayMs?: number } {
  const oauth = user === undefined;
  const error = (status: number, code: string, message: string) => (api === 'v3' ? v3Error(status, code, message) : restError(status, code, message));
  let delayMs: number | undefined;
  if (fault) {
    if (fault.error === 'expired_token' && oauth) state.tokens.expired.add(state.tokens.access);
    const answer = faultAnswer(state, fault, api);
    if (answer) return { stop: answer, delayMs: fault.delayMs };
    delayMs = fault.delayMs;
  }
  // _includes/system-errors.md:20-21: NO_AUTH_FOUND (401), "Invalid access token or webhook code".
  if (!oauth && (user !== state.settings.webhook.user || token !== state.settings.webhook.token)) {
    const e = systemErrorEntry(state.catalog, 'NO_AUTH_FOUND')!;
    return { stop: error(e.status, 'NO_AUTH_FOUND', e.message), delayMs };
  }
  const bad = oauth ? checkAccessToken(state.tokens, authToken) : undefined;
  return bad ? { stop: error(401, bad.code, bad.message), delayMs } : { delayMs };
}

/** One batch command: an injected error fault answers it (delays do not apply inside a batch). */
function batchCommand(state: PortalState, method: string, params: Record<string, unknown>): Answer {
  const fault = state.faults.take(method);
  const answer = fault ? faultAnswer(state, fault, 'rest') : undefined;
  if (answer && isRecord(answer.body) && 'error' in answer.body) return answer;
  return callRest1(state, method, params);
}

/** A REST 1 method's answer: validated, then its list page or its documented (or synthesised) result. */
export function callRest1(state: PortalState, method: string, params: Record<string, unknown>): Answer {
  const spec = state.catalog.rest.get(method.toLowerCase());
  if (!spec) return methodNotFound(false);
  const problems = validateParams(spec, params, state.catalog, { unknown: state.settings.strict, tolerate: TRANSPORT_PARAMS });
  if (problems.length > 0) return rest1ValidationError(spec, problems[0]!, state.catalog);
  if (spec.list && spec.list.paging === 'start') {
    const { shape, records } = listOf(state, spec);
    const page = pageRest1(records, params, shape.idField, spec.list.pageSize ?? 50);
    const result = shape.key === null ? page.items : { ...(resultValue(spec, state.catalog).value as object), [shape.key]: page.items };
    return {
      status: 200,
      body: { result, ...(page.total !== undefined ? { total: page.total } : {}), ...(page.next !== undefined ? { next: page.next } : {}), time: timeBlock() },
    };
  }
  return { status: 200, body: { result: withRequestedId(resultValue(spec, state.catalog).value, params), time: timeBlock() } };
}

/**
 * A single record answered for a call naming its `id` carries that id, in the form the example sends it
 * ("43" stays a string): `crm.contact.get { id: 3 }` answers the contact with ID "3", as the portal would.
 */
function withRequestedId(result: unknown, params: Record<string, unknown>): unknown {
  const key = Object.keys(params).find((k) => k.toLowerCase() === 'id');
  const id = key === undefined ? undefined : params[key];
  if (!isRecord(result) || (typeof id !== 'string' && typeof id !== 'number') || !/^\d+$/.test(String(id))) return result;
  const field = 'ID' in result ? 'ID' : 'id' in result ? 'id' : undefined;
  if (field === undefined) return result;
  return { ...result, [field]: typeof result[field] === 'number' ? Number(id) : String(id) };
}

/** The generated records of a list method (made once per portal). */
function listOf(state: PortalState, spec: MethodSpec): { shape: ListShape; records: Record<string, unknown>[] } {
  let entry = state.lists.get(spec.id);
  if (!entry) {
    const shape = listShape(spec, state.catalog);
    entry = { shape, records: makeRecords(shape, state.settings.records, state.settings.seed) };
    state.lists.set(spec.id, entry);
  }
  return entry;
}

/** The answer an injected fault gives in an API's envelope; undefined for a delay-only fault (the call then runs). */
export function faultAnswer(state: PortalState, fault: Fault, api: 'rest' | 'v3' | 'vibe'): Answer | undefined {
  if (!fault.error && fault.status === undefined) return undefined;
  if (!fault.error) {
    // A bare status: what a proxy in front of the portal sends (an HTML page, not JSON).
    return { status: fault.status!, body: `<html><body><h1>${fault.status} Mock fault</h1></body></html>`, headers: { 'content-type': 'text/html' } };
  }
  const sys = systemErrorEntry(state.catalog, fault.error);
  const status = fault.status ?? sys?.status ?? (fault.error === 'invalid_token' ? 401 : 500);
  const message = sys?.message ?? fault.error;
  if (api === 'vibe') {
    // docs_errors.txt:27-36: a rate limit is RATE_LIMITED (429) with retryAfter and a Retry-After header.
    if (fault.error === 'QUERY_LIMIT_EXCEEDED' || fault.error === 'RATE_LIMITED')
      return { ...vibeError(fault.status ?? 429, 'RATE_LIMITED', 'QUERY_LIMIT_EXCEEDED', { retryAfter: 1 }), headers: { 'retry-after': '1' } };
    const v = state.catalog.vibeErrors.get(fault.error);
    return vibeError(fault.status ?? v?.status ?? status, fault.error, v?.message ?? message);
  }
  if (api === 'v3') return v3Error(status, fault.error, message);
  return restError(status, fault.error, message);
}

/** A REST 3.0 call. */
function handleV3(state: PortalState, req: IncomingRequest, url: URL, { user, token, method, header }: RestRoute, log: Log): Reply {
  // rest-v3.md:56: REST 3.0 reads params from the JSON body only, not the query string.
  let json: unknown;
  try {
    json = req.body.trim() ? JSON.parse(req.body) : {};
  } catch {
    // rest-v3.md:279: INVALIDJSONEXCEPTION (400).
    return log('v3', method, {}, v3Error(400, 'BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION', 'The request body is not valid JSON'));
  }
  const params = isRecord(json) ? json : {};
  // An array body (a REST 3.0 batch) carries the OAuth token as ?auth=.
  const { stop, delayMs } = gate(
    state,
    'v3',
    header ?? state.faults.take(method),
    user,
    token,
    Array.isArray(json) ? url.searchParams.get('auth') : params['auth'],
  );
  if (stop) return log('v3', method, params, { ...stop, delayMs });
  const answer = method.toLowerCase() === 'batch' ? batchRest3(state, json) : callRest3(state, method, params);
  return log('v3', method, Array.isArray(json) ? { commands: json } : params, { ...answer, delayMs });
}

/**
 * A REST 3.0 batch (rest-v3.md:426-467): a JSON array of `{ method, query }`, answered by the results in the
 * same order (a failing command's place holds its error envelope); the old `cmd` object is refused with
 * INVALIDSELECTEXCEPTION (rest-v3.md:461-463).
 */
function batchRest3(state: PortalState, body: unknown): Answer {
  if (!Array.isArray(body)) return v3Error(400, 'BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION', 'Unable to recognize the select parameter');
  const result = body.map((c: unknown) => {
    const cmd = isRecord(c) ? c : {};
    const answer = callRest3(state, String(cmd['method'] ?? ''), isRecord(cmd['query']) ? cmd['query'] : {});
    return answer.status === 200 && isRecord(answer.body) ? answer.body['result'] : answer.body;
  });
  return { status: 200, body: { result, time: timeBlock() } };
}

/** A REST 3.0 method's answer. */
export function callRest3(state: PortalState, method: string, params: Record<string, unknown>): Answer {
  const spec = state.catalog.v3.get(method.toLowerCase());
  // rest-v3.md:26: a method REST 3.0 does not have is ERROR_METHOD_NOT_FOUND (404).
  if (!spec) return methodNotFound(true);
  const problems = validateParams(spec, params, state.catalog, { unknown: state.settings.strict, tolerate: TRANSPORT_PARAMS });
  if (problems.length > 0) return v3ValidationError(problems);
  const base = resultValue(spec, state.catalog).value;
  if (spec.list) {
    const { shape, records } = listOf(state, spec);
    const page = pageRest3(records, params, shape.idField, spec.list.pageSize ?? 50);
    // rest-v3.md:280: a filter field the object does not have.
    if ('unknownField' in page) return v3Error(400, 'BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION', `Unknown field \`${page.unknownField}\``);
    const result = shape.key === null ? page.items : { ...(isRecord(base) ? base : {}), [shape.key]: page.items };
    return { status: 200, body: { result, time: timeBlock() } };
  }
  // rest-v3.md:291-301: `select` names the fields of the `item` answered.
  const item = (v: unknown) => (Array.isArray(params['select']) && isRecord(v) ? project(v, params['select']) : v);
  const result = isRecord(base) && isRecord(base['item']) ? { ...base, item: item(withRequestedId(base['item'], params)) } : withRequestedId(base, params);
  return { status: 200, body: { result, time: timeBlock() } };
}

function handleVibe(state: PortalState, req: IncomingRequest, url: URL, header: Fault | undefined, log: Log): Reply {
  const name = `${req.verb} ${url.pathname}`;
  const found = matchVibe(state.catalog, req.verb, url.pathname);
  let body: unknown;
  try {
    body = req.body.trim() ? JSON.parse(req.body) : undefined;
  } catch {
    return log('vibe', name, {}, vibeError(400, 'INVALID_JSON', 'The request body is not valid JSON'));
  }
  const query = parsePhpQuery(url.search.slice(1));
  const params: Record<string, unknown> = { ...query, ...(isRecord(body) ? body : {}), ...(found?.path ?? {}) };
  // docs_errors.txt:45-49: MISSING_API_KEY and INVALID_API_KEY, both 401.
  const key = headerValue(req.headers, 'x-api-key');
  if (!key) return log('vibe', name, params, vibeError(401, 'MISSING_API_KEY', 'X-Api-Key header is required'));
  if (key !== state.settings.vibeApiKey) return log('vibe', name, params, vibeError(401, 'INVALID_API_KEY', 'Key not found'));
  // The mock's own code for an undocumented path: the Vibe docs give none.
  if (!found) return log('vibe', name, params, vibeError(404, 'NOT_FOUND', `No documented operation ${name}`));
  const spec = found.route.spec;
  let delayMs: number | undefined;
  const fault = header ?? state.faults.take(spec.method);
  if (fault) {
    const answer = faultAnswer(state, fault, 'vibe');
    if (answer) return log('vibe', name, params, { ...answer, delayMs: fault.delayMs });
    delayMs = fault.delayMs;
  }
  // Query and path values are text: checked loosely, like REST 1 (the Vibe docs give no validation code; VALIDATION_ERROR is the mock's).
  const problems = validateParams(spec, params, state.catalog, { unknown: false, tolerate: [], loose: true });
  if (problems.length > 0) return log('vibe', name, params, { ...vibeError(400, 'VALIDATION_ERROR', vibeProblemMessage(problems[0]!)), delayMs });
  if (spec.list) {
    const { shape, records } = listOf(state, spec);
    const page = pageVibe(records, params, shape.idField, spec.list.pageSize ?? 50);
    return log('vibe', name, params, { status: 200, body: { success: true, ...page }, delayMs });
  }
  return log('vibe', name, params, { status: 200, body: { success: true, data: resultValue(spec, state.catalog).value }, delayMs });
}

/** A validation problem in plain words, for the Vibe envelope. */
function vibeProblemMessage(p: Problem): string {
  if (p.kind === 'missing') return `Field \`${p.param}\` is required`;
  if (p.kind === 'missing-one-of') return `One of ${p.params.join(', ')} is required`;
  if (p.kind === 'unknown') return `Unknown field \`${p.param}\``;
  if (p.kind === 'type') return `Field \`${p.param}\` must be ${p.expected}`;
  return `Field \`${p.param}\` must be one of ${p.allowed.join(', ')}`;
}
