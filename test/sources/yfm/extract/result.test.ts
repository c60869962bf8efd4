/** result.ts: the result a method's name implies when its page documents none. */
import { describe, expect, it } from 'vitest';
import { resultByConvention } from '../../../../generator/sources/yfm/extract/result.ts';
import { fieldsOf, specOf } from '../../../support/yfm-corpus.ts';

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

describe('a Returned Data table without a result row', () => {
  it('crm.company.fields: the `PARENT_ID_...` and `UF_...` rows open the object to those keys instead of standing as fields', () => {
    // crm-company-fields.md:882 "||**PARENT_ID_...** | Relationship fields.", :901 "||**UF_...** | Custom fields. For example, `UF_CRM_25534736`."
    const s = specOf('api-reference/crm/companies/crm-company-fields.md');
    const entity = [s.result!, ...s.types].find((t) => fieldsOf(t.type).some((f) => f.name === 'TITLE'))!;
    expect(fieldsOf(entity.type).map((f) => f.name)).not.toContain('UF_...');
    expect(fieldsOf(entity.type).map((f) => f.name)).not.toContain('PARENT_ID_...');
    expect(entity.type).toMatchObject({ kind: 'object', additionalKeys: ['PARENT_ID_', 'UF_'] });
  });
});
