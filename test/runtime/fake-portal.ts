// A loopback HTTP server that behaves like a Bitrix24 portal for the runtime tests: webhook and OAuth
// auth, start/next/total and ID-cursor paging, batch with $result references, an OAuth token endpoint,
// and per-test overrides to inject throttling, 5xx, resets, truncated bodies and slow answers.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePhpQuery } from '../../generator/mock/php-query.ts';
import { handleV3, newV3State, type V3State } from './fake-portal-v3.ts';

/** The portal's PHP parse_str, shared with the mock portal (re-exported for the wire tests). */
export { parsePhpQuery };

export const WEBHOOK_SECRET = 'whk7Qx9sEcReT4b2';
export const ACCESS_TOKEN = 'acc-OLD-7f3a9c1e55';
export const REFRESH_TOKEN = 'ref-OLD-2b8d4e6f77';
export const CLIENT_ID = 'local.app.1234';
export const CLIENT_SECRET = 'csec-9Z8Y7X6W5V';

export interface Rec {
  ID: string;
  NAME: string;
  DATE_CREATE: string;
}

export interface Req {
  method: string;
  url: string;
  body: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
}

/** Return true when the override wrote the response itself. */
export type Override = (req: Req, res: http.ServerResponse, n: number) => boolean | Promise<boolean>;

export interface FakePortal {
  origin: string;
  webhookUrl: string;
  records: Rec[];
  requests: Req[];
  /** Calls per REST method name (batch counts as "batch"). */
  calls: Record<string, number>;
  refreshCalls: number;
  /** Overrides per method name, consulted before the default handler. */
  overrides: Record<string, Override>;
  /** Runs after each list page is computed (mutate records to simulate concurrent writes). */
  afterListPage?: (page: number) => void;
  refreshMode: 'ok' | 'fail' | 'garbage';
  refreshDelayMs: number;
  tokens: { access: string; refresh: string; expired: Set<string>; generation: number };
  nextId: number;
  /** The REST 3.0 side (`/rest/api/…`, fake-portal-v3.ts). */
  v3: V3State;
  close(): Promise<void>;
}

const PAGE = 50;

export function makeRecords(n: number): Rec[] {
  return Array.from({ length: n }, (_, i) => ({
    ID: String(i + 1),
    NAME: `Contact ${i + 1}`,
    DATE_CREATE: `2024-0${1 + (i % 9)}-01T00:00:00+03:00`,
  }));
}

export async function startPortal(recordCount = 237): Promise<FakePortal> {
  const portal: FakePortal = {
    origin: '',
    webhookUrl: '',
    records: makeRecords(recordCount),
    requests: [],
    calls: {},
    refreshCalls: 0,
    overrides: {},
    refreshMode: 'ok',
    refreshDelayMs: 20,
    tokens: { access: ACCESS_TOKEN, refresh: REFRESH_TOKEN, expired: new Set(), generation: 0 },
    nextId: recordCount + 1,
    v3: newV3State(),
    close: async () => {},
  };
  let listPages = 0;
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: http.ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  /** Executes one method (also used for batch commands); returns [status, body]. */
  const dispatch = (method: string, p: Record<string, unknown>): [number, Record<string, unknown>] => {
    const time = { start: 1, finish: 2, duration: 1, processing: 0.5, date_start: 'x', date_finish: 'y' };
    switch (method) {
      case 'crm.contact.get':
      case 'crm.lead.get': {
        const r = portal.records.find((x) => x.ID === String(p.id));
        if (!r) return [400, { error: 'NOT_FOUND', error_description: 'Not found' }];
        return [200, { result: method === 'crm.lead.get' ? { ID: r.ID, TITLE: `Lead ${r.ID}` } : r, time }];
      }
      case 'crm.contact.add': {
        const f = (p.fields ?? {}) as Record<string, unknown>;
        if (!f.NAME) return [400, { error: 'ERROR_ARGUMENT', error_description: 'NAME is required' }];
        const id = portal.nextId++;
        portal.records.push({ ID: String(id), NAME: String(f.NAME), DATE_CREATE: '2024-09-01T00:00:00+03:00' });
        return [200, { result: id, time }];
      }
      case 'server.time':
        return [200, { result: '2024-01-01T00:00:00+03:00', time }];
      case 'crm.contact.list':
      case 'crm.item.list': {
        const lower = method === 'crm.item.list';
        const idKey = lower ? 'id' : 'ID';
        const filter = (p.filter ?? {}) as Record<string, unknown>;
        let rows = [...portal.records].sort((a, b) => Number(a.ID) - Number(b.ID));
        for (const [k, v] of Object.entries(filter)) {
          if (k === `>${idKey}`) rows = rows.filter((r) => Number(r.ID) > Number(v));
          else if (k === `<=${idKey}`) rows = rows.filter((r) => Number(r.ID) <= Number(v));
          else if (k === '>=DATE_CREATE') rows = rows.filter((r) => r.DATE_CREATE >= String(v));
          else return [400, { error: 'INVALID_FILTER', error_description: `unsupported filter ${k}` }];
        }
        const order = (p.order ?? {}) as Record<string, unknown>;
        if (order[idKey] === 'DESC') rows.reverse();
        const start = Number(p.start ?? 0);
        const select = asArray(p.select);
        const project = (r: Rec): Record<string, unknown> => {
          const item: Record<string, unknown> = lower ? { id: Number(r.ID), title: r.NAME } : { ...r };
          if (!select || select.includes('*')) return item;
          return Object.fromEntries(Object.entries(item).filter(([k]) => select.includes(k)));
        };
        const page = start === -1 ? rows.slice(0, PAGE) : rows.slice(start, start + PAGE);
        const items = page.map(project);
        portal.afterListPage?.(listPages++);
        const body: Record<string, unknown> = { result: lower ? { items } : items, time };
        if (start !== -1) {
          body.total = rows.length;
          if (start + PAGE < rows.length) body.next = start + PAGE;
        }
        return [200, body];
      }
      default:
        return [404, { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' }];
    }
  };

  const runBatch = (p: Record<string, unknown>): [number, Record<string, unknown>] => {
    const cmd = (p.cmd ?? {}) as Record<string, string>;
    const halt = Number(p.halt) === 1;
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    const totals: Record<string, unknown> = {};
    const nexts: Record<string, unknown> = {};
    const times: Record<string, unknown> = {};
    for (const [key, line] of Object.entries(cmd)) {
      const q = line.indexOf('?');
      const method = q === -1 ? line : line.slice(0, q);
      const params = resolveRefs(q === -1 ? {} : parsePhpQuery(line.slice(q + 1)), result) as Record<string, unknown>;
      const [, body] = dispatch(method, params);
      if (body.error) {
        errors[key] = { error: body.error, error_description: body.error_description };
        if (halt) break;
      } else {
        result[key] = body.result;
        if (body.total !== undefined) totals[key] = body.total;
        if (body.next !== undefined) nexts[key] = body.next;
        times[key] = body.time;
      }
    }
    // PHP serialises empty maps as [] — reproduce that.
    const m = (o: Record<string, unknown>): unknown => (Object.keys(o).length === 0 ? [] : o);
    return [200, { result: { result: m(result), result_error: m(errors), result_total: m(totals), result_next: m(nexts), result_time: m(times) }, time: {} }];
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const raw = Buffer.concat(chunks).toString('utf8');
        if (url.pathname.startsWith('/rest/api/')) return handleApi(req, res, url, raw);
        let body: Record<string, unknown>;
        try {
          body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        } catch {
          return send(res, 400, { error: 'INVALID_REQUEST', error_description: 'bad json' });
        }
        if (url.pathname === '/oauth/token/') return handleRefresh(url, res);
        const wh = new RegExp(`^/rest/1/([^/]+)/([\\w.]+)$`).exec(url.pathname);
        const oa = /^\/rest\/([\w.]+)$/.exec(url.pathname);
        const method = wh?.[2] ?? oa?.[1];
        if (!method) return send(res, 404, { error: 'NOT_FOUND', error_description: 'no route' });
        const r: Req = { method, url: req.url ?? '', body, headers: req.headers };
        portal.requests.push(r);
        const n = (portal.calls[method] = (portal.calls[method] ?? 0) + 1);
        if (wh && wh[1] !== WEBHOOK_SECRET) return send(res, 401, { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' });
        if (oa) {
          // Tokens must come in the body only.
          if (url.search) return send(res, 400, { error: 'INVALID_REQUEST', error_description: 'query string not expected' });
          if (portal.tokens.expired.has(String(body.auth)))
            return send(res, 401, { error: 'expired_token', error_description: 'The access token provided has expired.' });
          if (body.auth !== portal.tokens.access) return send(res, 401, { error: 'invalid_token', error_description: 'The access token provided is invalid.' });
        }
        const override = portal.overrides[method];
        if (override && (await override(r, res, n))) return;
        if (method === 'app.slow.get') {
          const t = setTimeout(() => send(res, 200, { result: 'late' }), 10_000);
          timers.add(t);
          res.on('close', () => clearTimeout(t));
          return;
        }
        const [status, out] = method === 'batch' ? runBatch(body) : dispatch(method, body);
        send(res, status, out);
      })();
    });
  });

  /** REST 3.0: `/rest/api/1/<secret>/<method>` (webhook) or `/rest/api/<method>` with `auth` in the body (or, for an array body, `?auth=`). */
  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: string): Promise<void> => {
    const wh = /^\/rest\/api\/1\/([^/]+)\/([\w.]+)$/.exec(url.pathname);
    const oa = /^\/rest\/api\/([\w.]+)$/.exec(url.pathname);
    const method = wh?.[2] ?? oa?.[1];
    if (!method) return send(res, 404, { error: 'NOT_FOUND', error_description: 'no route' });
    let json: unknown;
    try {
      json = raw ? JSON.parse(raw) : {};
    } catch {
      json = undefined;
    }
    portal.v3.requests.push({ method, path: req.url ?? '', headers: req.headers, body: json, raw });
    const n = (portal.calls[`v3:${method}`] = (portal.calls[`v3:${method}`] ?? 0) + 1);
    if (wh && wh[1] !== WEBHOOK_SECRET) return send(res, 401, { error: 'INVALID_CREDENTIALS', error_description: 'Invalid request credentials' });
    if (oa) {
      const token = Array.isArray(json) ? url.searchParams.get('auth') : (json as Record<string, unknown> | undefined)?.auth;
      if (portal.tokens.expired.has(String(token)))
        return send(res, 401, { error: 'expired_token', error_description: 'The access token provided has expired.' });
      if (token !== portal.tokens.access) return send(res, 401, { error: 'invalid_token', error_description: 'The access token provided is invalid.' });
    }
    const override = portal.overrides[`v3:${method}`];
    if (override && (await override({ method, url: req.url ?? '', body: (json ?? {}) as Record<string, unknown>, headers: req.headers }, res, n))) return;
    handleV3(portal.v3, method, raw, req.headers, res);
  };

  const handleRefresh = async (url: URL, res: http.ServerResponse): Promise<void> => {
    portal.refreshCalls++;
    const q = url.searchParams;
    await new Promise((r) => setTimeout(r, portal.refreshDelayMs));
    if (portal.refreshMode === 'garbage') {
      res.writeHead(502, { 'content-type': 'text/html' });
      return void res.end(`<html>bad gateway ${q.get('refresh_token')}</html>`);
    }
    const ok =
      portal.refreshMode === 'ok' &&
      q.get('grant_type') === 'refresh_token' &&
      q.get('client_id') === CLIENT_ID &&
      q.get('client_secret') === CLIENT_SECRET &&
      q.get('refresh_token') === portal.tokens.refresh;
    if (!ok) return send(res, 400, { error: 'invalid_grant', error_description: `Invalid refresh token ${q.get('refresh_token')}` });
    const g = ++portal.tokens.generation;
    portal.tokens.expired.add(portal.tokens.access);
    portal.tokens.access = `acc-NEW-${g}-c0ffee`;
    portal.tokens.refresh = `ref-NEW-${g}-beef01`;
    send(res, 200, {
      access_token: portal.tokens.access,
      refresh_token: portal.tokens.refresh,
      expires_in: 3600,
      expires: 1_900_000_000,
      member_id: 'm1',
      scope: 'crm',
      client_endpoint: `${portal.origin}/rest/`,
    });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  portal.origin = `http://127.0.0.1:${port}`;
  portal.webhookUrl = `${portal.origin}/rest/1/${WEBHOOK_SECRET}/`;
  portal.close = () =>
    new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return portal;
}

function resolveRefs(v: unknown, results: Record<string, unknown>): unknown {
  if (typeof v === 'string') {
    const m = /^\$result\[([^\]]+)\]((?:\[[^\]]*\])*)$/.exec(v);
    if (!m) return v;
    let cur: unknown = results[m[1]!];
    for (const seg of [...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]!)) cur = (cur as Record<string, unknown> | undefined)?.[seg];
    return cur === undefined ? '' : cur;
  }
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, results));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveRefs(x, results)]));
  return v;
}

function asArray(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(String);
  return undefined;
}
