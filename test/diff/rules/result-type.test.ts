import { describe, expect, it } from 'vitest';
import { anyT, arr, bool, date, diff, field, int, map, none, num, obj, only, spec, str, strEnum, union } from '../spec-builder.ts';
import type { TypeRef } from '../../../generator/spec/schema.ts';

const withId = (type: TypeRef) => spec('crm.deal.get', { result: obj(field('ID', type)) });

describe('result-type rules', () => {
  it('result-field-type-widened (breaking): integer → string, enum → string, X → any', () => {
    const c = only(diff(withId(int), withId(str)), 'result-field-type-widened', 'result.ID');
    expect(c).toMatchObject({ severity: 'breaking', old: 'number', new: 'string' });
    expect(only(diff(withId(strEnum('A', 'B')), withId(str)), 'result-field-type-widened', 'result.ID')).toMatchObject({ old: 'enum:string', new: 'string' });
    only(diff(withId(bool), withId(anyT)), 'result-field-type-widened', 'result.ID');
    only(diff(withId(int), withId(union(int, bool))), 'result-field-type-widened', 'result.ID');
  });

  it('result-field-type-narrowed (info): string → integer', () => {
    const c = only(diff(withId(str), withId(int)), 'result-field-type-narrowed', 'result.ID');
    expect(c).toMatchObject({ severity: 'info', old: 'string', new: 'number' });
  });

  it('result-field-type-changed (breaking): incomparable types', () => {
    expect(only(diff(withId(str), withId(bool)), 'result-field-type-changed', 'result.ID')).toMatchObject({
      severity: 'breaking',
      old: 'string',
      new: 'boolean',
    });
    only(diff(withId(arr(int)), withId(map(int))), 'result-field-type-changed', 'result.ID');
  });

  it('the whole result and array items', () => {
    only(diff(spec('crm.deal.add', { result: int }), spec('crm.deal.add', { result: bool })), 'result-field-type-changed', 'result');
    only(diff(spec('crm.deal.list', { result: arr(int) }), spec('crm.deal.list', { result: arr(str) })), 'result-field-type-widened', 'result[]');
  });

  it('no change: number ↔ integer, date ↔ string', () => {
    none(diff(withId(num), withId(int)));
    none(diff(withId(date), withId(str)));
  });
});
