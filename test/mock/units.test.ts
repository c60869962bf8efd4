// The mock's pure parts on small hand-made specs (test/diff/spec-builder.ts): validation, error choice,
// synthesis, paging, batch, faults. Expected behaviour cited from the doc pages.
import { describe, expect, it } from 'vitest';
import { buildCatalog, selected } from '../../generator/mock/catalog.ts';
import { parseFault, FaultList } from '../../generator/mock/faults.ts';
import { callRest1, createPortalState, handleRequest } from '../../generator/mock/portal.ts';
import { parsePhpQuery } from '../../generator/mock/php-query.ts';
import { makeRecords, listShape } from '../../generator/mock/records.ts';
import { synthValue } from '../../generator/mock/synth.ts';
import { pageVibe, vibeFilterToPrefix } from '../../generator/mock/paging.ts';
import { MethodSpec } from '../../generator/spec/schema.ts';
import { alternative, arr, error, field, int, list, obj, param, ref, named, spec, specSet, str, strEnum, yn } from '../diff/spec-builder.ts';

const idParam = param('id', { kind: 'scalar', name: 'integer', format: 'id' }, { required: true, aliases: ['ID'] });
const thingGet = spec('x.thing.get', {
  params: [idParam, param('mode', strEnum('full', 'short'))],
  result: ref('thing'),
  types: [
    named(
      'thing',
      obj(
        field('ID', { kind: 'scalar', name: 'integer', format: 'id', wire: { sends: 'numeric-string', how: 'read', evidence: 'response-example' } }),
        field('TITLE'),
        field('ACTIVE', yn),
      ),
    ),
  ],
  errors: [error(null, 400, 'ID is not defined or invalid')],
});
const thingAdd = spec('x.thing.add', { params: [param('fields', obj(field('TITLE', str, { required: true })), { required: true })], result: int });
const thingFind = spec('x.thing.find', { params: [param('CODE'), param('XML_ID')], alternatives: [alternative('CODE', 'XML_ID')], result: int });
const thingList = spec('x.thing.list', {
  params: [param('filter', obj()), param('order', obj()), param('select', arr(str)), param('start', int)],
  result: arr(ref('thing')),
  types: thingGet.types,
  list: list({ idCursor: true, select: { param: 'select', masks: ['*'] }, order: { param: 'order' } }),
});
const withExample = MethodSpec.parse({
  ...spec('x.thing.count', { result: int }),
  examples: [{ id: 'response:1', kind: 'response', json: { result: 7, time: {} }, source: { file: 'api-reference/x.md', how: 'read' } }],
});
const taskGet = spec('x.task.get', { restVersion: '3', params: [param('id', int, { required: true })], result: obj(field('item', obj(field('id', int)))) });
const set = specSet([thingGet, thingAdd, thingFind, thingList, withExample, taskGet]);
const state = (strict = true) => createPortalState(buildCatalog(set), { strict, records: 120 });
const call = (method: string, params: Record<string, unknown>, strict = true) => callRest1(state(strict), method, params);

describe('validation (REST 1)', () => {
  it('a missing required param answers the documented codeless error (crm-contact-get.md:478-481 shows `"error": ""`)', () => {
    expect(call('x.thing.get', {})).toEqual({ status: 400, body: { error: '', error_description: 'ID is not defined or invalid' } });
  });

  it('a missing required field of no documented error: ERROR_ARGUMENT, "Argument … is null or empty" (user-userfield-add.md:739)', () => {
    expect(call('x.thing.add', {})).toEqual({ status: 400, body: { error: 'ERROR_ARGUMENT', error_description: "Argument 'fields' is null or empty" } });
  });

  it('numbers as text are integers in REST 1 (form and batch values are text); the alias and any case are accepted', () => {
    expect(call('x.thing.get', { id: '5' }).status).toBe(200);
    expect(call('x.thing.get', { ID: 5 }).status).toBe(200);
    expect(call('x.thing.get', { Id: 5 }).status).toBe(200);
    expect(call('x.thing.get', { id: 'five' }).status).toBe(400);
  });

  it('a closed enum rejects other values; unknown params are refused only when strict', () => {
    expect(call('x.thing.get', { id: 1, mode: 'full' }).status).toBe(200);
    expect(call('x.thing.get', { id: 1, mode: 'huge' }).body).toMatchObject({ error: 'ERROR_ARGUMENT' });
    expect(call('x.thing.get', { id: 1, colour: 'red' }).body).toEqual({ error: 'ERROR_ARGUMENT', error_description: "Unknown argument 'colour'" });
    expect(call('x.thing.get', { id: 1, colour: 'red', auth: 'x' }, false).status).toBe(200);
  });

  it('"at least one of" groups need one member', () => {
    expect(call('x.thing.find', {}).body).toMatchObject({ error: 'ERROR_ARGUMENT', error_description: "One of the arguments 'CODE', 'XML_ID' is required" });
    expect(call('x.thing.find', { XML_ID: 'a' }).status).toBe(200);
  });

  it('an unknown method: ERROR_METHOD_NOT_FOUND, 404 (rest-v3.md:26)', () => {
    expect(call('x.nothing', {})).toEqual({ status: 404, body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' } });
  });
});

describe('responses', () => {
  it('the documented example when there is one', () => {
    expect((call('x.thing.count', {}).body as { result: unknown }).result).toBe(7);
  });

  it('else a value built from the result type, in its wire form ("5" for a REST 1 id, "Y" for a flag), with the id asked for', () => {
    expect((call('x.thing.get', { id: 5 }).body as { result: unknown }).result).toEqual({ ID: '5', TITLE: 'TITLE 1', ACTIVE: 'Y' });
    expect(synthValue(arr(strEnum('a', 'b')), { spec: thingGet, catalog: buildCatalog(set), n: 1 })).toEqual(['a']);
  });
});

describe('list paging (list-methods-pecularities.md:27-32)', () => {
  const page = (params: Record<string, unknown>) => call('x.thing.list', params).body as { result: Array<{ ID: string }>; total?: number; next?: number };
  it('50 per page from start, total, next while more remain', () => {
    expect(page({})).toMatchObject({ total: 120, next: 50 });
    const last = page({ start: 100 });
    expect(last.result.map((r) => r.ID)).toEqual(Array.from({ length: 20 }, (_, i) => String(101 + i)));
    expect(last.next).toBeUndefined();
  });

  it('start=-1 with >ID: no total, no next (fast paging)', () => {
    const p = page({ start: -1, filter: { '>ID': 100 }, order: { ID: 'ASC' } });
    expect([p.result.length, p.result[0]!.ID, p.total, p.next]).toEqual([20, '101', undefined, undefined]);
  });

  it('filters by operator, orders, selects', () => {
    const p = page({ filter: { '@ID': [3, 1, 2], '!ID': 2 }, order: { ID: 'DESC' }, select: ['ID'] });
    expect(p.result).toEqual([{ ID: '3' }, { ID: '1' }]);
  });

  it('records are deterministic in the seed', () => {
    const shape = listShape(thingList, buildCatalog(set));
    expect(makeRecords(shape, 3, 7)).toEqual(makeRecords(shape, 3, 7));
    expect(makeRecords(shape, 2, 1).map((r) => r['TITLE'])).toEqual(['TITLE 1', 'TITLE 2']);
  });
});

describe('batch (settings/how-to-call-rest-api/batch.md)', () => {
  const batch = (body: unknown) => {
    const s = state();
    return handleRequest(s, {
      verb: 'POST',
      url: '/rest/1/mocktoken/batch',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      origin: 'http://x',
    });
  };
  it('$result references, errors by key, empty maps as [] (PHP)', () => {
    const r = batch({ cmd: { a: 'x.thing.count', b: 'x.thing.get?id=$result[a]', c: 'x.thing.get' } });
    const body = (r.body as { result: Record<string, unknown> }).result;
    expect(body['result']).toMatchObject({ a: 7, b: { ID: '7' } });
    expect(body['result_error']).toEqual({ c: { error: '', error_description: 'ID is not defined or invalid' } });
    expect(body['result_total']).toEqual([]);
  });

  it('halt stops at the first failing command; more than 50 commands is ERROR_BATCH_LENGTH_EXCEEDED (batch.md:508)', () => {
    const halted = (batch({ halt: 1, cmd: { a: 'x.thing.get', b: 'x.thing.count' } }).body as { result: Record<string, unknown> }).result;
    expect(halted['result']).toEqual([]);
    const cmd = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'x.thing.count']));
    expect(batch({ cmd })).toMatchObject({ status: 400, body: { error: 'ERROR_BATCH_LENGTH_EXCEEDED' } });
  });

  it('any string is a command key, __proto__ included, and a query cannot reach Object.prototype', () => {
    const r = batch({ cmd: JSON.parse('{"__proto__":"x.thing.count","constructor":"x.thing.get?id=2"}') as Record<string, string> });
    const body = JSON.parse(JSON.stringify(r.body)) as { result: { result: Record<string, unknown> } };
    expect(Object.keys(body.result.result)).toEqual(['__proto__', 'constructor']);
    parsePhpQuery('__proto__[polluted]=1&constructor[prototype][polluted]=1');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('PHP query strings nest and list', () => {
    expect(parsePhpQuery('filter%5B%3EID%5D=5&select[0]=ID&select[1]=NAME&a[]=x')).toEqual({ filter: { '>ID': '5' }, select: ['ID', 'NAME'], a: ['x'] });
  });
});

describe('faults and routes', () => {
  it('parses the text form', () => {
    expect(parseFault('QUERY_LIMIT_EXCEEDED')).toEqual({ error: 'QUERY_LIMIT_EXCEEDED' });
    expect(parseFault('crm.deal.list=500*2')).toEqual({ method: 'crm.deal.list', status: 500, times: 2 });
    expect(parseFault('*=expired_token+250ms')).toEqual({ error: 'expired_token', delayMs: 250 });
    expect(() => parseFault('crm.deal.list=')).toThrow(/bad fault/);
  });

  it('counts down `times` and matches namespaces', () => {
    const f = new FaultList();
    f.add(parseFault('crm.*=503*1'));
    expect(f.take('user.get')).toBeUndefined();
    expect(f.take('crm.deal.get')).toMatchObject({ status: 503 });
    expect(f.take('crm.deal.get')).toBeUndefined();
    expect([selected('crm.deal.list', ['crm']), selected('crmx.a', ['crm']), selected('CRM.Deal.List', ['crm.deal.list'])]).toEqual([true, false, true]);
  });

  it('a system-error fault has the status the docs give (_includes/system-errors.md:14-15, 34-35)', () => {
    const s = state();
    s.faults.add(parseFault('QUERY_LIMIT_EXCEEDED*1'));
    const req = { verb: 'POST', url: '/rest/1/mocktoken/x.thing.count.json', headers: {}, body: '', origin: 'http://x' };
    expect(handleRequest(s, req)).toMatchObject({ status: 503, body: { error: 'QUERY_LIMIT_EXCEEDED' } });
    expect(handleRequest(s, req)).toMatchObject({ status: 200, body: { result: 7 } });
  });

  it('webhook GET with the params in the query string, and `.json`', () => {
    const r = handleRequest(state(), { verb: 'GET', url: '/rest/1/mocktoken/x.thing.get.json?id=12', headers: {}, body: '', origin: 'http://x' });
    expect((r.body as { result: { ID: string } }).result.ID).toBe('12');
  });
});

describe('REST 3.0 (api-reference/rest-v3.md)', () => {
  const v3 = (path: string, body: unknown) =>
    handleRequest(state(), { verb: 'POST', url: `/rest/api/1/mocktoken/${path}`, headers: {}, body: JSON.stringify(body), origin: 'http://x' });
  it('JSON is typed: "5" is not an integer; the error carries `validation` (rest-v3.md:259-278, 423)', () => {
    expect(v3('x.task.get', { id: '5' })).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION',
          message: 'Error validating request object',
          validation: [{ field: 'id' }],
        },
      },
    });
    expect(v3('x.task.get', {})).toMatchObject({ body: { error: { validation: [{ message: 'Required field `id` is not specified', field: 'id' }] } } });
    expect(v3('x.task.get', { id: 5 })).toMatchObject({ status: 200, body: { result: { item: { id: 5 } } } });
  });

  it('batch takes an array; the old cmd object is INVALIDSELECTEXCEPTION (rest-v3.md:461-463)', () => {
    expect(
      v3('batch', [
        { method: 'x.task.get', query: { id: 2 } },
        { method: 'x.task.get', query: {} },
      ]),
    ).toMatchObject({
      status: 200,
      body: { result: [{ item: { id: 2 } }, { error: { code: 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION' } }] },
    });
    expect(v3('batch', { cmd: { a: 'x.task.get?id=1' } })).toMatchObject({
      status: 400,
      body: { error: { code: 'BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION' } },
    });
  });
});

describe('Vibe lists (vibecode docs_filtering.txt, docs_entities_contacts_list.txt)', () => {
  const records = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, name: `C${i + 1}`, amount: (i + 1) * 100 }));
  it('both filter syntaxes, order, select as text, limit/offset and meta', () => {
    expect(vibeFilterToPrefix({ amount: { $gte: 300, $lte: 500 }, '!id': 4, name: 'C5' })).toEqual({ '>=amount': 300, '<=amount': 500, '!id': 4, name: 'C5' });
    const p = pageVibe(records, { filter: { amount: { $gte: '300' }, '!id': 4 }, order: { id: 'desc' }, select: 'id,name', limit: '2', offset: '1' }, 'id', 50);
    expect(p).toEqual({
      data: [
        { id: 9, name: 'C9' },
        { id: 8, name: 'C8' },
      ],
      meta: { total: 7, hasMore: true },
    });
  });
});
