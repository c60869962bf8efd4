// REST 3.0 (`client.v3`) against the loopback portal's `/rest/api/` side (fake-portal-v3.ts), which answers
// as api-reference/rest-v3.md and the v3 method pages document.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { B24Error, createRestClient, type V3MethodError } from '../../generator/runtime/index.ts';
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, startPortal, WEBHOOK_SECRET, type FakePortal } from './fake-portal.ts';
import { collect, expectNoSecrets, fastRetry, rejection } from './helpers.ts';
import type { TestMethods, TestMethodsV3 } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal();
});
afterEach(async () => {
  await portal.close();
});

const keys = (): (() => string) => {
  let n = 0;
  return () => `key-${++n}`;
};
const webhook = (extra: Record<string, unknown> = {}) =>
  createRestClient<TestMethods, TestMethodsV3>({ webhookUrl: portal.webhookUrl, retry: fastRetry(), newIdempotencyKey: keys(), ...extra });
const oauth = () =>
  createRestClient<TestMethods, TestMethodsV3>({
    portal: portal.origin,
    auth: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, oauthServer: portal.origin },
    retry: fastRetry(),
    newIdempotencyKey: keys(),
  });
const sent = () => portal.v3.requests;

describe('REST 3.0 against a loopback portal', () => {
  it('demo: call, list and batch on /rest/api/ — paths, headers, bodies and typed results', async () => {
    const b24 = webhook();

    // call (a read): POST /rest/api/<user>/<secret>/tasks.task.get, JSON body as given, no Idempotency-Key.
    const got = await b24.v3.call('tasks.task.get', { id: 3835, select: ['id', 'title'] });
    expect(got).toEqual({ item: { id: 3835, title: 'Task 1' } });
    expect(sent()[0]).toMatchObject({
      path: `/rest/api/1/${WEBHOOK_SECRET}/tasks.task.get`,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: { id: 3835, select: ['id', 'title'] },
    });
    expect(sent()[0]!.headers['idempotency-key']).toBeUndefined();

    // call (a write): the Idempotency-Key header (rest-v3.md#idempotency), given here, else a new UUID.
    const added = await b24.v3.callWithMeta(
      'tasks.task.add',
      { fields: { title: 'Prepare a report', responsibleId: 1, creatorId: 1 } },
      { idempotencyKey: '9f1c1a7e-5f1b-4a1e-9a2c-2f5f2b6c7d80' },
    );
    expect(added).toMatchObject({ result: { item: { id: 3955, title: 'Prepare a report' } }, idempotencyKey: '9f1c1a7e-5f1b-4a1e-9a2c-2f5f2b6c7d80' });
    expect(added.replayed).toBeUndefined();
    expect(sent()[1]).toMatchObject({
      path: `/rest/api/1/${WEBHOOK_SECRET}/tasks.task.add`,
      headers: { 'idempotency-key': '9f1c1a7e-5f1b-4a1e-9a2c-2f5f2b6c7d80' },
      body: { fields: { title: 'Prepare a report', responsibleId: 1, creatorId: 1 } },
    });

    // list: the array filter (triples, `in`, an OR group) and `pagination` limit/offset until a short page.
    const items = await collect(
      b24.v3.list('tasks.task.list', {
        select: ['id', 'title', 'status'],
        filter: [
          ['id', '>=', 3840],
          {
            logic: 'or',
            conditions: [
              ['status', 'pending'],
              ['responsibleId', 'in', [29]],
            ],
          },
        ],
        pagination: { limit: 20 },
      }),
    );
    const expected = portal.v3.tasks.filter((t) => t.id >= 3840 && (t.status === 'pending' || t.responsibleId === 29));
    expect(items.map((t) => t.id)).toEqual(expected.map((t) => t.id));
    expect(items[0]).toEqual({ id: 3841, title: 'Task 7', status: 'pending' });
    expect(items).toHaveLength(77);
    const pages = sent().filter((r) => r.method === 'tasks.task.list');
    expect(pages.map((r) => (r.body as { pagination: unknown }).pagination)).toEqual([
      { limit: 20 },
      { limit: 20, offset: 20 },
      { limit: 20, offset: 40 },
      { limit: 20, offset: 60 },
    ]);
    expect(pages[0]!.body).toMatchObject({
      filter: [
        ['id', '>=', 3840],
        {
          logic: 'or',
          conditions: [
            ['status', 'pending'],
            ['responsibleId', 'in', [29]],
          ],
        },
      ],
    });

    // batch: one POST /rest/api/…/batch whose body is a JSON array of { method, query } (rest-v3.md#batch).
    const [a, b] = await b24.v3.batch([
      ['tasks.task.get', { id: 3835, select: ['id', 'title'] }],
      ['tasks.task.get', { id: 3836, select: ['id', 'title'] }],
    ]);
    const batchReq = sent().at(-1)!;
    expect(batchReq.path).toBe(`/rest/api/1/${WEBHOOK_SECRET}/batch`);
    expect(batchReq.body).toEqual([
      { method: 'tasks.task.get', query: { id: 3835, select: ['id', 'title'] } },
      { method: 'tasks.task.get', query: { id: 3836, select: ['id', 'title'] } },
    ]);
    expect(batchReq.headers['idempotency-key']).toBeUndefined();
    expect(a).toEqual({ ok: true, result: { item: { id: 3835, title: 'Task 1' } } });
    expect(b).toEqual({ ok: true, result: { item: { id: 3836, title: 'Task 2' } } });
  });

  it('OAuth: POST /rest/api/<method> with the token as `auth` in the JSON body; a batch (an array body) carries it as ?auth=', async () => {
    const b24 = oauth();
    await b24.v3.call('tasks.task.get', { id: 3835 });
    expect(sent()[0]).toMatchObject({ path: '/rest/api/tasks.task.get', body: { id: 3835, auth: ACCESS_TOKEN } });
    const r = await b24.v3.batch({ first: ['tasks.task.get', { id: 3835, select: ['id'] }] });
    expect(r.first).toEqual({ ok: true, result: { item: { id: 3835 } } });
    expect(sent()[1]!.path).toBe(`/rest/api/batch?auth=${ACCESS_TOKEN}`);
    expect(sent()[1]!.body).toEqual([{ method: 'tasks.task.get', query: { id: 3835, select: ['id'] } }]);
  });

  it('OAuth: expired_token on /rest/api/ refreshes once and replays', async () => {
    // The portal now says the client's token has expired; the refresh hands out a new one.
    portal.tokens.expired.add(ACCESS_TOKEN);
    const r = await oauth().v3.call('tasks.task.get', { id: 3836, select: ['id'] });
    expect(r).toEqual({ item: { id: 3836 } });
    expect(portal.refreshCalls).toBe(1);
    expect(sent().map((r) => (r.body as { auth: string }).auth)).toEqual([ACCESS_TOKEN, portal.tokens.access]);
  });

  it('a webhook URL given in its REST 3.0 form (/rest/api/<user>/<secret>/) serves both versions', async () => {
    const b24 = createRestClient<TestMethods, TestMethodsV3>({ webhookUrl: portal.webhookUrl.replace('/rest/', '/rest/api/'), retry: fastRetry() });
    await b24.v3.call('tasks.task.get', { id: 3835 });
    expect((await b24.call('crm.contact.get', { id: 1 })).ID).toBe('1');
    expect(sent()[0]!.path).toBe(`/rest/api/1/${WEBHOOK_SECRET}/tasks.task.get`);
  });
});

describe('REST 3.0 errors', () => {
  it('the v3 error body becomes a typed B24Error: code, status, description (message), message like REST 1', async () => {
    const err: V3MethodError<TestMethodsV3, 'tasks.task.get'> = await rejection(webhook().v3.call('tasks.task.get', { id: 2 }));
    expect(err).toBeInstanceOf(B24Error);
    // tasks-task-get-rest-v3.md:432-437
    expect(err).toMatchObject({
      code: 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION',
      status: 400,
      method: 'tasks.task.get',
      description: 'Record with ID = `2` not found',
      message: 'tasks.task.get: BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION — Record with ID = `2` not found (HTTP 400)',
    });
    expect(err.validation).toBeUndefined();
  });

  it('validation errors keep error.validation[] (field, message) and show them in the message', async () => {
    const err = await rejection(webhook().v3.call('tasks.task.get', {} as never));
    // rest-v3.md#response example
    expect(err).toMatchObject({
      code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION',
      status: 400,
      description: 'Error validating request object',
      validation: [{ field: 'id', message: 'Required field `id` is not specified' }],
      message:
        'tasks.task.get: BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION — Error validating request object [id: Required field `id` is not specified] (HTTP 400)',
    });
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({ validation: [{ field: 'id', message: 'Required field `id` is not specified' }] });
  });

  it('an unknown filter operator is the portal’s UNKNOWNFILTEROPERATOREXCEPTION; an unknown method ERROR_METHOD_NOT_FOUND (404)', async () => {
    const b24 = webhook();
    const bad = [['id', 'like', 1]] as never;
    expect(await rejection(b24.v3.call('tasks.task.list', { filter: bad }))).toMatchObject({
      code: 'BITRIX_REST_V3_EXCEPTION_UNKNOWNFILTEROPERATOREXCEPTION',
      status: 400,
    });
    expect(await rejection(b24.v3.callUntyped('tasks.task.nope', {}))).toMatchObject({ code: 'ERROR_METHOD_NOT_FOUND', status: 404 });
  });

  it('v3 errors are not retried (4xx), throttling still is', async () => {
    let n = 0;
    portal.overrides['v3:tasks.task.get'] = (_r, res) => {
      if (++n > 2) return false;
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' }));
      return true;
    };
    expect(await webhook().v3.call('tasks.task.get', { id: 3835 })).toEqual({ item: expect.objectContaining({ id: 3835 }) });
    expect(portal.calls['v3:tasks.task.get']).toBe(3);
    await rejection(webhook().v3.call('tasks.task.get', { id: 2 }));
    expect(portal.calls['v3:tasks.task.get']).toBe(4);
  });
});

describe('REST 3.0 Idempotency-Key', () => {
  it('writes get a new key per call (crypto.randomUUID by default); reads get none', async () => {
    const b24 = createRestClient<TestMethods, TestMethodsV3>({ webhookUrl: portal.webhookUrl, retry: fastRetry() });
    const one = await b24.v3.callWithMeta('tasks.task.add', { fields: { title: 'a' } });
    const two = await b24.v3.callWithMeta('tasks.task.add', { fields: { title: 'a' } });
    expect(one.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(two.idempotencyKey).not.toBe(one.idempotencyKey);
    expect(sent().map((r) => r.headers['idempotency-key'])).toEqual([one.idempotencyKey, two.idempotencyKey]);
    expect(portal.v3.tasks).toHaveLength(122);
  });

  it('the same key and body again: the stored response, `replayed: true`, no duplicate', async () => {
    const b24 = webhook();
    const first = await b24.v3.callWithMeta('tasks.task.add', { fields: { title: 'once' } }, { idempotencyKey: 'order-42' });
    const again = await b24.v3.callWithMeta('tasks.task.add', { fields: { title: 'once' } }, { idempotencyKey: 'order-42' });
    expect(again.result).toEqual(first.result);
    expect(again.replayed).toBe(true);
    expect(portal.v3.tasks.filter((t) => t.title === 'once')).toHaveLength(1);
  });

  it('the same key with another body: IDEMPOTENCYKEYREUSEDEXCEPTION (422), typed for writes', async () => {
    const b24 = webhook();
    await b24.v3.call('tasks.task.add', { fields: { title: 'one' } }, { idempotencyKey: 'k1' });
    const err: V3MethodError<TestMethodsV3, 'tasks.task.add'> = await rejection(
      b24.v3.call('tasks.task.add', { fields: { title: 'two' } }, { idempotencyKey: 'k1' }),
    );
    expect(err).toMatchObject({ code: 'BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION', status: 422 });
  });

  it('a malformed key is refused before sending (INVALID_ARGUMENT); the portal would answer INVALIDIDEMPOTENCYKEYEXCEPTION (400)', async () => {
    const b24 = webhook();
    expect(await rejection(b24.v3.call('tasks.task.add', { fields: { title: 'x' } }, { idempotencyKey: 'ключ' }))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await rejection(b24.v3.call('tasks.task.add', { fields: { title: 'x' } }, { idempotencyKey: 'x'.repeat(256) }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(sent()).toHaveLength(0);
    // What the portal says to a key that slipped through (a client whose newIdempotencyKey makes bad ones is refused the same way).
    const raw = await fetch(`${portal.webhookUrl.replace('/rest/', '/rest/api/')}tasks.task.add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': '' },
      body: '{}',
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: { code: 'BITRIX_REST_V3_EXCEPTION_INVALIDIDEMPOTENCYKEYEXCEPTION' } });
  });

  it('a write with a key is retried after a connection reset (the replay is safe); with idempotencyKey: false it is not', async () => {
    let n = 0;
    portal.overrides['v3:tasks.task.add'] = (_r, res) => {
      if (++n > 1) return false;
      res.socket?.destroy();
      return true;
    };
    const b24 = webhook();
    await b24.v3.call('tasks.task.add', { fields: { title: 'after reset' } });
    expect(portal.calls['v3:tasks.task.add']).toBe(2);
    expect(new Set(sent().map((r) => r.headers['idempotency-key']))).toEqual(new Set(['key-1']));
    n = 0;
    portal.calls['v3:tasks.task.add'] = 0;
    expect(await rejection(b24.v3.call('tasks.task.add', { fields: { title: 'no key' } }, { idempotencyKey: false }))).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(portal.calls['v3:tasks.task.add']).toBe(1);
    expect(sent().at(-1)!.headers['idempotency-key']).toBeUndefined();
  });
});

describe('REST 3.0 list paging', () => {
  it('limit 50 unless given; stops at a page shorter than the limit; page/offset given start the walk', async () => {
    const b24 = webhook();
    const all = await collect(b24.v3.list('tasks.task.list', {}));
    expect(all).toHaveLength(120);
    // Without a select the portal sends only `id` (tasks-task-list-rest-v3.md:34).
    expect(all[0]).toEqual({ id: 3835 });
    const paging = () => sent().map((r) => (r.body as { pagination: unknown }).pagination);
    expect(paging()).toEqual([{ limit: 50 }, { limit: 50, offset: 50 }, { limit: 50, offset: 100 }]);
    portal.v3.requests.length = 0;
    const tail = await collect(b24.v3.list('tasks.task.list', { pagination: { page: 3, limit: 40 } }));
    expect(tail).toHaveLength(40);
    expect(paging()).toEqual([
      { limit: 40, offset: 80 },
      { limit: 40, offset: 120 },
    ]);
  });

  it('a page the portal repeats (pagination ignored) stops with INVALID_RESPONSE instead of looping', async () => {
    portal.overrides['v3:tasks.task.list'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: { items: Array.from({ length: 50 }, (_, i) => ({ id: i + 1 })) } }));
      return true;
    };
    expect(await rejection(collect(webhook().v3.list('tasks.task.list', {})))).toMatchObject({ code: 'INVALID_RESPONSE' });
    expect(portal.calls['v3:tasks.task.list']).toBe(2);
  });

  it('cursor pages: `nextCursor` (note.collection.list) and `hasMore` + `afterCursor` (call.followup.list) are followed', async () => {
    const b24 = webhook();
    const notes = await collect(b24.v3.list('note.collection.list', { pagination: { limit: 50 } }));
    expect(notes).toHaveLength(120);
    const follow = await collect(b24.v3.list('call.followup.list', { pagination: { limit: 50 } }));
    expect(follow).toHaveLength(120);
    const p = sent().map((r) => (r.body as { pagination: unknown }).pagination);
    expect(p.slice(0, 3)).toEqual([
      { limit: 50 },
      { limit: 50, afterCursor: { position: 100, id: 3884 } },
      { limit: 50, afterCursor: { position: 100, id: 3934 } },
    ]);
    expect(p.slice(3)).toEqual([
      { limit: 50 },
      { limit: 50, afterCursor: { startDate: '2026-01-12T14:30:00.000000+00:00', id: 3884 } },
      { limit: 50, afterCursor: { startDate: '2026-01-12T14:30:00.000000+00:00', id: 3934 } },
    ]);
  });
});

describe('REST 3.0 batch', () => {
  it('keyed commands give keyed outcomes; a write in the batch sends an Idempotency-Key', async () => {
    const r = await webhook().v3.batch({
      task: ['tasks.task.get', { id: 3835, select: ['id'] }],
      created: ['tasks.task.add', { fields: { title: 'from batch' } }],
    });
    expect(r.task).toEqual({ ok: true, result: { item: { id: 3835 } } });
    expect(r.created).toMatchObject({ ok: true, result: { item: { title: 'from batch' } } });
    expect(sent()[0]!.headers['idempotency-key']).toBe('key-1');
  });

  it('a command answered with a v3 error body is { ok: false } with that error; a missing answer is BATCH_NO_RESULT', async () => {
    const r = await webhook().v3.batch([
      ['tasks.task.get', { id: 2 }],
      ['tasks.task.get', { id: 3835, select: ['id'] }],
    ]);
    expect(r[0]).toMatchObject({ ok: false, error: { code: 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION', method: 'tasks.task.get' } });
    expect(r[1]).toEqual({ ok: true, result: { item: { id: 3835 } } });
    portal.overrides['v3:batch'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: [{ item: { id: 3835 } }] }));
      return true;
    };
    const short = await webhook().v3.batch([
      ['tasks.task.get', { id: 3835 }],
      ['tasks.task.get', { id: 3836 }],
    ]);
    expect(short[1]).toMatchObject({
      ok: false,
      error: { code: 'BATCH_NO_RESULT', message: 'tasks.task.get: the batch response has no result for command #1 (1 results for 2 commands)' },
    });
  });

  it('a batch whose request fails (wrong webhook secret → 401) throws', async () => {
    const wrong = createRestClient<TestMethods, TestMethodsV3>({ webhookUrl: portal.webhookUrl.replace(WEBHOOK_SECRET, 'nope'), retry: fastRetry() });
    const err = await rejection(wrong.v3.batch([['tasks.task.get', { id: 3835 }]]));
    expect(err).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401, method: 'batch' });
    expectNoSecrets(err, ['nope']);
  });
});

describe('REST 3.0 validation', () => {
  it('validate: REST 3.0 results are checked against schemasV3 (REST 1 schemas of the same name do not apply)', async () => {
    const b24 = webhook({
      validate: true,
      // A REST 1 schema under the same name (tasks.task.get answers { task } there): not used for v3.
      schemas: { 'tasks.task.get': z.object({ task: z.object({}) }) },
      schemasV3: { 'tasks.task.get': z.object({ item: z.object({ id: z.number(), title: z.number() }) }) },
    });
    const err = await rejection(b24.v3.call('tasks.task.get', { id: 3835, select: ['id', 'title'] }));
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED', method: 'tasks.task.get' });
    expect(err.message).toMatch(/^tasks\.task\.get: result\.item\.title: /);
    const r = await b24.v3.batch([['tasks.task.get', { id: 3835, select: ['id', 'title'] }]]);
    expect(r[0]).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
