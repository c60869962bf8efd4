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
  type VibeClient,
} from '../../generator/runtime/index.ts';
import type { Contact, TestMethods, TestVibeOps, VibeContact } from './methods.ts';

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
    void vibeTypes;
    const diagnostics = await runTsc(join(ROOT, 'test/runtime'), 'tsconfig.json');
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
