/** fact-counts.ts: the counters of how page facts were read, on small hand-made spec sets. */
import { describe, expect, it } from 'vitest';
import { countFacts } from '../../generator/report/fact-counts.ts';
import { computeCoverage } from '../../generator/report/coverage.ts';
import { renderJson, renderTable } from '../../generator/report/render.ts';
import type { ErrorEntry, Field, ListSemantics, MethodSpec, Param, TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';

const source = { file: 'api/x.md', how: 'read' as const };
const str: TypeRef = { kind: 'scalar', name: 'string' };
const error = (code: string | null, status: number | null): ErrorEntry => ({ id: `error:${code ?? 'msg:x'}`, code, status, message: null, source });
const param = (name: string, type: TypeRef): Param => ({ id: `param:${name}`, name, type, required: false, source });
const field = (name: string, type: TypeRef): Field => ({ id: `result.${name}`, name, type, required: 'unknown', source });
const enumOf = (open: boolean): TypeRef => ({ kind: 'enum', base: 'string', values: [{ value: 'A' }, { value: 'B' }], open });
const nullable = (t: TypeRef): TypeRef => ({ kind: 'union', anyOf: [t, { kind: 'scalar', name: 'null' }] });
const list = (filter: ListSemantics['filter']): ListSemantics => ({
  paging: 'start',
  pageSize: 50,
  idCursor: false,
  filter,
  select: null,
  order: null,
  entity: null,
  source,
});
const warning = (code: string) => ({ code, message: code, file: 'api/x.md' });

describe('countFacts', () => {
  it('counts errors with and without a status and a code, and specs whose every error lacks a status', () => {
    // Given: a.get with a 400 error, a null-status error and a code-less error; b.get with one null-status error.
    const c = countFacts([
      restSpec('a.get', { errors: [error('A', 400), error('B', null), error(null, null)] }),
      restSpec('b.get', { errors: [error('C', null)] }),
      restSpec('c.get'),
    ]);
    expect(c.errors).toEqual({ total: 4, withStatus: 1, withoutStatus: 3, withoutCode: 1, specsAllWithoutStatus: 1 });
  });

  it('counts filter operators by provenance, assumed sets by warning, and REST 3.0 word operators', () => {
    const prefix = { param: 'filter', syntax: 'prefix' as const, operators: ['', '>='], logic: false };
    const v3 = { param: 'filter', syntax: 'v3-array' as const, operators: ['', '=', 'in', 'between'], logic: true };
    const c = countFacts([
      restSpec('a.list', { list: list(prefix), facts: { 'list.filter.operators': { ...source, evidence: 'filter-cell' } } }),
      restSpec('b.list', {
        list: list(prefix),
        facts: { 'list.filter.operators': { ...source, how: 'inferred', evidence: 'standard-prefix-set' } },
        warnings: [warning('filter-operators-assumed')],
      }),
      restSpec('c.list', { list: list(v3), facts: { 'list.filter.operators': { ...source, how: 'inferred', evidence: 'rest-v3-filter-overview' } } }),
      restSpec('d.list', { list: list(null) }),
      restSpec('e.list', { list: list({ ...v3, operators: ['', '='] }) }),
    ]);
    expect(c.filters).toEqual({ total: 4, operatorsRead: 1, operatorsInferred: 2, operatorsWithoutProvenance: 1, operatorsAssumed: 1, v3: 2, v3WithWords: 1 });
  });

  it('sorts results by the evidence they were typed from, and counts the warnings apart', () => {
    const result = (how: 'read' | 'inferred', evidence: string) => ({ type: str, source: { ...source, how, evidence } });
    const c = countFacts([
      restSpec('a.get', { result: result('read', 'table') }),
      restSpec('b.get', { result: result('inferred', 'table-without-result-row') }),
      restSpec('c.get', { result: result('inferred', 'response-example'), warnings: [warning('result-from-example')] }),
      restSpec('d.add', { result: result('inferred', 'method-verb-convention'), warnings: [warning('result-by-convention')] }),
      restSpec('e.get', { result: result('inferred', 'prose') }),
      restSpec('f.get', { result: result('inferred', 'something-else') }),
      restSpec('g.get'),
    ]);
    expect(c.results).toEqual({ fromTable: 2, fromExample: 1, byConvention: 1, fromProse: 1, other: 1, none: 1, warnedFromExample: 1, warnedByConvention: 1 });
  });

  it('counts value lists, maps and nullable types on params and on fields at any depth', () => {
    const item: TypeRef = { kind: 'object', fields: [field('STATUS', enumOf(true)), field('NOTE', nullable(str))] };
    const spec = restSpec('a.get', {
      params: [param('TYPE', enumOf(false)), param('TAGS', { kind: 'array', items: enumOf(false) }), param('NAME', nullable(str))],
      result: { type: { kind: 'map', values: { kind: 'array', items: item } }, source },
      types: [{ name: 'extra', type: { kind: 'object', fields: [field('BY_ID', { kind: 'map', keys: 'integer', values: str })] }, source }],
    });
    // Given: 2 closed enums (TYPE, TAGS), 1 open (STATUS in the map's items); nullable NAME and NOTE; 2 maps (result, BY_ID).
    const c = countFacts([spec, restSpec('b.get')]);
    expect(c.enums).toEqual({ closed: 2, open: 1 });
    expect(c.nullable).toBe(2);
    expect(c.maps).toEqual({ nodes: 2, specs: 1 });
  });

  it('counts deprecation successors and required-alternative groups (the field may not exist in the schema yet)', () => {
    const deprecated = (successor: string | null): MethodSpec['deprecated'] => ({ successor, source });
    const withAlts = { ...restSpec('lists.element.get'), alternatives: [{ id: 'alt:1', params: ['IBLOCK_ID', 'IBLOCK_CODE'], source }] } as MethodSpec;
    const c = countFacts([
      restSpec('a.get', { deprecated: deprecated('b.get') }),
      restSpec('c.get', { deprecated: deprecated(null) }),
      restSpec('d.get', { deprecated: deprecated(null) }),
      withAlts,
    ]);
    expect(c.deprecated).toEqual({ withSuccessor: 1, withoutSuccessor: 2 });
    expect(c.alternatives).toEqual({ groups: 1, specs: 1 });
  });

  it('reaches the report: the text section and the JSON', () => {
    const set = { specs: [restSpec('a.get', { errors: [error('A', 400)] })], errorCatalogues: [], typeCatalogues: [], pages: [] };
    const r = computeCoverage(set);
    expect(r.facts.errors.withStatus).toBe(1);
    expect(renderTable(r)).toContain('errors: 1 (with a status 1, without 0; without a code 0)');
    expect(JSON.parse(renderJson(r)).facts.errors).toEqual({ total: 1, withStatus: 1, withoutStatus: 0, withoutCode: 0, specsAllWithoutStatus: 0 });
  });
});
