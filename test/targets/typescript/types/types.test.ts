/** The types part: named types (declarations, a declarer's alias, a union of variants), params, item and result. */
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../../generator/targets/typescript/common/file-context.ts';
import { itemAndResultStatements, listParamTypes, paramsStatement } from '../../../../generator/targets/typescript/types/method.ts';
import { namedTypeStatement } from '../../../../generator/targets/typescript/types/named.ts';
import { list, method, named, obj, param, planOf, printed, resultRef } from '../../given.ts';

const FILE = 'src/methods/crm.ts';

describe('types part', () => {
  it('declares an object type as an interface, an alias as a type pointing at its host, and a union of variants', () => {
    const plan = planOf([
      method({ method: 'crm.contact.get', types: [named('contact', obj('ID'))], result: resultRef('contact') }),
      method({ method: 'crm.deal.get', types: [named('contact', obj('TITLE'))], result: resultRef('contact') }),
      method({ method: 'crm.lead.get', types: [named('contact', obj('TITLE'))], result: resultRef('contact') }),
    ]);
    const file = new FileContext(FILE);
    const text = printed(plan.typesOf({ kind: 'namespace', namespace: 'crm' }).map((d) => namedTypeStatement(d, file)));
    expect(text).toContain('export type CrmContact = CrmContactGetContact | CrmDealGetContact;');
    expect(text).toContain('export interface CrmContactGetContact {');
    expect(text).toContain('export interface CrmDealGetContact {');
    expect(text).toContain('export type CrmLeadGetContact = CrmDealGetContact;');
    expect(file.exports.map((e) => `${e.name} ${e.kind}`)).toEqual([
      'CrmContact type',
      'CrmContactGetContact interface',
      'CrmDealGetContact interface',
      'CrmLeadGetContact type',
    ]);
  });

  it('types params as input, with list params by the list types of the method', () => {
    const m = planOf([
      method({
        method: 'crm.deal.list',
        params: [param('id', { type: { kind: 'scalar', name: 'string', format: 'id' }, required: true }), param('FILTER')],
        list: list({ filter: { param: 'filter', syntax: 'prefix', operators: [''], logic: false }, order: { param: 'order' } }),
      }),
    ]).rest[0]!;
    expect([...listParamTypes(m)]).toEqual([
      ['filter', 'CrmDealListFilter'],
      ['order', 'CrmDealListOrder'],
    ]);
    const text = printed([paramsStatement(planOf([m.spec]), m, new FileContext(FILE), m.spec.params, 'CrmDealListParams', listParamTypes(m))]);
    expect(text).toContain('id: string | number;');
    // The documented FILTER param takes the list type (case-insensitively); the undocumented order is added.
    expect(text).toContain('FILTER?: CrmDealListFilter;');
    expect(text).toContain('order?: CrmDealListOrder;');
  });

  it('types a list item from the documented items and the result as an array of it', () => {
    const spec = method({
      method: 'crm.deal.list',
      result: { type: { kind: 'array', items: obj('ID') }, source: { file: 'x.md', how: 'read' } },
      list: list({}),
    });
    const plan = planOf([spec]);
    const text = printed(itemAndResultStatements(plan, plan.rest[0]!, new FileContext(FILE), 'One item.'));
    expect(text).toMatch(/export type CrmDealListItem = \{[\s\S]*ID\?: string;[\s\S]*\};/);
    expect(text).toContain('export type CrmDealListResult = CrmDealListItem[];');
  });
});
