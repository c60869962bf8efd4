// A loopback server imitating the Vibe API: X-Api-Key (+ Bearer) auth, the {success,data,meta}
// envelope, limit/offset/hasMore paging, the documented error envelope, and scripted failures.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const API_KEY = 'vibe_api_K3yS3cr3t77';
export const SESSION_TOKEN = 'sess_T0k3n_abcdef99';

export interface VibeReq {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  rawUrl: string;
}

export type VibeOverride = (req: VibeReq, res: http.ServerResponse, n: number) => boolean;

export interface FakeVibe {
  baseUrl: string;
  requests: VibeReq[];
  count: number;
  contacts: Array<{ id: number; name: string }>;
  /** Server-side cap on page size (below the client's request, to test advancing by items received). */
  serverMaxLimit: number;
  requireSession: boolean;
  override?: VibeOverride;
  close(): Promise<void>;
}

export async function startVibe(n = 123): Promise<FakeVibe> {
  const vibe: FakeVibe = {
    baseUrl: '',
    requests: [],
    count: 0,
    contacts: Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `C${i + 1}` })),
    serverMaxLimit: 5000,
    requireSession: false,
    close: async () => {},
  };
  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const fail = (res: http.ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void =>
    send(res, status, { success: false, error: { code, message, ...extra } });

  const page = (limit: number, offset: number) => {
    const lim = Math.min(limit, vibe.serverMaxLimit);
    const data = vibe.contacts.slice(offset, offset + lim);
    return { success: true, data, meta: { total: vibe.contacts.length, hasMore: offset + data.length < vibe.contacts.length } };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const r: VibeReq = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
        rawUrl: req.url ?? '',
      };
      vibe.requests.push(r);
      const n = ++vibe.count;
      if (!req.headers['x-api-key']) return fail(res, 401, 'MISSING_API_KEY', 'X-Api-Key header is required');
      if (req.headers['x-api-key'] !== API_KEY) return fail(res, 401, 'INVALID_API_KEY', `Key ${String(req.headers['x-api-key'])} not found`);
      if (vibe.requireSession && req.headers.authorization !== `Bearer ${SESSION_TOKEN}`) return fail(res, 401, 'INVALID_APP_KEY', 'Bearer token required');
      if (vibe.override?.(r, res, n)) return;

      const one = /^\/v1\/contacts\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && one) {
        const id = decodeURIComponent(one[1]!);
        const c = vibe.contacts.find((x) => String(x.id) === id);
        if (!c) return fail(res, 404, 'ENTITY_NOT_FOUND', 'Item not found', { hint: 'Check the id' });
        const include = url.searchParams.get('include');
        return send(res, 200, { success: true, data: include ? { ...c, _included: include.split(',') } : c });
      }
      if (req.method === 'GET' && url.pathname === '/v1/contacts') {
        return send(res, 200, page(Number(url.searchParams.get('limit') ?? 50), Number(url.searchParams.get('offset') ?? 0)));
      }
      if (req.method === 'POST' && url.pathname === '/v1/contacts/search') {
        const b = (r.body ?? {}) as { limit?: number; offset?: number };
        return send(res, 200, page(b.limit ?? 50, b.offset ?? 0));
      }
      if (req.method === 'POST' && url.pathname === '/v1/contacts') {
        const b = r.body as { name?: string };
        if (!b?.name) return fail(res, 400, 'VALIDATION_ERROR', 'name is required');
        const c = { id: vibe.contacts.length + 1, name: b.name };
        vibe.contacts.push(c);
        return send(res, 201, { success: true, data: c });
      }
      return fail(res, 404, 'NOT_FOUND', 'no route');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  vibe.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vibe.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return vibe;
}
