import type http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createVibeRestClient, encodeVibeQuery, VibeError, type VibeClientOptions } from '../../generator/runtime/index.ts';
import { API_KEY, SESSION_TOKEN, startVibe, type FakeVibe } from './fake-vibe.ts';
import { collect, expectNoSecrets, fastRetry, memoryLogger, rejection } from './helpers.ts';
import type { TestVibeOps } from './methods.ts';

let vibe: FakeVibe;
beforeEach(async () => {
  vibe = await startVibe(123);
});
afterEach(async () => {
  await vibe.close();
});

const client = (extra: Partial<VibeClientOptions> = {}) =>
  createVibeRestClient<TestVibeOps>({ apiKey: API_KEY, baseUrl: vibe.baseUrl, retry: fastRetry(), ...extra });
const answer =
  (status: number, body: string, headers: Record<string, string> = {}) =>
  (_r: unknown, res: http.ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
    return true;
  };

describe('vibe', () => {
  it('vibe request: sends X-Api-Key, unwraps data, encodes path and comma-joined include', async () => {
    const c = await client().request('GET /v1/contacts/{id}', { path: { id: 71 }, query: { include: ['company', 'requisite'] } });
    expect(c).toMatchObject({ id: 71, name: 'C71', _included: ['company', 'requisite'] });
    const r = vibe.requests[0]!;
    expect(r.headers['x-api-key']).toBe(API_KEY);
    expect(r.headers.authorization).toBeUndefined();
    expect(r.rawUrl).toBe('/v1/contacts/71?include=company,requisite');
  });

  it('vibe request: sends Authorization: Bearer <sessionToken> for app keys', async () => {
    vibe.requireSession = true;
    await client({ sessionToken: SESSION_TOKEN }).request('GET /v1/contacts/{id}', { path: { id: 1 } });
    expect(vibe.requests[0]!.headers.authorization).toBe(`Bearer ${SESSION_TOKEN}`);
  });

  it('vibe request: path params are URL-encoded; dot segments and missing params are refused', async () => {
    await rejection(client().request('GET /v1/contacts/{id}', { path: { id: 'a/b?c' } }));
    expect(vibe.requests[0]!.rawUrl).toBe('/v1/contacts/a%2Fb%3Fc');
    expect(await rejection(client().request('GET /v1/contacts/{id}', { path: { id: '..' } }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await rejection(client().request('GET /v1/contacts/{id}', {} as never))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(vibe.requests).toHaveLength(1);
  });

  it('vibe request: JSON body for POST; 201 unwrapped', async () => {
    const c = await client().request('POST /v1/contacts', { body: { name: 'New' } });
    expect(c).toEqual({ id: 124, name: 'New' });
    expect(vibe.requests[0]!.headers['content-type']).toBe('application/json');
    expect(vibe.requests[0]!.body).toEqual({ name: 'New' });
  });

  it('vibe query: arrays comma-joined, objects bracketed', () => {
    expect(encodeVibeQuery({ include: ['company', 'requisite'], filter: { companyId: 15, '>=x': 'a b' }, order: { lastName: 'asc' }, skip: undefined })).toBe(
      'include=company,requisite&filter[companyId]=15&filter[%3E%3Dx]=a%20b&order[lastName]=asc',
    );
  });

  it('vibe list: iterates limit/offset pages until meta.hasMore is false', async () => {
    const items = await collect(client().list('GET /v1/contacts', { query: { filter: { companyId: 1 } } }));
    expect(items.map((c) => c.id)).toEqual(Array.from({ length: 123 }, (_, i) => i + 1));
    expect(vibe.requests.map((r) => [r.query.get('limit'), r.query.get('offset')])).toEqual([
      ['50', '0'],
      ['50', '50'],
      ['50', '100'],
    ]);
    expect(vibe.requests[0]!.query.get('filter[companyId]')).toBe('1');
  });

  it('vibe list: limit is capped at 5000; offset advances by items received', async () => {
    vibe.serverMaxLimit = 40;
    const items = await collect(client().list('GET /v1/contacts', { query: { limit: 10_000 } }));
    expect(items).toHaveLength(123);
    expect(vibe.requests.map((r) => r.query.get('limit'))).toEqual(['5000', '5000', '5000', '5000']);
    expect(vibe.requests.map((r) => r.query.get('offset'))).toEqual(['0', '40', '80', '120']);
  });

  it('vibe list: POST search operations page through the body', async () => {
    const items = await collect(client().list('POST /v1/contacts/search', { body: { filter: { x: 1 }, limit: 100 } }));
    expect(items).toHaveLength(123);
    expect(vibe.requests.map((r) => r.body)).toEqual([
      { filter: { x: 1 }, limit: 100, offset: 0 },
      { filter: { x: 1 }, limit: 100, offset: 100 },
    ]);
  });

  it('vibe errors: {success:false,error:{code,message,hint}} → VibeError with code/status/description/hint; the message names operation, code and status like B24Error', async () => {
    const err = await rejection(client().request('GET /v1/contacts/{id}', { path: { id: 9999 } }));
    expect(err).toBeInstanceOf(VibeError);
    expect(err).toMatchObject({
      name: 'VibeError',
      code: 'ENTITY_NOT_FOUND',
      status: 404,
      message: 'GET /v1/contacts/{id}: ENTITY_NOT_FOUND — Item not found (HTTP 404)',
      description: 'Item not found',
      hint: 'Check the id',
      operation: 'GET /v1/contacts/{id}',
    });
  });

  it('vibe errors: userMessage/warning kept; bare-string error; missing error object; non-JSON; no envelope', async () => {
    vibe.override = answer(
      402,
      JSON.stringify({ success: false, error: { code: 'PAYMENT_REQUIRED', message: 'Pay', userMessage: 'Оплатите', warning: 'repeated' } }),
    );
    expect(await rejection(client().request('POST /v1/contacts', { body: { name: 'x' } }))).toMatchObject({
      code: 'PAYMENT_REQUIRED',
      userMessage: 'Оплатите',
      warning: 'repeated',
    });
    vibe.override = answer(403, JSON.stringify({ success: false, error: 'ACCESS_DENIED' }));
    expect(await rejection(client().request('POST /v1/contacts', { body: { name: 'x' } }))).toMatchObject({ code: 'ACCESS_DENIED', status: 403 });
    vibe.override = answer(400, JSON.stringify({ success: false, message: 'odd' }));
    expect(await rejection(client().request('POST /v1/contacts', { body: { name: 'x' } }))).toMatchObject({
      code: 'HTTP_ERROR',
      status: 400,
      description: 'odd',
      message: 'POST /v1/contacts: HTTP_ERROR — odd (HTTP 400)',
    });
    vibe.override = answer(200, '<html>');
    expect(await rejection(client().request('POST /v1/contacts', { body: { name: 'x' } }))).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
    // A proxy's error page: the message carries a short snippet of its text.
    vibe.override = answer(502, '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>');
    expect(await rejection(client().request('POST /v1/contacts', { body: { name: 'x' } }))).toMatchObject({
      code: 'INVALID_RESPONSE',
      status: 502,
      message: 'POST /v1/contacts: response is not a JSON object (HTTP 502, 102 chars): "502 Bad Gateway 502 Bad Gateway nginx"',
    });
    vibe.override = answer(200, JSON.stringify({ id: 1 }));
    expect(await rejection(client().request('POST /v1/contacts', { body: { name: 'x' } }))).toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('vibe errors: auth failures map to their codes', async () => {
    const bad = createVibeRestClient<TestVibeOps>({ apiKey: 'vibe_wrong_key_1', baseUrl: vibe.baseUrl, retry: fastRetry() });
    const err = await rejection(bad.request('GET /v1/contacts/{id}', { path: { id: 1 } }));
    expect(err).toMatchObject({ code: 'INVALID_API_KEY', status: 401 });
    expectNoSecrets(err, ['vibe_wrong_key_1']);
  });

  it('vibe retry: 429 retried after Retry-After (header), then succeeds', async () => {
    vibe.override = (r, res, n) =>
      n <= 2 &&
      answer(429, JSON.stringify({ success: false, error: { code: 'RATE_LIMITED', message: 'QUERY_LIMIT_EXCEEDED', retryAfter: 9 } }), { 'retry-after': '2' })(
        r,
        res,
      );
    const retry = fastRetry();
    const c = await client({ retry }).request('POST /v1/contacts', { body: { name: 'x' } });
    expect(c.name).toBe('x');
    expect(retry.delays).toEqual([2000, 2000]);
    expect(vibe.count).toBe(3);
  });

  it('vibe retry: error.retryAfter in the body is used when the header is missing', async () => {
    vibe.override = (r, res, n) =>
      n <= 1 && answer(429, JSON.stringify({ success: false, error: { code: 'RATE_LIMITED', message: 'slow down', retryAfter: 3 } }))(r, res);
    const retry = fastRetry();
    await client({ retry }).request('GET /v1/contacts/{id}', { path: { id: 1 } });
    expect(retry.delays).toEqual([3000]);
  });

  it('vibe retry: 5xx and resets retried for GET, not for POST', async () => {
    vibe.override = (r, res, n) => n <= 1 && answer(500, JSON.stringify({ success: false, error: { code: 'INTERNAL_ERROR', message: 'x' } }))(r, res);
    await client().request('GET /v1/contacts/{id}', { path: { id: 1 } });
    expect(vibe.count).toBe(2);
    vibe.count = 0;
    vibe.override = (_r, res, n) => {
      if (n > 1) return false;
      res.socket?.destroy();
      return true;
    };
    expect(await rejection(client().request('POST /v1/contacts', { body: { name: 'x' } }))).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(vibe.count).toBe(1);
    vibe.count = 0;
    await client().request('POST /v1/contacts', { body: { name: 'x' }, retryNonIdempotent: true });
    expect(vibe.count).toBe(2);
  });

  it('vibe timeout and abort', async () => {
    vibe.override = () => true; // never answers
    expect(await rejection(client({ retry: fastRetry({ maxRetries: 0 }) }).request('GET /v1/contacts/{id}', { path: { id: 1 }, timeout: 30 }))).toMatchObject({
      code: 'TIMEOUT',
    });
    const ctrl = new AbortController();
    const p = client().request('GET /v1/contacts/{id}', { path: { id: 1 }, signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 10);
    expect(await rejection(p)).toMatchObject({ code: 'ABORTED' });
  });

  it('vibe security: API key and session token never in errors or logs', async () => {
    const logger = memoryLogger();
    vibe.override = answer(500, JSON.stringify({ success: false, error: { code: 'BOOM', message: `bad key ${API_KEY}`, hint: `Bearer ${SESSION_TOKEN}` } }));
    const err = await rejection(
      client({ sessionToken: SESSION_TOKEN, logger, retry: fastRetry({ maxRetries: 1 }) }).request('POST /v1/contacts', { body: { name: 'x' } }),
    );
    expect(err.code).toBe('BOOM');
    expect(logger.lines.length).toBeGreaterThan(0);
    expectNoSecrets(err, [API_KEY, SESSION_TOKEN], logger.lines);
    const leaky: typeof fetch = async (_i, init) => {
      throw new TypeError(`failed with headers ${JSON.stringify(init?.headers)}`);
    };
    const err2 = await rejection(
      client({ sessionToken: SESSION_TOKEN, fetch: leaky, retry: fastRetry({ maxRetries: 0 }) }).request('GET /v1/contacts/{id}', { path: { id: 1 } }),
    );
    expect(err2.code).toBe('NETWORK_ERROR');
    expectNoSecrets(err2, [API_KEY, SESSION_TOKEN]);
  });

  it('vibe validation: VALIDATION_FAILED names the operation and field path', async () => {
    const schemas = { 'GET /v1/contacts/{id}': z.object({ id: z.number(), name: z.number() }) };
    const err = await rejection(client({ validate: true, schemas }).request('GET /v1/contacts/{id}', { path: { id: 1 } }));
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(err.message).toContain('GET /v1/contacts/{id}: result.name');
  });
});
