import { describe, expect, it } from 'vitest';
import { arr, diff, field, intEnum, none, obj, only, rulesAndPaths, spec, strEnum } from '../spec-builder.ts';
import type { TypeRef } from '../../../generator/spec/schema.ts';

const withStatus = (type: TypeRef) => spec('tasks.task.list', { result: arr(obj(field('status', type))) });

describe('result-enum rules', () => {
  it('result-enum-value-added (warning)', () => {
    const c = only(diff(withStatus(intEnum(1, 2)), withStatus(intEnum(1, 2, 5))), 'result-enum-value-added', 'result[].status');
    expect(c).toMatchObject({ severity: 'warning', new: 5 });
  });

  it('result-enum-value-removed (info)', () => {
    const c = only(diff(withStatus(strEnum('open', 'closed')), withStatus(strEnum('open'))), 'result-enum-value-removed', 'result[].status');
    expect(c).toMatchObject({ severity: 'info', old: 'closed' });
  });

  it('one change per value, both directions at once', () => {
    const r = diff(withStatus(strEnum('a', 'b')), withStatus(strEnum('b', 'c')));
    expect(rulesAndPaths(r)).toEqual([
      ['result-enum-value-added', 'result[].status'],
      ['result-enum-value-removed', 'result[].status'],
    ]);
    expect(r.changes.map((c) => [c.old, c.new])).toEqual([
      [undefined, 'c'],
      ['a', undefined],
    ]);
  });

  it('same values in another order: no change', () => {
    none(diff(withStatus(intEnum(2, 1)), withStatus(intEnum(1, 2))));
  });
});
