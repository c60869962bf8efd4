// The generated client (generated/src, as users get it) against `createMockPortal` loaded from the committed
// specs/: call, list (offset and ID-cursor), batch, retry (QUERY_LIMIT_EXCEEDED, 5xx), OAuth refresh, slow
// answers, REST 3.0 and Vibe. Expected values come from the doc pages' examples (cited) and the paging rules
// of settings/how-to-call-rest-api/list-methods-pecularities.md:27-32.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { B24Error, createClient, createVibeClient } from '../../generated/src/index.ts';
import { createMockPortal, type MockPortal } from '../../generator/mock/index.ts';
import { defaultPaths } from '../../generator/pipeline/paths.mjs';
import { collect, fastRetry, rejection } from '../runtime/helpers.ts';

let portal: MockPortal;
let startMs = 0;
beforeAll(async () => {
  const t = performance.now();
  portal = await createMockPortal({ specs: defaultPaths().specs });
  startMs = performance.now() - t;
});
afterAll(async () => {
  console.log(`mock start-up with all specs: ${Math.round(startMs)} ms; ${JSON.stringify(portal.coverage.apis)}`);
  await portal.close();
});
beforeEach(() => {
  portal.clearFaults();
  portal.requests.length = 0;
});

const client = (retry = fastRetry()) => createClient({ webhookUrl: portal.webhookUrl, retry });
const ids = (xs: Array<{ ID?: string | number }>) => xs.map((x) => Number(x.ID));
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('call', () => {
  it('answers with the documented example, carrying the id asked for (crm-contact-get.md:235-240)', async () => {
    const c = await client().call('crm.contact.get', { id: 23 });
    expect(c.ID).toBe('23');
    expect(c.POST).toBe('Administrator');
    expect(c.NAME).toBe('John');
    expect(portal.requests[0]).toMatchObject({ api: 'rest', method: 'crm.contact.get', params: { id: 23 }, status: 200 });
  });

  it("a missing required param: the method's own documented error, 400 (crm-contact-get.md:478-481, 491)", async () => {
    const err = await rejection(client().callUntyped('crm.contact.get', {}));
    expect(err).toBeInstanceOf(B24Error);
    expect(err.status).toBe(400);
    expect(err.description).toBe('ID is not defined or invalid.');
  });

  it("an unknown param: ERROR_ARGUMENT, 400; a wrong type: the method's own documented error", async () => {
    const unknown = await rejection(client().callUntyped('crm.contact.get', { id: 1, IDD: 2 }));
    expect([unknown.code, unknown.status, unknown.description]).toEqual(['ERROR_ARGUMENT', 400, "Unknown argument 'IDD'"]);
    // crm-contact-add.md:829-832, 841: a `fields` that is not an object answers "Parameter 'fields' must be array." with an empty code.
    const wrong = await rejection(client().callUntyped('crm.contact.add', { fields: 'NAME=x' }));
    expect([wrong.status, wrong.description]).toEqual([400, "Parameter 'fields' must be array."]);
  });

  it('an unknown method: ERROR_METHOD_NOT_FOUND, 404 (rest-v3.md:26)', async () => {
    const err = await rejection(client().callUntyped('crm.contact.nosuch', {}));
    expect([err.code, err.status]).toEqual(['ERROR_METHOD_NOT_FOUND', 404]);
  });

  it('a wrong webhook token: NO_AUTH_FOUND, 401 (_includes/system-errors.md:20-21)', async () => {
    const bad = createClient({ webhookUrl: portal.webhookUrl.replace('mocktoken', 'wrong'), retry: fastRetry() });
    const err = await rejection(bad.call('crm.contact.get', { id: 1 }));
    expect([err.code, err.status]).toEqual(['NO_AUTH_FOUND', 401]);
  });
});

describe('list', () => {
  it('offset paging: start = next over 120 generated records, total on every page', async () => {
    const items = await collect(client().list('crm.contact.list', { select: ['ID', 'NAME'] }));
    expect(ids(items)).toEqual(range(1, 120));
    expect(items[0]).toEqual({ ID: '1', NAME: 'Anastasia 1' });
    expect(portal.requests.map((r) => r.params['start'] ?? 0)).toEqual([0, 50, 100]);
    const meta = await client().callWithMeta('crm.contact.list', { start: 100 });
    expect([meta.total, meta.next]).toEqual([120, undefined]);
  });

  it('ID-cursor paging: start=-1 with >ID, ordered by ID, no total (list-methods-pecularities.md)', async () => {
    const items = await collect(client().list('crm.contact.list', { select: ['ID'] }, { mode: 'id' }));
    expect(ids(items)).toEqual(range(1, 120));
    expect(portal.requests.map((r) => [r.params['start'], (r.params['filter'] as Record<string, unknown>)['>ID']])).toEqual([
      [-1, 0],
      [-1, 50],
      [-1, 100],
    ]);
  });

  it('filter and order are honoured', async () => {
    const items = await collect(client().list('crm.contact.list', { filter: { '>ID': 110 }, order: { ID: 'DESC' }, select: ['ID'] }));
    expect(ids(items)).toEqual(range(111, 120).reverse());
  });

  it('an `{ items }` result with lower-case ids pages too (crm.item.list)', async () => {
    const items = await collect(client().list('crm.item.list', { entityTypeId: 2, select: ['id', 'title'] }, { mode: 'id' }));
    expect(items.map((x) => x.id)).toEqual(range(1, 120));
  });
});

describe('batch', () => {
  it('runs commands in order with $result references (batch.md)', async () => {
    const r = await client().batch({
      a: ['crm.contact.add', { fields: { NAME: 'Ann' } }],
      b: ['crm.contact.get', { id: '$result[a]' }],
      c: ['crm.contact.list', { select: ['ID'], filter: { '<=ID': 3 } }],
    });
    // crm-contact-add.md:801: the example's result is 46.
    expect(r.a.ok && r.a.result).toBe(46);
    expect(r.b.ok && r.b.result.ID).toBe('46');
    expect(r.c.ok && r.c.result.map((x) => x.ID)).toEqual(['1', '2', '3']);
    expect(r.c.ok && r.c.total).toBe(3);
  });

  it('a failing command reports its error; halt stops the rest', async () => {
    const r = await client().batch({ a: ['crm.contact.get', {} as { id: number }], b: ['crm.contact.get', { id: 2 }] });
    expect(r.a.ok).toBe(false);
    expect(r.b.ok && r.b.result.ID).toBe('2');
    const h = await client().batch({ a: ['crm.contact.get', {} as { id: number }], b: ['crm.contact.get', { id: 2 }] }, { halt: true });
    expect(h.b.ok ? 'ran' : h.b.error.code).toBe('BATCH_HALTED');
  });
});

describe('retry and faults', () => {
  it('QUERY_LIMIT_EXCEEDED (503, _includes/system-errors.md:14-15) twice, then success', async () => {
    portal.inject('crm.contact.get=QUERY_LIMIT_EXCEEDED*2');
    const retry = fastRetry();
    expect((await client(retry).call('crm.contact.get', { id: 5 })).ID).toBe('5');
    expect(portal.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(retry.delays).toHaveLength(2);
  });

  it('a 5xx on a list page is retried (a read method); on an add it is not', async () => {
    portal.inject({ method: 'crm.contact.list', status: 502, times: 1 });
    expect(await collect(client().list('crm.contact.list', { select: ['ID'] }))).toHaveLength(120);
    portal.inject({ method: 'crm.contact.add', status: 500, times: 1 });
    const err = await rejection(client().call('crm.contact.add', { fields: { NAME: 'x' } }));
    expect(err.status).toBe(500);
  });

  it('a slow answer runs into the call timeout', async () => {
    portal.inject('crm.contact.get=400ms*1');
    const err = await rejection(client().call('crm.contact.get', { id: 1 }, { timeout: 100 }));
    expect(err.code).toBe('TIMEOUT');
  });

  it('the X-Mock-Fault header fails that request only', async () => {
    const res = await fetch(`${portal.webhookUrl}crm.contact.get`, { method: 'POST', headers: { 'x-mock-fault': 'QUERY_LIMIT_EXCEEDED' }, body: '{"id":1}' });
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([503, 'QUERY_LIMIT_EXCEEDED']);
    expect((await client().call('crm.contact.get', { id: 1 })).ID).toBe('1');
  });
});

describe('OAuth', () => {
  const oauthClient = (onTokens?: (t: { accessToken: string }) => void) =>
    createClient({
      portal: portal.url,
      auth: { ...portal.oauth, oauthServer: portal.url, onTokens },
      retry: fastRetry(),
    });

  it('expired_token → one refresh at /oauth/token/ → the call replays with the new token', async () => {
    const seen: string[] = [];
    const c = oauthClient((t) => void seen.push(t.accessToken));
    const before = portal.oauth;
    portal.expireToken();
    const results = await Promise.all([1, 2, 3].map((id) => c.call('crm.contact.get', { id })));
    expect(results.map((r) => r.ID)).toEqual(['1', '2', '3']);
    expect(portal.oauth.refreshCalls).toBe(before.refreshCalls + 1);
    expect(seen).toEqual([portal.oauth.accessToken]);
    expect(portal.requests.filter((r) => r.status === 401).every((r) => r.params['auth'] === before.accessToken)).toBe(true);
  });

  it('an injected expired_token fault needs a refresh too', async () => {
    const c = oauthClient();
    const refreshes = portal.oauth.refreshCalls;
    portal.inject('expired_token*1');
    expect((await c.call('crm.contact.get', { id: 9 })).ID).toBe('9');
    expect(portal.oauth.refreshCalls).toBe(refreshes + 1);
  });
});

describe('REST 3.0 and Vibe', () => {
  it('REST 3.0: the documented example at /rest/api/… (tasks-task-get-rest-v3.md:288-291)', async () => {
    const r = await client().v3.call('tasks.task.get', { id: 3835 });
    expect(r.item).toMatchObject({ id: 3835, title: 'title' });
    const err = await rejection(client().v3.call('tasks.task.get', {} as { id: number }));
    expect([err.code, err.status]).toEqual(['BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', 400]);
  });

  it('REST 3.0 batch: a JSON array of { method, query }, results in order (rest-v3.md:426-456)', async () => {
    const [a, b] = await client().v3.batch([
      ['tasks.task.get', { id: 289, select: ['id', 'title'] }],
      ['tasks.task.get', { id: 429, select: ['id', 'title'] }],
    ]);
    expect(a).toEqual({ ok: true, result: { item: { id: 289, title: 'title' } } });
    expect(b).toEqual({ ok: true, result: { item: { id: 429, title: 'title' } } });
  });

  it('Vibe: an operation with X-Api-Key, a list over limit/offset pages', async () => {
    const vibe = createVibeClient({ apiKey: portal.vibeApiKey, baseUrl: portal.url, retry: fastRetry() });
    const one = await vibe.request('GET /v1/contacts/{id}', { path: { id: 71 } });
    expect(one).toBeTruthy();
    expect(await collect(vibe.list('GET /v1/contacts', { query: {} }))).toHaveLength(120);
    const bad = createVibeClient({ apiKey: 'nope', baseUrl: portal.url, retry: fastRetry() });
    expect((await rejection(bad.request('GET /v1/contacts/{id}', { path: { id: 71 } }))).code).toBe('INVALID_API_KEY');
  });
});
