/**
 * A loopback fake Bitrix24 portal for the user-task acceptance tests. It answers every method with the
 * response example documented on the method's docs page (read from the committed `specs/`: the first
 * `examples[]` entry of kind `response` read from the page itself, not the scraped copy), and nothing it
 * could not read there:
 *
 * - REST 1: `POST /rest/<user>/<token>/<method>[.json]` (JSON, form or query params);
 *   REST 3.0: `POST /rest/api/<user>/<token>/<method>` with the `@v3` specs; Vibe: `<VERB> /v1/...` by the
 *   operation's path template. Method names are case-insensitive like Bitrix's.
 * - Lists (`spec.list.paging === 'start'`): the example's records are the table. `start` pages by 50
 *   (`total`, `next`), `start: -1` answers one page without `total` (no COUNT, as the runtime expects); the
 *   id cursor (`>ID` / `>id`) and an `order` on a field the records carry are applied, because paging by id
 *   depends on them. Other filter conditions are not evaluated: the docs' example already is the filtered answer.
 * - `batch`: each `cmd` (`method?query`, PHP bracket syntax) runs in order through the same handler, with
 *   `$result[key][field]…` references substituted like Bitrix does; the answer has the shape the batch page
 *   documents (`result`, `result_error`, `result_total`, `result_next`, `result_time`; empty ones as `[]`).
 * - Errors: a call missing a parameter the spec marks required, or a method the test told to fail
 *   (`failWithDocumentedError`), is answered with the page's documented error example and its status; an
 *   unknown method with `ERROR_METHOD_NOT_FOUND` / 404 (as `rest-v3.md` documents).
 *
 * Every request is recorded (`received`) so a test can assert what the client sent, e.g. that a `Y` went
 * out the same way from `call` and from `batch`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** One request as the portal understood it. */
export interface ReceivedRequest {
  api: 'rest' | 'rest3' | 'vibe';
  /** REST method name as sent, or the Vibe operation key (`GET /v1/contacts/{id}`). */
  method: string;
  /** Decoded params: JSON as sent; batch commands as PHP would decode their query (all scalars strings). */
  params: Record<string, unknown>;
  /** `call` for an HTTP request of its own, `batch` for a command run inside a batch. */
  via: 'call' | 'batch';
  /** The HTTP status (or, in a batch, the status the command would have had). */
  status: number;
  headers?: Record<string, string | string[] | undefined>;
}

/** A running fake portal. */
export interface Portal {
  /** `http://127.0.0.1:<port>/rest/1/<token>/` */
  webhookUrl: string;
  /** `http://127.0.0.1:<port>` */
  vibeUrl: string;
  received: ReceivedRequest[];
  /** Answer the next `times` calls of `method` (default 1) with the error example documented on its page. */
  failWithDocumentedError(method: string, times?: number): void;
  close(): Promise<void>;
}

interface Example {
  id: string;
  kind: string;
  status?: number;
  json?: unknown;
  source?: { file?: string };
}

interface SpecParam {
  name: string;
  required?: boolean;
  in?: string;
}

interface Spec {
  id: string;
  api: string;
  method: string;
  http?: { verb: string; path: string };
  params: SpecParam[];
  list: { paging?: string; pageSize?: number; idCursor?: boolean } | null;
  examples: Example[];
}

interface Answer {
  status: number;
  body: unknown;
}

const WEBHOOK = /^\/rest\/(api\/)?(\d+)\/([^/]+)\/([A-Za-z0-9_.]+?)(\.json)?$/;
const PAGE = 50;

/** Starts the portal on 127.0.0.1 (port 0), reading specs from `specsDir`. */
export async function startPortal(specsDir: string): Promise<Portal> {
  const index = JSON.parse(await readFile(join(specsDir, 'index.json'), 'utf8')) as { methods: { id: string; api: string; method: string; file: string }[] };
  const files = new Map<string, string>();
  for (const m of index.methods) {
    const v3 = m.id.endsWith('@v3');
    const key = m.api === 'vibe' ? m.id : `${v3 ? 'rest3' : 'rest'}:${m.method.toLowerCase()}`;
    files.set(key, m.file);
  }
  const vibeOps = index.methods.filter((m) => m.api === 'vibe').map((m) => m.id.slice('vibe:'.length));
  const cache = new Map<string, Spec>();
  async function spec(key: string): Promise<Spec | undefined> {
    const file = files.get(key);
    if (!file) return undefined;
    let s = cache.get(file);
    if (!s) {
      s = JSON.parse(await readFile(join(specsDir, file), 'utf8')) as Spec;
      cache.set(file, s);
    }
    return s;
  }

  const received: ReceivedRequest[] = [];
  const failing = new Map<string, number>();
  const takeFailure = (key: string): boolean => {
    const n = failing.get(key) ?? 0;
    if (n > 0) failing.set(key, n - 1);
    return n > 0;
  };

  async function restCall(api: 'rest' | 'rest3', method: string, params: Record<string, unknown>): Promise<Answer> {
    const s = await spec(`${api}:${method.toLowerCase()}`);
    if (!s) return { status: 404, body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' } };
    const missing = s.params.some((p) => p.required === true && (p.in === undefined || p.in === 'body') && isEmpty(lookup(params, p.name)));
    if (missing || takeFailure(method.toLowerCase())) {
      const err = pick(s, 'error');
      if (err) return { status: err.status ?? 400, body: err.json };
    }
    const ok = pick(s, 'response');
    if (!ok || !isRecord(ok.json) || !('result' in ok.json)) {
      return { status: 500, body: { error: 'PORTAL_NO_EXAMPLE', error_description: `${s.id}: the page documents no response example with a result` } };
    }
    const body = structuredClone(ok.json);
    if (s.list?.paging === 'start') return { status: ok.status ?? 200, body: page(body, params, s.list.idCursor === true) };
    return { status: ok.status ?? 200, body };
  }

  async function batch(params: Record<string, unknown>): Promise<Answer> {
    const cmd = isRecord(params.cmd) ? params.cmd : {};
    const halt = params.halt === true || params.halt === 1 || params.halt === '1';
    const out = {
      result: {} as Record<string, unknown>,
      error: {} as Record<string, unknown>,
      total: {} as Record<string, unknown>,
      next: {} as Record<string, unknown>,
      time: {} as Record<string, unknown>,
    };
    for (const [key, line] of Object.entries(cmd)) {
      const text = String(line);
      const q = text.indexOf('?');
      const method = q < 0 ? text : text.slice(0, q);
      const sub = substitute(parsePhpQuery(q < 0 ? '' : text.slice(q + 1)), out) as Record<string, unknown>;
      const a = await restCall('rest', method, sub);
      received.push({ api: 'rest', method, params: sub, via: 'batch', status: a.status });
      const b = isRecord(a.body) ? a.body : {};
      if (b.error !== undefined && b.error !== null) {
        out.error[key] = { error: b.error, error_description: b.error_description ?? '' };
        if (halt) break;
        continue;
      }
      out.result[key] = b.result;
      if (b.total !== undefined) out.total[key] = b.total;
      if (b.next !== undefined) out.next[key] = b.next;
      if (b.time !== undefined) out.time[key] = b.time;
    }
    // PHP encodes an empty associative array as [], which is what the batch page shows.
    const php = (o: Record<string, unknown>): unknown => (Object.keys(o).length === 0 ? [] : o);
    return {
      status: 200,
      body: {
        result: { result: php(out.result), result_error: php(out.error), result_total: php(out.total), result_next: php(out.next), result_time: php(out.time) },
      },
    };
  }

  async function vibe(verb: string, path: string, query: Record<string, unknown>, body: unknown, headers: IncomingMessage['headers']): Promise<Answer> {
    for (const op of vibeOps) {
      const [opVerb, template] = op.split(' ') as [string, string];
      if (opVerb !== verb) continue;
      const names: string[] = [];
      const re = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
      const m = re.exec(path);
      if (!m) continue;
      const pathParams = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
      const s = await spec(`vibe:${op}`);
      const failed = takeFailure(op);
      const ex = s && (failed ? pick(s, 'error') : pick(s, 'response'));
      const answer: Answer = ex
        ? { status: ex.status ?? (failed ? 400 : 200), body: ex.json }
        : { status: 500, body: { success: false, error: { code: 'PORTAL_NO_EXAMPLE' } } };
      received.push({ api: 'vibe', method: op, params: { path: pathParams, query, body }, via: 'call', status: answer.status, headers: { ...headers } });
      return answer;
    }
    return { status: 404, body: { success: false, error: { code: 'NOT_FOUND', message: `no documented operation ${verb} ${path}` } } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let answer: Answer;
    const m = WEBHOOK.exec(url.pathname);
    if (m) {
      const api = m[1] ? 'rest3' : 'rest';
      const method = m[4] ?? '';
      const params = { ...parsePhpQuery(url.search.slice(1)), ...decodeBody(raw, req.headers['content-type']) };
      answer = method.toLowerCase() === 'batch' && api === 'rest' ? await batch(params) : await restCall(api, method, params);
      received.push({ api, method, params, via: 'call', status: answer.status, headers: { ...req.headers } });
    } else {
      const body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
      answer = await vibe(req.method ?? 'GET', url.pathname, parsePhpQuery(url.search.slice(1)), body, req.headers);
    }
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(answer.body));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'PORTAL_FAILURE', error_description: String(e) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    webhookUrl: `http://127.0.0.1:${port}/rest/1/portaltoken/`,
    vibeUrl: `http://127.0.0.1:${port}`,
    received,
    failWithDocumentedError(method: string, times = 1): void {
      const key = method.includes(' ') ? method : method.toLowerCase();
      failing.set(key, (failing.get(key) ?? 0) + times);
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** The page's own example of a kind (the scraped copies carry a `~` in their id). */
function pick(s: Spec, kind: 'response' | 'error'): Example | undefined {
  const own = s.examples.filter((e) => e.kind === kind && !e.id.includes('~'));
  if (kind === 'response') return own.find((e) => isRecord(e.json) && ('result' in e.json || 'data' in e.json || 'success' in e.json)) ?? own[0];
  return own[0];
}

/** One page of a list answer: the example's records, ordered and cut by the id cursor, then sliced by `start`. */
function page(body: Record<string, unknown>, params: Record<string, unknown>, idCursor: boolean): Record<string, unknown> {
  const holder = isRecord(body.result) ? body.result : undefined;
  const arrayKey = holder ? Object.keys(holder).find((k) => Array.isArray(holder[k])) : undefined;
  const records = Array.isArray(body.result) ? body.result : holder && arrayKey ? (holder[arrayKey] as unknown[]) : undefined;
  if (!records) return body;
  let rows = records.filter(isRecord);
  const filter = lookup(params, 'filter');
  if (idCursor && isRecord(filter)) {
    for (const [k, v] of Object.entries(filter)) {
      const m = /^>(=?)(id)$/i.exec(k);
      if (!m) continue;
      const field = rows[0] && Object.keys(rows[0]).find((f) => f.toLowerCase() === 'id');
      if (!field) continue;
      rows = rows.filter((r) => (m[1] ? Number(r[field]) >= Number(v) : Number(r[field]) > Number(v)));
    }
  }
  const order = lookup(params, 'order');
  if (isRecord(order)) {
    const keys = Object.entries(order).filter(([k]) => rows.some((r) => k in r));
    rows = [...rows].sort((a, b) => {
      for (const [k, dir] of keys) {
        const c = compareValues(a[k], b[k]);
        if (c !== 0) return String(dir).toUpperCase() === 'DESC' ? -c : c;
      }
      return 0;
    });
  }
  const start = Number(lookup(params, 'start') ?? 0) || 0;
  const slice = start === -1 ? rows.slice(0, PAGE) : rows.slice(Math.max(0, start), Math.max(0, start) + PAGE);
  const out: Record<string, unknown> = { ...body };
  out.result = holder && arrayKey ? { ...holder, [arrayKey]: slice } : slice;
  delete out.total;
  delete out.next;
  if (start !== -1) {
    out.total = rows.length;
    if (start + PAGE < rows.length) out.next = start + PAGE;
  }
  return out;
}

function compareValues(a: unknown, b: unknown): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  const s = String(a ?? '');
  const t = String(b ?? '');
  return s < t ? -1 : s > t ? 1 : 0;
}

/** Replaces `$result[key][field]…` references with values from earlier commands, like Bitrix's batch. */
function substitute(
  value: unknown,
  out: {
    result: Record<string, unknown>;
    error: Record<string, unknown>;
    total: Record<string, unknown>;
    next: Record<string, unknown>;
    time: Record<string, unknown>;
  },
): unknown {
  if (Array.isArray(value)) return value.map((v) => substitute(v, out));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, out)]));
  if (typeof value !== 'string') return value;
  const REF = /\$(result|result_error|result_total|result_next|result_time)((?:\[[^\]]*\])+)/g;
  const resolve = (kind: string, path: string): unknown => {
    const table = { result: out.result, result_error: out.error, result_total: out.total, result_next: out.next, result_time: out.time }[kind];
    let v: unknown = table;
    for (const seg of path.slice(1, -1).split('][')) v = isRecord(v) || Array.isArray(v) ? (v as Record<string, unknown>)[seg] : undefined;
    return v;
  };
  const whole = /^\$(result|result_error|result_total|result_next|result_time)((?:\[[^\]]*\])+)$/.exec(value);
  if (whole) {
    // A whole-value reference to a structure passes it on; scalars read back as strings, as parse_str gives them.
    const v = resolve(whole[1] ?? '', whole[2] ?? '');
    return typeof v === 'object' && v !== null ? v : String(v ?? '');
  }
  return value.replace(REF, (_, kind: string, path: string) => String(resolve(kind, path) ?? ''));
}

/** PHP's parse_str: `a[b][0]=x&a[b][1]=y` → `{ a: { b: ['x', 'y'] } }` (all values strings). */
export function parsePhpQuery(query: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const decode = (s: string): string => decodeURIComponent(s.replace(/\+/g, ' '));
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const open = key.indexOf('[');
    const path = open <= 0 ? [key] : [key.slice(0, open), ...(key.slice(open).match(/\[([^\]]*)\]/g) ?? []).map((s) => s.slice(1, -1))];
    let node = root;
    path.forEach((seg, i) => {
      const name = seg === '' ? String(Object.keys(node).length) : seg;
      if (i === path.length - 1) node[name] = value;
      else {
        if (!isRecord(node[name])) node[name] = {};
        node = node[name] as Record<string, unknown>;
      }
    });
  }
  return listify(root) as Record<string, unknown>;
}

/** PHP has one array type: keys 0..n-1 in order read back as a list. */
function listify(v: unknown): unknown {
  if (!isRecord(v)) return v;
  const entries = Object.entries(v).map(([k, x]) => [k, listify(x)] as const);
  const isList = entries.length > 0 && entries.every(([k], i) => k === String(i));
  return isList ? entries.map(([, x]) => x) : Object.fromEntries(entries);
}

function decodeBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (type?.includes('json')) {
    const v = JSON.parse(raw) as unknown;
    return isRecord(v) ? v : {};
  }
  return parsePhpQuery(raw);
}

/** REST 1 parameter names are case-insensitive. */
function lookup(params: Record<string, unknown>, name: string): unknown {
  if (name in params) return params[name];
  const k = Object.keys(params).find((p) => p.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : params[k];
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
