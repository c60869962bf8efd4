import { describe, expect, it } from 'vitest';
import { arr, diff, field, int, none, obj, only, param, spec } from '../spec-builder.ts';

describe('param-required rules', () => {
  it('param-became-required (breaking)', () => {
    const c = only(
      diff(spec('crm.deal.get', { params: [param('id', int)] }), spec('crm.deal.get', { params: [param('id', int, { required: true })] })),
      'param-became-required',
      'params.id',
    );
    expect(c).toMatchObject({ severity: 'breaking', old: false, new: true });
  });

  it('param-became-optional (info)', () => {
    const c = only(
      diff(spec('crm.deal.get', { params: [param('id', int, { required: true })] }), spec('crm.deal.get', { params: [param('id', int)] })),
      'param-became-optional',
      'params.id',
    );
    expect(c).toMatchObject({ severity: 'info', old: true, new: false });
  });

  it('a nested field of a param object becoming required', () => {
    const before = spec('crm.deal.add', { params: [param('fields', obj(field('TITLE')))] });
    const after = spec('crm.deal.add', { params: [param('fields', obj(field('TITLE', undefined, { required: true })))] });
    only(diff(before, after), 'param-became-required', 'params.fields.TITLE');
  });

  it('"unknown" requiredness reads as optional: unknown → false is no change', () => {
    none(diff(spec('crm.deal.get', { params: [param('id', int, { required: 'unknown' })] }), spec('crm.deal.get', { params: [param('id', int)] })));
  });

  it('array items are structural: their requiredness is not a param change', () => {
    none(diff(spec('crm.deal.get', { params: [param('ids', arr(int))] }), spec('crm.deal.get', { params: [param('ids', arr(int))] })));
  });
});
