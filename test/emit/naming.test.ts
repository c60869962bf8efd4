/** The naming module: PascalCase, collisions, REST 3.0 twins, reserved and global names, digits, property keys. */
import { describe, expect, it } from 'vitest';
import {
  camelCase,
  exportedNamesOf,
  fileStem,
  methodBaseName,
  NameRegistry,
  namespaceOf,
  pascalCase,
  quote,
  typePropertyKey,
  valuePropertyKey,
} from '../../generator/emit/naming.ts';
import { moduleSpecifier } from '../../generator/emit/paths.ts';

describe('naming', () => {
  it('PascalCases method names, keeping inner capitals', () => {
    expect(pascalCase('crm.contact.get')).toBe('CrmContactGet');
    expect(pascalCase('crm.item.productRow.list')).toBe('CrmItemProductRowList');
    expect(pascalCase('sonet_group.user.get')).toBe('SonetGroupUserGet');
    expect(pascalCase('user.option.*')).toBe('UserOption');
    expect(pascalCase('1c.sync')).toBe('_1cSync');
    expect(pascalCase('😀')).toBe('Unnamed');
    expect(camelCase('CrmContactGetResult')).toBe('crmContactGetResult');
  });

  it('gives REST 3.0 twins a V3 suffix and Vibe operations a Vibe prefix', () => {
    expect(methodBaseName({ api: 'rest', method: 'tasks.task.add', restVersion: '3' })).toBe('TasksTaskAddV3');
    expect(methodBaseName({ api: 'rest', method: 'tasks.task.add', restVersion: '1' })).toBe('TasksTaskAdd');
    expect(methodBaseName({ api: 'vibe', method: 'contacts.get' })).toBe('VibeContactsGet');
  });

  it('resolves collisions with numeric suffixes, reserving every derived name of a method', () => {
    const types = new NameRegistry();
    const values = new NameRegistry();
    const a = types.allocateMethod('SonetGroupGet', values);
    const b = types.allocateMethod('SonetGroupGet', values);
    expect(a.type('Params')).toBe('SonetGroupGetParams');
    expect(b.type('Params')).toBe('SonetGroupGet2Params');
    expect(b.zodResult).toBe('sonetGroupGet2Result');
    // A named type may not take a method's derived name.
    expect(types.allocate('SonetGroupGetResult')).toBe('SonetGroupGetResult2');
  });

  it('gives the plain name to the lower-case variant of a method name', async () => {
    const { buildModel } = await import('../../generator/emit/model.ts');
    const { loadFixtures } = await import('./helpers.ts');
    const fx = await loadFixtures();
    const get = fx.specs.find((s) => s.method === 'crm.contact.get')!;
    const variant = { ...get, method: 'Crm.contact.get' };
    for (const specs of [[variant, get], [get, variant]]) {
      const model = buildModel({ ...fx, specs, runtime: new Map(), packageVersion: '0' });
      const names = Object.fromEntries(model.rest.map((m) => [m.spec.method, m.names.base]));
      expect(names).toEqual({ 'crm.contact.get': 'CrmContactGet', 'Crm.contact.get': 'CrmContactGet2' });
    }
  });

  it('never allocates keywords or global names', () => {
    const r = new NameRegistry();
    expect(r.allocate('Record')).toBe('RecordType');
    expect(r.allocate('Array')).toBe('ArrayType');
    expect(r.allocate('default')).toBe('defaultType');
    expect(r.allocate('Record')).toBe('RecordType2');
  });

  it('quotes property keys that are not identifiers; __proto__ is computed in values', () => {
    expect(typePropertyKey('UF_CRM_1')).toBe('UF_CRM_1');
    expect(typePropertyKey('default')).toBe('default');
    expect(typePropertyKey('data.FIELDS')).toBe('"data.FIELDS"');
    expect(typePropertyKey('>=DATE')).toBe('">=DATE"');
    expect(typePropertyKey('<key>')).toBe('"<key>"');
    expect(typePropertyKey('1abc')).toBe('"1abc"');
    expect(valuePropertyKey('__proto__')).toBe('["__proto__"]');
    expect(quote('a\u2028b"')).toBe('"a\\u2028b\\""');
  });

  it('derives namespaces, file stems and import specifiers', () => {
    expect(namespaceOf('CRM.contact.get')).toBe('crm');
    expect(namespaceOf('methods')).toBe('methods');
    expect(fileStem('sonet_group')).toBe('sonet_group');
    expect(fileStem('_x')).toBe('ns_x');
    expect(fileStem('index')).toBe('index-ns');
    expect(fileStem('con')).toBe('con-ns');
    expect(moduleSpecifier('src/methods/crm.ts', 'src/types/shared.ts')).toBe('../types/shared.js');
    expect(moduleSpecifier('src/index.ts', 'src/methods/crm.ts')).toBe('./methods/crm.js');
    expect(moduleSpecifier('src/vibe/contacts.ts', 'src/vibe/types.ts')).toBe('./types.js');
  });

  it('reads the names a runtime module exports', () => {
    const src = 'export interface A {}\nexport type B = 1;\nexport class C {}\nexport function d() {}\nexport const e = 1;\nexport { f, g as h, type I } from "./x.js";\n';
    expect(exportedNamesOf(src).sort()).toEqual(['A', 'B', 'C', 'I', 'd', 'e', 'f', 'h']);
  });
});
