/** opaque-results.ts: which results give a caller no typed field to read, and why each one is left so. */
import { describe, expect, it } from 'vitest';
import { countOpaqueResults, isOpaqueType, whyOpaque } from '../../generator/report/opaque-results.ts';
import type { Example, MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import { field } from '../support/yfm-corpus.ts';
import { restSpec } from '../support/specs.ts';

const source = { file: 'api/x.md', how: 'read' as const };
const any: TypeRef = { kind: 'scalar', name: 'any' };
const unknown: TypeRef = { kind: 'scalar', name: 'unknown' };
const str: TypeRef = { kind: 'scalar', name: 'string' };
const nul: TypeRef = { kind: 'scalar', name: 'null' };
const open: TypeRef = { kind: 'object', fields: [], additional: any };
const none = () => undefined;

describe('isOpaqueType', () => {
  it.each<[string, TypeRef, boolean]>([
    ['unknown', unknown, true],
    ['any', any, true],
    ['unknown[]', { kind: 'array', items: any }, true],
    ['Record<string, unknown>', open, true],
    ['a map of unknown', { kind: 'map', values: any }, true],
    ['a wrapper of opaque fields ({ item?: unknown })', { kind: 'object', fields: [field('item', unknown)] }, true],
    ['Record<string, unknown> | null', { kind: 'union', anyOf: [open, nul] }, true],
    ['string | unknown (TypeScript swallows the union)', { kind: 'union', anyOf: [str, unknown] }, true],
    ['a string', str, false],
    ['null (a documented null result)', nul, false],
    ['an object with one typed field', { kind: 'object', fields: [field('id', str), field('x', any)] }, false],
    ['{ [key: string]: string } (typed values)', { kind: 'object', fields: [], additional: str }, false],
    [
      'X | unknown[] (PHP empty array beside a typed object)',
      {
        kind: 'union',
        anyOf: [
          { kind: 'object', fields: [field('id', str)] },
          { kind: 'array', items: any },
        ],
      },
      false,
    ],
    ['an enum', { kind: 'enum', base: 'string', values: [{ value: 'Y' }], open: false }, false],
  ])('%s → %s', (_, t, want) => {
    expect(isOpaqueType(t, none)).toBe(want);
  });

  it('resolves refs, and a recursive type is not opaque by its own recursion', () => {
    const types = new Map<string, TypeRef>([
      ['empty', open],
      ['node', { kind: 'object', fields: [field('children', { kind: 'array', items: { kind: 'ref', name: 'node' } })] }],
    ]);
    const resolve = (r: { name: string }) => types.get(r.name);
    expect(isOpaqueType({ kind: 'ref', name: 'empty' }, resolve)).toBe(true);
    expect(isOpaqueType({ kind: 'ref', name: 'missing' }, resolve)).toBe(true);
    expect(isOpaqueType({ kind: 'ref', name: 'node' }, resolve)).toBe(false);
  });
});

const response = (json: unknown): Example => ({ id: 'response:1', kind: 'response', json, source });

/** A list method's semantics: only their presence matters here. */
const listOf: MethodSpec['list'] = { paging: 'start', pageSize: 50, idCursor: false, filter: null, select: null, order: null, entity: null, source };

describe('countOpaqueResults', () => {
  it('counts current REST methods only, sorts by id, marks list methods and says why each is opaque', () => {
    const specs: MethodSpec[] = [
      restSpec('b.typed.get', { result: { type: { kind: 'object', fields: [field('ID', str)] }, source } }),
      restSpec('a.empty.delete', { result: { type: { kind: 'array', items: any }, source }, examples: [response({ result: [] })] }),
      restSpec('c.items.list', { result: { type: { kind: 'array', items: open }, source }, list: listOf }),
      restSpec('d.nothing.do'),
      restSpec('e.old.get', { result: { type: open, source }, deprecated: { successor: null, source } }),
      restSpec('f.file.download', { result: { type: { kind: 'scalar', name: 'any', format: 'binary' }, source: { ...source, evidence: 'prose' } } }),
    ];
    const c = countOpaqueResults({ specs, errorCatalogues: [], typeCatalogues: [], pages: [] });
    expect(c.methods).toBe(5);
    expect([c.listMethods, c.opaqueListItems]).toEqual([1, 1]);
    expect(c.opaque.map((o) => [o.method, o.list, o.evidence])).toEqual([
      ['a.empty.delete', false, 'none'],
      ['c.items.list', true, 'none'],
      ['d.nothing.do', false, 'none'],
      ['f.file.download', false, 'prose'],
    ]);
    expect(c.opaque.map((o) => o.why)).toEqual([
      'the page shows only an empty result (`[]`): no field to type',
      'the page types the result only as a bare `array` and shows no success example',
      'the page documents no result',
      'a file: the response body is the file itself',
    ]);
  });

  it('says when the page shows an example that is no JSON (task-dependence-add.md: `"result": { [] }`)', () => {
    const raw: Example = { id: 'response:1', kind: 'response', raw: '{ "result": { [] } }', source };
    const s = restSpec('task.dependence.add', { result: { type: open, source }, examples: [raw] });
    expect(whyOpaque(s)).toBe('the page types the result only as a bare `object` and shows no success example that parses as JSON');
  });

  it('says when the example adds nothing the type could take', () => {
    const s = restSpec('x.get', { result: { type: { kind: 'ref', name: 'thing' }, source }, examples: [response({ result: { a: 1 } })] });
    expect(whyOpaque(s)).toBe(
      'the page types the result only as the structure `thing` (no fields documented); its success example adds no field the type could take',
    );
  });
});
