import { describe, expect, it } from 'vitest';
import {
  anyT,
  arr,
  bool,
  date,
  datetime,
  diff,
  field,
  int,
  none,
  num,
  obj,
  only,
  param,
  rulesAndPaths,
  spec,
  str,
  strEnum,
  union,
  yn,
} from '../spec-builder.ts';
import type { TypeRef } from '../../../generator/spec/schema.ts';

const withId = (type: TypeRef) => spec('crm.deal.get', { params: [param('id', type)] });

describe('param-type rules', () => {
  it('param-type-narrowed (breaking): string → integer, any → object, string → enum', () => {
    const c = only(diff(withId(str), withId(int)), 'param-type-narrowed', 'params.id');
    expect(c).toMatchObject({ severity: 'breaking', old: 'string', new: 'number' });
    expect(only(diff(withId(anyT), withId(obj())), 'param-type-narrowed', 'params.id')).toMatchObject({ old: 'any', new: 'object' });
    // The fields of the now documented object are new fields of a param object.
    expect(rulesAndPaths(diff(withId(anyT), withId(obj(field('A')))))).toEqual([
      ['param-type-narrowed', 'params.id'],
      ['param-added-optional', 'params.id.A'],
    ]);
    expect(only(diff(withId(str), withId(strEnum('Y', 'N'))), 'param-type-narrowed', 'params.id')).toMatchObject({ old: 'string', new: 'enum:string' });
  });

  it('param-type-widened (info): integer → string, enum → string, X → any, X → X | Y', () => {
    const c = only(diff(withId(int), withId(str)), 'param-type-widened', 'params.id');
    expect(c).toMatchObject({ severity: 'info', old: 'number', new: 'string' });
    only(diff(withId(strEnum('a', 'b')), withId(str)), 'param-type-widened', 'params.id');
    only(diff(withId(bool), withId(anyT)), 'param-type-widened', 'params.id');
    expect(only(diff(withId(int), withId(union(int, str))), 'param-type-widened', 'params.id')).toMatchObject({ new: 'number | string' });
  });

  it('param-type-changed (breaking): string → boolean, array → object', () => {
    expect(only(diff(withId(str), withId(bool)), 'param-type-changed', 'params.id')).toMatchObject({ severity: 'breaking', old: 'string', new: 'boolean' });
    expect(rulesAndPaths(diff(withId(arr(int)), withId(obj(field('A')))))).toEqual([
      ['param-type-changed', 'params.id'],
      ['param-added-optional', 'params.id.A'],
    ]);
  });

  it('array item types compare: array(integer) → array(string) widens the items', () => {
    only(diff(withId(arr(int)), withId(arr(str))), 'param-type-widened', 'params.id[]');
  });

  it('no change: number ↔ integer, date/datetime/yn-free formats ↔ string', () => {
    none(diff(withId(num), withId(int)));
    none(diff(withId(date), withId(str)));
    none(diff(withId(datetime), withId(date)));
    none(diff(withId(union(str, int)), withId(union(int, str))));
  });

  it('yn sits below string', () => {
    only(diff(withId(yn), withId(str)), 'param-type-widened', 'params.id');
    only(diff(withId(str), withId(yn)), 'param-type-narrowed', 'params.id');
  });

  it('a nested field of a param object', () => {
    const before = spec('crm.deal.add', { params: [param('fields', obj(field('OPPORTUNITY', num)))] });
    const after = spec('crm.deal.add', { params: [param('fields', obj(field('OPPORTUNITY', str)))] });
    only(diff(before, after), 'param-type-widened', 'params.fields.OPPORTUNITY');
  });
});
