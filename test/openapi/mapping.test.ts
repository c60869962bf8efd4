/**
 * The TypeRef → JSON Schema mapping of the OpenAPI target, on small hand-made specs: what each spec fact
 * becomes (wire forms, enums, maps, custom-field prefixes, alternatives, list filters, errors, deprecation,
 * provenance), that hostile names round-trip through the JSON text, and that input order never changes a byte.
 */
import { describe, expect, it } from 'vitest';
import type { MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { emitOpenApi, type OpenApiApi } from '../../generator/targets/openapi/index.ts';
import { NUMERIC_STRING } from '../../generator/targets/openapi/schema.ts';
import {
  alternative,
  arr,
  deprecated,
  error,
  field,
  int,
  list,
  map,
  named,
  obj,
  param,
  ref,
  spec,
  specSet,
  src,
  str,
  strEnum,
  union,
  yn,
} from '../diff/spec-builder.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CTX = { runtime: new Map<string, string>(), packageVersion: '0.0.0-test' };

/** The parsed document of one API (through the JSON text, as a reader gets it). */
function doc(set: SpecSet, api: OpenApiApi = 'rest'): Json {
  const text = emitOpenApi(set, CTX, [api]).get(`openapi/${api}.json`)!.text;
  return JSON.parse(text) as Json;
}

/** The `POST /{method}` operation of a REST document. */
const op = (d: Json, method: string): Json => d['paths'][`/${method}`]['post'];
const body = (d: Json, method: string): Json => op(d, method)['requestBody']['content']['application/json']['schema'];
const result = (d: Json, method: string): Json => op(d, method)['responses']['200']['content']['application/json']['schema']['properties']['result'];
const component = (d: Json, r: Json): Json => d['components']['schemas'][String(r['$ref']).replace('#/components/schemas/', '')];

const wired = (t: TypeRef, sends: 'numeric-string' | 'number' | 'yn' | 'boolean' | 'string', more: object = {}): TypeRef =>
  ({ ...t, wire: { sends, how: 'read', evidence: 'response-example', ...more } }) as TypeRef;

describe('results: what the portal sends', () => {
  const d = doc(
    specSet([
      spec('x.item.get', {
        result: obj(
          field('ID', wired({ kind: 'scalar', name: 'integer', format: 'id' }, 'numeric-string'), { required: true }),
          field('ACTIVE', wired(yn, 'yn')),
          field('COUNT', wired(int, 'number', { nullable: true })),
          field('FLAG', wired({ kind: 'scalar', name: 'boolean' }, 'number')),
          field('TAGS', map(str), { emptyArray: src() }),
          field('NOTE', str, { nullable: true }),
        ),
      }),
    ]),
  );
  const r = result(d, 'x.item.get');

  it('a numeric string is a string with the numeric pattern; required from required: true', () => {
    expect(r.properties.ID.type).toBe('string');
    expect(r.properties.ID.pattern).toBe(NUMERIC_STRING);
    expect(new RegExp(NUMERIC_STRING).test('43') && new RegExp(NUMERIC_STRING).test('12500.00') && new RegExp(NUMERIC_STRING).test('')).toBe(true);
    expect(new RegExp(NUMERIC_STRING).test('abc')).toBe(false);
    expect(r.required).toEqual(['ID']);
  });

  it('Y/N, a 0/1 flag, and null where an example shows it', () => {
    expect(r.properties.ACTIVE.enum).toEqual(['Y', 'N']);
    expect(r.properties.FLAG).toMatchObject({ type: 'integer', enum: [0, 1] });
    expect(r.properties.COUNT.type).toEqual(['integer', 'null']);
    expect(r.properties.NOTE.type).toEqual(['string', 'null']);
  });

  it('an object PHP sends as [] when empty also admits an empty array', () => {
    expect(r.properties.TAGS.anyOf).toEqual([
      { type: 'object', additionalProperties: { type: 'string' } },
      { type: 'array', maxItems: 0 },
    ]);
  });

  it('wraps the result in the REST 1 envelope and carries provenance', () => {
    const env = op(d, 'x.item.get').responses['200'].content['application/json'].schema;
    expect(env.required).toEqual(['result']);
    expect(Object.keys(env.properties)).toEqual(['result', 'time', 'total', 'next']);
    expect(r['x-b24-source']).toEqual({ file: 'api-reference/x/x.item.get.md', line: 20, how: 'read' });
    expect(r.properties.ID['x-b24-source']).toEqual({ file: 'api-reference/x.md', line: 1, how: 'read' });
  });
});

describe('params: what callers send', () => {
  const d = doc(
    specSet([
      spec('x.item.add', {
        params: [
          param('id', int, { required: true }),
          param('fields', obj(field('TITLE', str, { required: true }), field('STAGE', strEnum('NEW', 'WON'))), { required: true }),
          param('IBLOCK_ID', int),
          param('IBLOCK_CODE', str),
          param('mode', { kind: 'enum', base: 'integer', values: [{ value: 1, description: 'one' }, { value: 2 }], open: true }),
          param('ids', arr(int)),
        ],
        alternatives: [alternative('IBLOCK_CODE', 'IBLOCK_ID')],
      }),
    ]),
  );
  const b = body(d, 'x.item.add');

  it('required params and nested required fields', () => {
    expect(b.required).toEqual(['id', 'fields']);
    expect(b.properties.fields.required).toEqual(['TITLE']);
    expect(b.properties.fields.properties.STAGE).toMatchObject({ type: 'string', enum: ['NEW', 'WON'] });
    expect(op(d, 'x.item.add').requestBody.required).toBe(true);
  });

  it('REST 1 reads numbers from strings: an integer param takes either', () => {
    expect(b.properties.id.type).toEqual(['integer', 'string']);
    expect(b.properties.ids).toMatchObject({ type: 'array', items: { type: ['integer', 'string'] } });
  });

  it('an alternatives group is anyOf of required', () => {
    expect(b.anyOf).toEqual([{ required: ['IBLOCK_CODE'] }, { required: ['IBLOCK_ID'] }]);
  });

  it('an open integer enum: the values (numbers or strings) or any integer, with the value descriptions', () => {
    const mode = b.properties.mode;
    expect(mode['x-b24-open-enum']).toBe(true);
    expect(mode['x-enum-descriptions']).toEqual({ 1: 'one', 2: '' });
    expect(JSON.stringify(mode.anyOf)).toContain('"enum":[1,2]');
    expect(JSON.stringify(mode.anyOf)).toContain('"enum":["1","2"]');
  });
});

describe('named types, custom fields, list filters', () => {
  const deal = named('deal', { kind: 'object', fields: [field('ID', int), field('TITLE', str)], additional: str, additionalKeys: ['UF_'] });
  const d = doc(
    specSet([
      spec('x.deal.fields', { result: ref('deal'), types: [deal] }),
      spec('x.deal.list', {
        params: [param('filter', obj()), param('select', arr(str)), param('order', map(str))],
        result: arr(ref('deal')),
        types: [deal],
        list: list(
          {
            entity: { method: 'x.deal.fields', type: 'deal', customFields: 'UF_*' },
            select: { param: 'select', masks: ['*', 'UF_*'] },
            order: { param: 'order' },
          },
          ['', '!', '>=', '@'],
        ),
      }),
    ]),
  );

  it('a named type is a shared component; UF_ custom fields are patternProperties', () => {
    const items = result(d, 'x.deal.list').items;
    const c = component(d, items);
    expect(c.properties.ID).toBeDefined();
    expect(c.patternProperties).toEqual({ '^UF_': { type: 'string' } });
    expect(c['x-b24-type-name']).toBe('deal');
    expect(component(d, result(d, 'x.deal.fields'))).toBe(c);
  });

  it('filter keys are <operator><field> (propertyNames), the operators documented in x-b24-filter-operators', () => {
    const f = body(d, 'x.deal.list').properties.filter;
    expect(f['x-b24-filter-operators']).toEqual(['', '!', '>=', '@']);
    const keys = new RegExp(f.propertyNames.pattern);
    for (const ok of ['ID', '>=ID', '!TITLE', '@ID', 'UF_CRM_1']) expect(keys.test(ok), ok).toBe(true);
    for (const bad of ['NOPE', '<ID', '>=NOPE']) expect(keys.test(bad), bad).toBe(false);
  });

  it('select names fields, masks or custom fields; order maps a field to a direction', () => {
    const b = body(d, 'x.deal.list');
    expect(JSON.stringify(b.properties.select.items)).toContain('"enum":["ID","TITLE","*","UF_*"]');
    expect(b.properties.order.additionalProperties.enum).toEqual(['ASC', 'DESC', 'asc', 'desc']);
    expect(new RegExp(b.properties.order.propertyNames.pattern).test('TITLE')).toBe(true);
  });
});

describe('errors, deprecation, servers', () => {
  const set = specSet([
    spec('x.old.get', { deprecated: deprecated('x.new.get'), errors: [error('NOT_FOUND', 404, 'Not found'), error('BAD', 400), error(null, null, 'no code')] }),
    spec('x.new.get'),
  ]);
  set.errorCatalogues.push({
    specVersion: 2,
    id: 'rest-system-errors',
    api: 'rest',
    errors: [{ ...error('QUERY_LIMIT_EXCEEDED', 503), source: src('_includes/system-errors.md', 9) }],
  });
  const d = doc(set);
  const o = op(d, 'x.old.get');

  it('one response per status with the codes as an enum; system errors included', () => {
    expect(Object.keys(o.responses)).toEqual(['200', '400', '404', '503', 'default']);
    expect(o.responses['404'].content['application/json'].schema.allOf[1]).toEqual({ properties: { error: { enum: ['NOT_FOUND'] } } });
    expect(o.responses['503'].content['application/json'].schema.allOf[1].properties.error.enum).toEqual(['QUERY_LIMIT_EXCEEDED']);
    expect(o.responses['default'].description).toContain('(no code)');
    expect(d['x-b24-system-errors'][0]).toMatchObject({
      code: 'QUERY_LIMIT_EXCEEDED',
      status: 503,
      'x-b24-source': { file: '_includes/system-errors.md', line: 9 },
    });
  });

  it('deprecated with the successor', () => {
    expect(o.deprecated).toBe(true);
    expect(o['x-b24-successor']).toBe('x.new.get');
    expect(o.description).toContain('Use `x.new.get` instead.');
    expect(op(d, 'x.new.get').deprecated).toBeUndefined();
  });

  it('operationId is the method, tag its namespace; webhook and OAuth servers and security', () => {
    expect(o.operationId).toBe('x.old.get');
    expect(o.tags).toEqual(['x']);
    expect(d.servers[0].url).toBe('https://{portal}/rest/{userId}/{webhookCode}');
    expect(Object.keys(d.components.securitySchemes).sort()).toEqual(['authParam', 'bearer']);
    expect(d.security).toEqual([{}, { bearer: [] }, { authParam: [] }]);
  });
});

describe('hostile names', () => {
  const names = ['__proto__', 'constructor', 'toString', 'a"b', "it's", '*/', '</script>', 'x\\y', 'hasOwnProperty', '0'];
  const make = (order: string[]) =>
    specSet([
      spec('x.evil.get', {
        params: order.map((n) => param(n, str, { required: true })),
        result: obj(...order.map((n) => field(n, str, { required: true }))),
        types: [named('__proto__', obj(field('constructor', int)))],
      }),
      spec('x.evil.ref', { result: ref('__proto__'), types: [named('__proto__', obj(field('constructor', int)))] }),
    ]);
  const d = doc(make(names));

  it('every param and result field round-trips through the JSON text, none lost', () => {
    expect(Object.keys(body(d, 'x.evil.get').properties).sort()).toEqual([...names].sort());
    expect([...body(d, 'x.evil.get').required].sort()).toEqual([...names].sort());
    expect(Object.keys(result(d, 'x.evil.get').properties).sort()).toEqual([...names].sort());
    expect(Object.getPrototypeOf(body(d, 'x.evil.get').properties)).toBe(Object.prototype);
  });

  it('line separators and bidi controls are escaped in the text and round-trip', () => {
    const prose = 'a\u2028b\u202ec\u0000d';
    const text = emitOpenApi(specSet([spec('x.prose.get', { description: prose })]), CTX, ['rest']).get('openapi/rest.json')!.text;
    expect(/[\u0000\u2028\u202e]/.test(text)).toBe(false);
    expect(text).toContain('a\\u2028b\\u202ec\\u0000d');
    expect((JSON.parse(text) as Json)['paths']['/x.prose.get'].post.description).toBe(prose);
  });

  it('a type named __proto__ is a component with its field', () => {
    const c = component(d, result(d, 'x.evil.ref'));
    expect(Object.keys(c.properties)).toEqual(['constructor']);
  });
});

describe('REST 3.0 and Vibe', () => {
  const v3 = spec('x.task.get', { restVersion: '3', params: [param('id', int, { required: true })], result: obj(field('id', int)) });
  const vibe: MethodSpec = {
    ...spec('contacts.get', {
      params: [param('id', int, { required: true, in: 'path' }), param('include', arr(strEnum('company')), { in: 'query' })],
      result: obj(field('id', int)),
    }),
    id: 'vibe:GET /v1/contacts/{id}',
    api: 'vibe',
    restVersion: undefined,
    http: { verb: 'GET', path: '/v1/contacts/{id}' },
    systemErrors: 'vibe',
  };
  const set = specSet([v3, vibe]);

  it('REST 3.0 goes to rest3.json under /rest/api with its error envelope', () => {
    const d = doc(set, 'rest3');
    expect(Object.keys(d.paths)).toEqual(['/x.task.get']);
    expect(d.servers[0].url).toBe('https://{portal}/rest/api/{userId}/{webhookCode}');
    expect(op(d, 'x.task.get').responses.default.content['application/json'].schema.$ref).toBe('#/components/schemas/B24V3Error');
    expect(doc(set, 'rest').paths).toEqual({});
  });

  it('Vibe: its own verb and path, path/query parameters, the {success, data, meta} envelope, X-Api-Key', () => {
    const d = doc(set, 'vibe');
    const o = d.paths['/v1/contacts/{id}'].get;
    expect(o.parameters.map((p: Json) => [p.name, p.in, p.required])).toEqual([
      ['id', 'path', true],
      ['include', 'query', false],
    ]);
    expect(o.parameters[0].schema.type).toBe('integer');
    // runtime/query.ts: the Vibe API documents comma-joined arrays (include=company,requisite).
    expect(o.parameters[1]).toMatchObject({ style: 'form', explode: false });
    expect(Object.keys(o.responses['200'].content['application/json'].schema.properties)).toEqual(['success', 'data', 'meta']);
    expect(d.components.securitySchemes.apiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
  });
});

describe('determinism', () => {
  it('the same specs in another order give the same bytes', () => {
    const specs = [
      spec('a.one.get', { result: union(int, str) }),
      spec('b.two.list', { params: [param('filter', obj())], result: arr(ref('t')), types: [named('t', obj(field('ID', int)))] }),
      spec('c.three.add', { params: [param('x', int, { required: true })] }),
    ];
    const text = (s: MethodSpec[]) => emitOpenApi(specSet(s), CTX).get('openapi/rest.json')!.text;
    expect(text([...specs].reverse())).toBe(text(specs));
    expect(text([specs[1]!, specs[2]!, specs[0]!])).toBe(text(specs));
  });
});
