/** result.ts: the result a method's name implies when its page documents none. */
import { describe, expect, it } from 'vitest';
import { resultByConvention } from '../../../../generator/sources/yfm/extract/result.ts';

const anyObject = { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } };

describe('resultByConvention', () => {
  it.each([
    ['crm.deal.add', { kind: 'scalar', name: 'integer', format: 'id' }],
    ['crm.deal.update', { kind: 'scalar', name: 'boolean' }],
    ['crm.deal.delete', { kind: 'scalar', name: 'boolean' }],
    ['user.option.set', { kind: 'scalar', name: 'boolean' }],
    ['crm.deal.get', anyObject],
    ['sale.order.getById', anyObject],
    ['crm.deal.list', { kind: 'array', items: anyObject }],
    ['sale.order.getList', { kind: 'array', items: anyObject }],
    ['crm.deal.fields', { kind: 'map', keys: 'string', values: anyObject }],
    ['crm.deal.compare', null],
  ])('%s → %j', (method, want) => {
    expect(resultByConvention(method)).toEqual(want);
  });
});
