/** The plan's naming: PascalCase, method bases, the disjoint type space, target policies, collisions told apart by ids. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  camelCase,
  isCanonicalMethodName,
  methodBaseName,
  methodNames,
  namespaced,
  namespaceOf,
  pascalCase,
  refineMethodBase,
  refineTypeName,
  resolveCollisions,
  typeName,
  type NamingPolicy,
} from '../../../generator/targets/plan/naming.ts';
import { fileStem } from '../../../generator/targets/plan/placement.ts';

const tag = (id: string) => createHash('sha1').update(id).digest('hex').slice(0, 6);

describe('plan naming', () => {
  it('PascalCases doc names, keeping inner capitals', () => {
    for (const [given, want] of [
      ['crm.contact.get', 'CrmContactGet'],
      ['crm.item.productRow.list', 'CrmItemProductRowList'],
      ['sonet_group.user.get', 'SonetGroupUserGet'],
      ['user.option.*', 'UserOption'],
      ['1c.sync', '_1cSync'],
      ['😀', 'Unnamed'],
    ]) {
      expect(pascalCase(given!)).toBe(want);
    }
    expect(camelCase('CrmContactGetResult')).toBe('crmContactGetResult');
  });

  it('gives REST 3.0 twins a V3 suffix and Vibe operations a Vibe prefix', () => {
    expect(methodBaseName({ api: 'rest', method: 'tasks.task.add', restVersion: '3' })).toBe('TasksTaskAddV3');
    expect(methodBaseName({ api: 'rest', method: 'tasks.task.add', restVersion: '1' })).toBe('TasksTaskAdd');
    expect(methodBaseName({ api: 'vibe', method: 'contacts.get' })).toBe('VibeContactsGet');
    const n = methodNames('CrmContactGet');
    expect([n.type('Params'), n.type('FilterValues'), n.resultValue]).toEqual(['CrmContactGetParams', 'CrmContactGetFilterValues', 'crmContactGetResult']);
  });

  it('keeps named types out of the method space with the word "Type"', () => {
    for (const [given, want] of [
      ['CrmContactAddParams', 'CrmContactAddParamsType'],
      ['CrmItem', 'CrmItemType'],
      ['SaleOrder', 'SaleOrderType'],
      ['CrmContact', 'CrmContact'],
      ['CrmParamsList', 'CrmParamsList'],
    ]) {
      expect(typeName(given!)).toBe(want);
    }
    expect(namespaced('Crm', 'crm_multifield')).toBe('CrmMultifield');
    expect(namespaced('Crm', 'crmx')).toBe('CrmCrmx');
  });

  it("adds the target's fixed word to a name its policy refuses, never a counter", () => {
    const policy: NamingPolicy = {
      reservedType: (n) => ['Record', 'RecordType', 'MethodParams'].includes(n),
      reservedValue: (n) => n === 'batchResult',
    };
    expect(refineTypeName('Record', policy)).toBe('RecordTypeType');
    expect(refineTypeName('CrmRecord', policy)).toBe('CrmRecord');
    expect(refineMethodBase('Method', policy)).toBe('MethodMethod');
    expect(refineMethodBase('Batch', policy)).toBe('BatchMethod');
    expect(refineMethodBase('CrmContactGet', policy)).toBe('CrmContactGet');
  });

  it('tells colliding ids apart by the ids, whatever the order: best rank, then canonical spelling, then smallest id', () => {
    const claims = [
      { element: 'a', name: 'CrmContactGet', id: 'rest:crm.contact.get', rank: 0, canonical: true },
      { element: 'b', name: 'CrmContactGet', id: 'rest:Crm.contact.get', rank: 0, canonical: false },
      { element: 'c', name: 'CrmContactList', id: 'rest:crm.contact.list', rank: 0, canonical: true },
    ];
    const want = new Map([
      ['a', 'CrmContactGet'],
      ['b', `CrmContactGet_${tag('rest:Crm.contact.get')}`],
      ['c', 'CrmContactList'],
    ]);
    expect(resolveCollisions(claims)).toEqual(want);
    expect(resolveCollisions([...claims].reverse())).toEqual(want);
    // A higher rank wins over spelling; one id claiming a name twice is no collision.
    const ranked = resolveCollisions([
      { element: 'local', name: 'CrmMultifield', id: 'rest:crm#multifield', rank: 3, canonical: true },
      { element: 'shared', name: 'CrmMultifield', id: 'rest-types-crm#crm_multifield', rank: 4, canonical: true },
      { element: 'again', name: 'CrmMultifield', id: 'rest-types-crm#crm_multifield', rank: 4, canonical: true },
    ]);
    expect(ranked.get('shared')).toBe('CrmMultifield');
    expect(ranked.get('again')).toBe('CrmMultifield');
    expect(ranked.get('local')).toBe(`CrmMultifield_${tag('rest:crm#multifield')}`);
  });

  it('says which spellings are canonical', () => {
    expect(isCanonicalMethodName('crm.contact.get')).toBe(true);
    expect(isCanonicalMethodName('Crm.contact.get')).toBe(false);
    expect(isCanonicalMethodName('crm.contact_get')).toBe(false);
  });

  it('derives namespaces and file stems', () => {
    expect(namespaceOf('CRM.contact.get')).toBe('crm');
    expect(namespaceOf('methods')).toBe('methods');
    expect(fileStem('sonet_group')).toBe('sonet_group');
    expect(fileStem('_x')).toBe('ns_x');
    expect(fileStem('index')).toBe('index-ns');
    expect(fileStem('con')).toBe('con-ns');
  });
});
