import { describe, expect, it } from 'vitest';
import type { Field, TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';
import { scoreMethod, summarize, type Truth } from './score.ts';
import { sampleGold, type Candidate } from './sample.ts';

const src = { file: 'api/x.md', how: 'read' as const };
const int: TypeRef = { kind: 'scalar', name: 'integer' };
const str: TypeRef = { kind: 'scalar', name: 'string' };
const field = (name: string, type: TypeRef, required: Field['required'] = false): Field => ({ id: name, name, type, required, source: src });

const truth = (over: Partial<Truth>): Truth => ({ id: 'rest:x.get', page: 'api/x.md', deprecated: false, params: {}, result: null, errors: {}, ...over });

describe('scoreMethod', () => {
  it('is fully right when every fact agrees, including nested paths and map values', () => {
    const spec = restSpec('x.get', {
      params: [{ id: 'param:fields', name: 'fields', type: { kind: 'object', fields: [field('NAME', str, true)] }, required: true, source: src }],
      result: { type: { kind: 'map', values: { kind: 'object', fields: [field('title', str)] } }, source: src },
      errors: [{ id: 'error:NOT_FOUND', code: 'NOT_FOUND', status: 404, message: null, source: src }],
    });
    const t = truth({
      params: { fields: { type: 'object', required: true }, 'fields.NAME': { type: 'string', required: true } },
      result: { type: 'map', fields: { 'result{}': { type: 'object' }, 'result{}.title': { type: 'string' } } },
      errors: { NOT_FOUND: 404 },
    });
    expect(scoreMethod(t, spec, []).misses).toEqual([]);
  });

  it('names each wrong fact: a missing param, a wrong type, a wrong status, an extra field, a lost successor', () => {
    const spec = restSpec('x.get', {
      params: [{ id: 'param:id', name: 'id', type: str, required: 'unknown', source: src }],
      result: { type: { kind: 'object', fields: [field('ID', int), field('EXTRA', int)] }, source: src },
      errors: [{ id: 'error:E', code: 'E', status: null, message: null, source: src }],
      deprecated: { successor: null, source: src },
    });
    const t = truth({
      params: { id: { type: 'integer', required: true }, filter: { type: 'object', required: false } },
      result: { type: 'object', fields: { 'result.ID': { type: 'integer' } } },
      errors: { E: 400 },
      deprecated: { successor: 'crm.item.get' },
    });
    const s = scoreMethod(t, spec, []);
    expect(s.misses).toEqual([
      'param id: type string, page says integer',
      'param id: required unknown, page says true',
      'param filter: missing',
      'result result.EXTRA: not on the page',
      'error E: status null, page says 400',
      'deprecated: spec null, page {"successor":"crm.item.get"}',
    ]);
    const sum = summarize([s]);
    expect(sum.fullyRight).toBe(0);
    expect(sum.recall.params).toBe(0.5);
    expect(sum.precision.result).toBe(0.5);
  });

  it('keeps two spellings the page lists as two params apart (department.get `sort` field name, `SORT` filter)', () => {
    const spec = restSpec('x.get', {
      params: [
        { id: 'param:sort', name: 'sort', type: str, required: false, source: src },
        { id: 'param:SORT', name: 'SORT', type: int, required: false, source: src },
      ],
    });
    const t = truth({ params: { sort: { type: 'string', required: false }, SORT: { type: 'integer', required: false } } });
    expect(scoreMethod(t, spec, []).misses).toEqual([]);
  });

  it('matches top-level param names without regard to case, as Bitrix does', () => {
    const spec = restSpec('x.get', { params: [{ id: 'param:ID', name: 'ID', type: int, required: true, source: src }] });
    expect(scoreMethod(truth({ params: { id: { type: 'integer', required: true } } }), spec, []).misses).toEqual([]);
  });

  it('scores a scraped render on names, required and deprecation only', () => {
    const spec = restSpec('x.get', { params: [{ id: 'param:id', name: 'id', type: { kind: 'scalar', name: 'unknown' }, required: true, source: src }] });
    const t = truth({ params: { id: { type: 'integer', required: true } }, errors: { E: 400 }, result: { type: 'object', fields: {} } });
    expect(scoreMethod(t, spec, [], 'scraped').misses).toEqual([]);
  });
});

describe('sampleGold', () => {
  const cands: Candidate[] = Array.from({ length: 200 }, (_, i) => ({
    id: `rest:ns${i % 9}.m${i}${i % 7 === 0 ? '@v3' : ''}`,
    method: `ns${i % 9}.m${i}${i % 11 === 0 ? '.list' : ''}${i % 13 === 0 ? '.getFields' : ''}`,
    page: `api/${i}.md`,
    v3: i % 7 === 0,
    deprecated: i % 5 === 0,
    list: i % 11 === 0,
  }));

  it('draws the same sample whatever the input order', () => {
    expect(sampleGold([...cands].reverse())).toEqual(sampleGold(cands));
  });

  it('keeps to the per-namespace cap and fills the kinds it has quotas for', () => {
    const picks = sampleGold(cands);
    const perNs = new Map<string, number>();
    for (const p of picks) perNs.set(p.method.split('.')[0]!, (perNs.get(p.method.split('.')[0]!) ?? 0) + 1);
    expect(Math.max(...perNs.values())).toBeLessThanOrEqual(5);
    expect(picks.filter((p) => p.stratum === 'v3').every((p) => p.id.endsWith('@v3'))).toBe(true);
    expect(new Set(picks.map((p) => p.id)).size).toBe(picks.length);
  });
});

describe('scoreMethod and key patterns', () => {
  it('finds a key the page writes as a pattern in the object whose additional keys it documents', () => {
    const fields: TypeRef = { kind: 'object', fields: [field('NAME', str)], additional: { kind: 'scalar', name: 'any' }, additionalKeys: ['PROPERTY_'] };
    const spec = restSpec('x.get', { params: [{ id: 'param:FIELDS', name: 'FIELDS', type: fields, required: true, source: src }] });
    const t = truth({
      params: {
        FIELDS: { type: 'object', required: true },
        'FIELDS.NAME': { type: 'string', required: false },
        'FIELDS.PROPERTY_PropertyId': { type: 'any', required: null },
      },
    });
    expect(scoreMethod(t, spec, []).misses).toEqual([]);
  });
});

describe('scoreMethod and boolean values', () => {
  it('takes a boolean as saying the true/false a page lists for it', () => {
    const spec = restSpec('x.get', {
      params: [{ id: 'param:complete', name: 'complete', type: { kind: 'scalar', name: 'boolean' }, required: false, source: src }],
    });
    expect(scoreMethod(truth({ params: { complete: { type: 'boolean', required: false, values: [true, false] } } }), spec, []).misses).toEqual([]);
    expect(scoreMethod(truth({ params: { complete: { type: 'boolean', required: false, values: ['Y', 'N'] } } }), spec, []).misses).toEqual([
      'param complete: values (none), page lists Y,N',
    ]);
  });
});

describe('scoreMethod and flags as the wire carries them', () => {
  it('takes a closed 0/1 enum or a Y/N string as the boolean the page types', () => {
    const bit: TypeRef = { kind: 'enum', base: 'integer', values: [{ value: 0 }, { value: 1 }], open: false };
    const yn: TypeRef = { kind: 'scalar', name: 'string', format: 'yn', docType: 'boolean' };
    const spec = restSpec('x.get', {
      params: [
        { id: 'param:a', name: 'a', type: bit, required: false, source: src },
        { id: 'param:b', name: 'b', type: yn, required: false, source: src },
      ],
    });
    const t = truth({ params: { a: { type: 'boolean', required: false, values: [0, 1] }, b: { type: 'boolean', required: false } } });
    expect(scoreMethod(t, spec, []).misses).toEqual([]);
  });
});

describe('scoreMethod and alternative groups', () => {
  it('names a group the page does not give, so precision can fall', () => {
    const spec = restSpec('x.get', { alternatives: [{ id: 'alt:A|B', params: ['A', 'B'], source: src }] });
    const s = scoreMethod(truth({}), spec, []);
    expect(s.misses).toEqual(['alternatives A|B: not on the page']);
    expect(summarize([s]).precision.alternatives).toBe(0);
  });
});
