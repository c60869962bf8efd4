import { describe, expect, it } from 'vitest';
import { diff, intEnum, none, only, param, rulesAndPaths, spec, str, strEnum } from '../spec-builder.ts';
import type { TypeRef } from '../../../generator/spec/schema.ts';

const withType = (type: TypeRef) => spec('crm.status.list', { params: [param('entityType', type)] });

describe('param-enum rules', () => {
  it('param-enum-value-added (info), one change per value', () => {
    const r = diff(withType(strEnum('DEAL', 'LEAD')), withType(strEnum('DEAL', 'LEAD', 'QUOTE', 'INVOICE')));
    expect(rulesAndPaths(r)).toEqual([
      ['param-enum-value-added', 'params.entityType'],
      ['param-enum-value-added', 'params.entityType'],
    ]);
    expect(r.changes.map((c) => c.new).sort()).toEqual(['INVOICE', 'QUOTE']);
    expect(r.changes.every((c) => c.severity === 'info')).toBe(true);
  });

  it('param-enum-value-removed (breaking), integer values keep their JSON type', () => {
    const c = only(diff(withType(intEnum(1, 2, 3)), withType(intEnum(1, 3))), 'param-enum-value-removed', 'params.entityType');
    expect(c).toMatchObject({ severity: 'breaking', old: 2 });
  });

  it('value order is no change', () => {
    none(diff(withType(strEnum('A', 'B')), withType(strEnum('B', 'A'))));
  });

  it('an enum that became a plain string is a type change, not value removals', () => {
    only(diff(withType(strEnum('A', 'B')), withType(str)), 'param-type-widened', 'params.entityType');
  });
});
