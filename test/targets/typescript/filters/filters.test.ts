/** The filters part: filter values per field type, operators, and the list types of a method. */
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../../generator/targets/typescript/common/file-context.ts';
import { listTypeStatements } from '../../../../generator/targets/typescript/filters/list-types.ts';
import {
  cleanOperators,
  cleanV3Operators,
  customFieldPrefix,
  customFieldPrefixes,
  filterValueText,
} from '../../../../generator/targets/typescript/filters/values.ts';
import { list, method, named, obj, planOf } from '../../given.ts';

const none = { resolve: () => undefined };

describe('filters part', () => {
  it('accepts numbers and numeric strings alike, flags as Y/N or booleans, an array field by one element', () => {
    expect(filterValueText({ kind: 'scalar', name: 'integer' }, none)).toBe('number | string');
    expect(filterValueText({ kind: 'scalar', name: 'string', format: 'yn' }, none)).toBe("'Y' | 'N'");
    expect(filterValueText({ kind: 'array', items: { kind: 'scalar', name: 'boolean' } }, none)).toBe("boolean | 'Y' | 'N'");
    expect(filterValueText({ kind: 'enum', base: 'integer', values: [{ value: 1 }], open: false }, none)).toBe('1 | "1"');
    expect(filterValueText({ kind: 'ref', name: 'missing' }, none)).toBe('unknown');
  });

  it('keeps well-formed operators and prefix patterns only', () => {
    expect(cleanOperators(['>=', '', '>=', 'LIKE', '!@'])).toEqual(['', '!@', '>=']);
    expect(customFieldPrefix('UF_*')).toBe('UF_');
    expect(customFieldPrefix('UF_*/${x}')).toBeUndefined();
  });

  it("builds a method's filter over its entity's fields, and falls back to a record when the entity is missing", () => {
    const get = method({ method: 'crm.deal.get', types: [named('deal', obj('ID', 'TITLE'))] });
    const listSpec = method({
      method: 'crm.deal.list',
      list: list({ entity: { method: 'crm.deal.get', type: 'deal' }, filter: { param: 'filter', syntax: 'prefix', operators: ['', '>=', '@'], logic: false } }),
    });
    const typed = listTypeStatements(
      planOf([get, listSpec]).rest.find((m) => m.key === 'crm.deal.list')!,
      new FileContext('src/methods/crm.ts'),
    );
    expect(typed.map((s) => ('name' in s ? s.name : ''))).toEqual(['CrmDealListFieldName', 'CrmDealListFilterValues', 'CrmDealListFilter']);
    const untyped = listTypeStatements(planOf([listSpec]).rest[0]!, new FileContext('src/methods/crm.ts'));
    expect(untyped).toMatchObject([{ name: 'CrmDealListFilter', type: 'Record<string, unknown>' }]);
  });

  it('reads several custom-field patterns as prefixes (crm.item.list: "UF_* | parentId* | ufCrm*"), none when one is no prefix pattern', () => {
    expect(customFieldPrefixes('UF_* | parentId* | ufCrm*')).toEqual(['UF_', 'parentId', 'ufCrm']);
    expect(customFieldPrefixes('UF_*')).toEqual(['UF_']);
    expect(customFieldPrefixes('UF_* | ${x}*')).toBeUndefined();
    expect(customFieldPrefixes(undefined)).toBeUndefined();
  });

  it('keys select/order/filter custom fields by every prefix of the entity', () => {
    const get = method({ method: 'crm.item.get', types: [named('item', obj('id', 'title'))] });
    const listSpec = method({
      method: 'crm.item.list',
      list: list({
        entity: { method: 'crm.item.get', type: 'item', customFields: 'UF_* | ufCrm*' },
        filter: { param: 'filter', syntax: 'prefix', operators: ['', '>='], logic: true },
        select: { param: 'select', masks: ['*'] },
        order: { param: 'order' },
      }),
    });
    const statements = listTypeStatements(
      planOf([get, listSpec]).rest.find((m) => m.key === 'crm.item.list')!,
      new FileContext('src/methods/crm.ts'),
    );
    const typeOf = (suffix: string) => (statements.find((s) => 'name' in s && s.name === `CrmItemList${suffix}`) as { type: string }).type;
    expect(typeOf('Select')).toBe(`Array<CrmItemListFieldName | "*" | CustomFieldKey<"UF_" | "ufCrm">>`);
    expect(typeOf('Order')).toBe(`{ [F in CrmItemListFieldName | CustomFieldKey<"UF_" | "ufCrm">]?: SortDirection }`);
    expect(typeOf('Filter')).toContain(`CustomFieldFilter<"" | ">=", "UF_" | "ufCrm">`);
    expect(typeOf('Filter')).toContain('LogicFilter<CrmItemListFilter>');
  });

  it('keeps REST 3.0 operators as words and symbols', () => {
    expect(cleanV3Operators(['between', '', '=', 'in', 'LIKE%', '!='])).toEqual(['', '!=', '=', 'between', 'in']);
  });

  it('types a REST 3.0 filter with exactly the documented operators (timeman.record.list: no `!=`, no `in`)', () => {
    const get = method({ method: 'timeman.record.get', restVersion: '3', types: [named('record', obj('userId', 'startTime'))] });
    const listSpec = method({
      method: 'timeman.record.list',
      restVersion: '3',
      list: list({
        paging: 'page',
        entity: { method: 'timeman.record.get', type: 'record' },
        filter: { param: 'filter', syntax: 'v3-array', operators: ['', '=', '>', '>=', '<', '<=', 'between'], logic: true },
      }),
    });
    const plan = planOf([get, listSpec]);
    const statements = listTypeStatements(
      plan.rest.find((m) => m.spec.method === 'timeman.record.list')!,
      new FileContext('src/methods/timeman.ts'),
    );
    const filter = statements.find((s) => 'name' in s && typeof s.name === 'string' && s.name.endsWith('Filter')) as { type: string };
    const values = statements.find((s) => 'name' in s && typeof s.name === 'string' && s.name.endsWith('FilterValues')) as { name: string };
    expect(filter.type).toBe(
      `V3Filter<V3EqualsCondition<${values.name}> | V3Condition<${values.name}, "<" | "<=" | "=" | ">" | ">="> | V3RangeCondition<${values.name}, "between">>`,
    );
  });

  it('types a select by the field names its own row lists when no entity resolves (timeman-record-list.md, lists-element-get.md)', () => {
    const source = { file: 'x.md', how: 'read' as const };
    const spec = (open: boolean) =>
      method({
        method: 'timeman.record.list',
        params: [
          {
            id: 'param:select',
            name: 'select',
            required: false,
            source,
            type: { kind: 'array', items: { kind: 'enum', base: 'string', values: [{ value: 'id' }, { value: 'userId' }], open } },
          },
        ],
        list: list({ select: { param: 'select', masks: [] } }),
      });
    const typeOf = (open: boolean) => listTypeStatements(planOf([spec(open)]).rest[0]!, new FileContext('src/methods/timeman.ts'));
    expect(typeOf(false)).toMatchObject([{ name: 'TimemanRecordListSelect', type: 'Array<"id" | "userId">' }]);
    expect(typeOf(true)).toMatchObject([{ name: 'TimemanRecordListSelect', type: 'Array<"id" | "userId" | (string & {})>' }]);
  });

  it('declares nothing for a list without filter, select or order', () => {
    expect(listTypeStatements(planOf([method({ method: 'crm.deal.list', list: list({}) })]).rest[0]!, new FileContext('src/methods/crm.ts'))).toEqual([]);
  });
});
