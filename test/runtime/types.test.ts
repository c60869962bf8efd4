// Type-level tests: checked by `tsc --noEmit` (expectTypeOf and @ts-expect-error); the runtime part only
// builds clients without sending anything.

import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ROOT, runTsc } from '../targets/helpers.ts';
import {
  B24Error,
  createRestClient,
  createVibeRestClient,
  type BatchItemResult,
  type CallMeta,
  type MethodError,
  type OperationError,
  type RestClient,
  type V3CallMeta,
  type V3ErrorCode,
  type V3IdempotencyErrorCode,
  type V3MethodErrorCode,
  type VibeClient,
} from '../../generator/runtime/index.ts';
import type { Contact, TaskV3, TestMethods, TestMethodsV3, TestVibeOps, VibeContact } from './methods.ts';

const b24: RestClient<TestMethods> = createRestClient<TestMethods>({ webhookUrl: 'https://example.bitrix24.com/rest/1/abc/' });
const vibe: VibeClient<TestVibeOps> = createVibeRestClient<TestVibeOps>({ apiKey: 'k' });

// Wrapped in never-called functions: only the types matter here.
async function restTypes() {
  expectTypeOf(await b24.call('crm.contact.get', { id: 23 })).toEqualTypeOf<Contact>();
  expectTypeOf(await b24.call('server.time')).toEqualTypeOf<string>();
  expectTypeOf(await b24.callWithMeta('crm.contact.list', {})).toEqualTypeOf<CallMeta<Contact[]>>();
  // @ts-expect-error required params missing
  await b24.call('crm.contact.get');
  // @ts-expect-error wrong param name
  await b24.call('crm.contact.get', { idx: 1 });
  // @ts-expect-error unknown method
  await b24.call('crm.nope.get', {});

  for await (const c of b24.list('crm.contact.list', { select: ['ID'] }, { mode: 'id' })) expectTypeOf(c).toEqualTypeOf<Contact>();
  for await (const it of b24.list('crm.item.list', { entityTypeId: 2 })) expectTypeOf(it).toEqualTypeOf<{ id: number; title: string }>();
  // @ts-expect-error idCursor is false for crm.item.list
  b24.list('crm.item.list', { entityTypeId: 2 }, { mode: 'id' });
  // @ts-expect-error not a list method
  b24.list('crm.contact.get', { id: 1 });

  const r = await b24.batch({
    a: ['crm.contact.get', { id: 1 }],
    b: ['crm.lead.get', { id: '$result[a][ID]' }],
    t: ['server.time'],
  });
  expectTypeOf(r.a).toEqualTypeOf<BatchItemResult<Contact, TestMethods['crm.contact.get']['errorCode']>>();
  if (r.b.ok) expectTypeOf(r.b.result).toEqualTypeOf<{ ID: string; TITLE: string }>();
  if (!r.a.ok) expectTypeOf(r.a.error.code).toEqualTypeOf<TestMethods['crm.contact.get']['errorCode'] | (string & {})>();
  expectTypeOf(r).not.toHaveProperty('zzz');
  // @ts-expect-error params typed per command
  await b24.batch({ a: ['crm.contact.get', { idx: 1 }] });
  // @ts-expect-error a non-reference string where a number|string is fine, but an object is not
  await b24.batch({ a: ['crm.contact.add', { fields: 5 }] });

  expectTypeOf<MethodError<TestMethods, 'crm.contact.get'>['code']>().toEqualTypeOf<TestMethods['crm.contact.get']['errorCode'] | (string & {})>();
  const e = new B24Error<'NOT_FOUND'>({ code: 'NOT_FOUND' });
  expectTypeOf(e.code).toEqualTypeOf<'NOT_FOUND' | (string & {})>();
}

const b3: RestClient<TestMethods, TestMethodsV3> = createRestClient<TestMethods, TestMethodsV3>({ webhookUrl: 'https://example.bitrix24.com/rest/1/abc/' });
type GetCode = V3MethodErrorCode<TestMethodsV3, 'tasks.task.get'>;
type AddCode = V3MethodErrorCode<TestMethodsV3, 'tasks.task.add'>;

async function v3Types() {
  expectTypeOf(await b3.v3.call('tasks.task.get', { id: 1 })).toEqualTypeOf<{ item: Partial<TaskV3> }>();
  // @ts-expect-error a REST 1 method is not in the REST 3.0 map
  await b3.v3.call('crm.contact.get', { id: 1 });
  // @ts-expect-error required params missing
  await b3.v3.call('tasks.task.get');
  // The filter as rest-v3.md#filter defines it: triples, `[field, value]` (a list: in), `in` lists, `between` pairs, OR groups.
  await b3.v3.call('tasks.task.list', {
    filter: [
      ['id', '>', 1000],
      ['status', 'in', ['pending', 'completed']],
      ['deadline', 'between', ['2025-01-01', '2025-12-31']],
      ['status', 'pending'],
      ['id', [1, 2]],
      {
        logic: 'or',
        conditions: [
          ['status', '=', 'NEW'],
          ['id', 'in', [3, 4, 5]],
        ],
      },
    ],
    pagination: { page: 1, limit: 20, offset: 0 },
  });
  // @ts-expect-error a field the method does not have
  await b3.v3.call('tasks.task.list', { filter: [['nope', '=', 1]] });
  // @ts-expect-error an operator the docs do not list
  await b3.v3.call('tasks.task.list', { filter: [['id', 'like', 1]] });
  // @ts-expect-error `in` takes a list
  await b3.v3.call('tasks.task.list', { filter: [['id', 'in', 1]] });
  // @ts-expect-error `between` takes a [from, to] pair
  await b3.v3.call('tasks.task.list', { filter: [['id', 'between', [1]]] });
  // @ts-expect-error the value has the field's type
  await b3.v3.call('tasks.task.list', { filter: [['id', '>', { a: 1 }]] });
  // @ts-expect-error a group is { logic, conditions }
  await b3.v3.call('tasks.task.list', { filter: [{ logic: 'xor', conditions: [] }] });

  for await (const t of b3.v3.list('tasks.task.list', { select: ['id', 'title'] })) expectTypeOf(t).toEqualTypeOf<{ id: number; title: string }>();
  // Without a select, only `id` (the page's documented default in this map).
  for await (const t of b3.v3.list('tasks.task.list')) expectTypeOf(t).toEqualTypeOf<{ id: number }>();
  for await (const n of b3.v3.list('note.collection.list')) expectTypeOf(n).toEqualTypeOf<{ id: number; title: string }>();
  // @ts-expect-error not a list method
  b3.v3.list('tasks.task.get', { id: 1 });
  // @ts-expect-error a list the docs give no paging: one v3.call gets it all
  b3.v3.list('tasks.task.field.list');
  expectTypeOf(await b3.v3.call('tasks.task.field.list')).toEqualTypeOf<{ items: Array<{ name: string; type: string }> }>();

  await b3.v3.call('tasks.task.add', { fields: { title: 't' } }, { idempotencyKey: 'order-42' });
  await b3.v3.call('tasks.task.add', { fields: { title: 't' } }, { idempotencyKey: false });
  // @ts-expect-error the key is a string (or false)
  await b3.v3.call('tasks.task.add', { fields: { title: 't' } }, { idempotencyKey: 42 });
  expectTypeOf(await b3.v3.callWithMeta('tasks.task.add', { fields: { title: 't' } })).toEqualTypeOf<V3CallMeta<{ item: TaskV3 }>>();

  // Writes can fail with the two Idempotency-Key codes; reads cannot.
  expectTypeOf<AddCode>().toEqualTypeOf<TestMethodsV3['tasks.task.add']['errorCode'] | V3ErrorCode | V3IdempotencyErrorCode>();
  expectTypeOf<GetCode>().toEqualTypeOf<TestMethodsV3['tasks.task.get']['errorCode'] | V3ErrorCode>();

  const [x, y] = await b3.v3.batch([
    ['tasks.task.get', { id: 1, select: ['id'] }],
    ['tasks.task.add', { fields: { title: 't' } }],
  ]);
  expectTypeOf(x).toEqualTypeOf<BatchItemResult<{ item: Partial<TaskV3> }, GetCode>>();
  if (y.ok) expectTypeOf(y.result).toEqualTypeOf<{ item: TaskV3 }>();
  else expectTypeOf(y.error.code).toEqualTypeOf<AddCode | (string & {})>();
  const keyed = await b3.v3.batch({ a: ['tasks.task.get', { id: 1 }] });
  expectTypeOf(keyed.a).toEqualTypeOf<BatchItemResult<{ item: Partial<TaskV3> }, GetCode>>();
  expectTypeOf(keyed).not.toHaveProperty('b');
  // @ts-expect-error params typed per command
  await b3.v3.batch([['tasks.task.get', { idx: 1 }]]);

  // A client typed without a REST 3.0 map has none.
  // @ts-expect-error no REST 3.0 methods
  await b24.v3.call('tasks.task.get', { id: 1 });

  // The auth provider option (browser and iframe apps).
  createRestClient<TestMethods>({ auth: () => ({ accessToken: 'a', domain: 'example.bitrix24.com' }) });
  createRestClient<TestMethods>({ auth: async ({ expiredToken }) => ({ accessToken: expiredToken ?? 'a', domain: 'example.bitrix24.com' }), timeout: 10_000 });
  // @ts-expect-error the provider returns accessToken and domain
  createRestClient<TestMethods>({ auth: () => ({ accessToken: 'a' }) });
  await b24.call('crm.contact.get', { id: 1 }, { timeout: 5000, attemptTimeout: 1000 });
}

async function vibeTypes() {
  expectTypeOf(await vibe.request('GET /v1/contacts/{id}', { path: { id: 71 }, query: { include: ['company'] } })).toEqualTypeOf<VibeContact>();
  // @ts-expect-error path required
  await vibe.request('GET /v1/contacts/{id}');
  // @ts-expect-error unknown include
  await vibe.request('GET /v1/contacts/{id}', { path: { id: 1 }, query: { include: ['deals'] } });
  // @ts-expect-error GET takes no body
  await vibe.request('GET /v1/contacts/{id}', { path: { id: 1 }, body: { a: 1 } });
  // @ts-expect-error body required
  await vibe.request('POST /v1/contacts', {});
  await vibe.request('GET /v1/contacts');
  for await (const c of vibe.list('GET /v1/contacts', { query: { limit: 100 } })) expectTypeOf(c).toEqualTypeOf<VibeContact>();
  // @ts-expect-error not a list operation
  vibe.list('GET /v1/contacts/{id}', { path: { id: 1 } });
  expectTypeOf<OperationError<TestVibeOps, 'GET /v1/contacts/{id}'>['code']>().toEqualTypeOf<
    TestVibeOps['GET /v1/contacts/{id}']['errorCode'] | (string & {})
  >();
}

describe('types', () => {
  // The assertions above are type-level: run tsc over this folder so that an unmet expectTypeOf, or an
  // expected error that no longer occurs, fails this test and not only `npm run typecheck`.
  it('type-level API compiles with tsc (every expectTypeOf holds, every @ts-expect-error is needed)', async () => {
    void restTypes;
    void v3Types;
    void vibeTypes;
    const diagnostics = await runTsc(join(ROOT, 'test/runtime'), 'tsconfig.json');
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
