import { describe, expect, it } from 'vitest';
import { diff, field, int, none, nul, obj, only, spec, union } from '../spec-builder.ts';

describe('result-nullable rules', () => {
  it('result-field-became-nullable (breaking), from the field flag', () => {
    const c = only(
      diff(spec('crm.deal.get', { result: obj(field('CLOSEDATE')) }), spec('crm.deal.get', { result: obj(field('CLOSEDATE', undefined, { nullable: true })) })),
      'result-field-became-nullable',
      'result.CLOSEDATE',
    );
    expect(c).toMatchObject({ severity: 'breaking', old: false, new: true });
  });

  it('result-field-became-nullable from a union with null (the type itself does not change)', () => {
    only(
      diff(spec('crm.deal.get', { result: obj(field('ID', int)) }), spec('crm.deal.get', { result: obj(field('ID', union(int, nul))) })),
      'result-field-became-nullable',
      'result.ID',
    );
  });

  it('result-field-no-longer-nullable (info)', () => {
    const c = only(
      diff(spec('crm.deal.get', { result: obj(field('ID', union(int, nul))) }), spec('crm.deal.get', { result: obj(field('ID', int)) })),
      'result-field-no-longer-nullable',
      'result.ID',
    );
    expect(c).toMatchObject({ severity: 'info', old: true, new: false });
  });

  it('flag and union saying the same: no change', () => {
    none(
      diff(spec('crm.deal.get', { result: obj(field('ID', union(int, nul))) }), spec('crm.deal.get', { result: obj(field('ID', int, { nullable: true })) })),
    );
  });
});
