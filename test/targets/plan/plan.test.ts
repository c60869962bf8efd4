/** The plan: placement of methods and named types, de-duplication, ref scopes and per-method facts. */
import { describe, expect, it } from 'vitest';
import { list, method, named, obj, param, planOf, resultRef } from '../given.ts';

const contactGet = method({ method: 'crm.contact.get', types: [named('contact', obj('ID', 'NAME'))], result: resultRef('contact') });
const contactList = method({
  method: 'crm.contact.list',
  types: [named('contact', obj('ID', 'NAME'))],
  list: list({ entity: { method: 'crm.contact.get', type: 'contact' }, filter: { param: 'filter', syntax: 'prefix', operators: ['', '>'], logic: false } }),
});
const dealGet = method({ method: 'crm.deal.get', types: [named('contact', obj('TITLE'))], result: resultRef('contact') });
const activityGet = method({ method: 'crm.activity.get', types: [named('contact', obj('TITLE'))], result: resultRef('contact') });

describe('plan', () => {
  it('groups methods by namespace and Vibe entity, in key then id order', () => {
    const plan = planOf([
      contactList,
      method({ method: 'user.get' }),
      contactGet,
      method({ api: 'vibe', method: 'contacts.get', http: { verb: 'GET', path: '/v1/contacts/{id}' } }),
    ]);
    expect([...plan.restByGroup].map(([g, ms]) => [g, ms.map((m) => m.key)])).toEqual([
      ['crm', ['crm.contact.get', 'crm.contact.list']],
      ['user', ['user.get']],
    ]);
    expect([...plan.vibeByGroup].map(([g, ms]) => [g, ms.map((m) => m.key)])).toEqual([['contacts', ['GET /v1/contacts/{id}']]]);
  });

  it('declares a type its declarers agree on once, under the namespace name', () => {
    const plan = planOf([contactList, contactGet]);
    const decls = plan.typesOf({ kind: 'namespace', namespace: 'crm' });
    expect(decls.map((d) => [d.name, d.origins, d.aliasOf])).toEqual([['CrmContact', ['crm.contact.get', 'crm.contact.list'], undefined]]);
    expect(plan.rest[0]!.scope.resolve({ name: 'contact' })).toBe(decls[0]);
  });

  it('keeps apart types that differ only in what the wire sends (one page shows "id": "23", another 23)', () => {
    const withWire = (sends: 'numeric-string' | 'number'): ReturnType<typeof obj> => {
      const t = obj('id');
      if (t.kind === 'object') t.fields[0]!.type = { kind: 'scalar', name: 'integer', wire: { sends, how: 'read', evidence: 'response-example' } };
      return t;
    };
    const plan = planOf([
      method({ method: 'tasks.template.checklist.get', types: [named('item', withWire('number'))], result: resultRef('item') }),
      method({ method: 'tasks.template.checklist.list', types: [named('item', withWire('numeric-string'))], result: resultRef('item') }),
    ]);
    const decls = plan.typesOf({ kind: 'namespace', namespace: 'tasks' }).filter((d) => !d.aliasOf);
    expect(decls).toHaveLength(2);
  });

  it('names every declarer of a type declared differently, hosts each variant at its first declarer, and keeps the namespace name as the union', () => {
    const plan = planOf([dealGet, contactGet, activityGet]);
    const decls = plan.typesOf({ kind: 'namespace', namespace: 'crm' });
    const byName = new Map(decls.map((d) => [d.name, d]));
    expect([...byName.keys()]).toEqual(['CrmActivityGetContact', 'CrmContact', 'CrmContactGetContact', 'CrmDealGetContact']);
    const activity = byName.get('CrmActivityGetContact')!;
    const contact = byName.get('CrmContactGetContact')!;
    expect(activity.aliasOf).toBeUndefined(); // crm.activity.get < crm.deal.get: it hosts the TITLE variant
    expect(byName.get('CrmDealGetContact')!.aliasOf).toEqual([activity]);
    expect(byName.get('CrmContact')!.aliasOf).toEqual([activity, contact]);
    // Refs resolve to the host, never to an alias.
    const deal = plan.rest.find((m) => m.key === 'crm.deal.get')!;
    expect(deal.scope.resolve({ name: 'contact' })).toBe(activity);
  });

  it('resolves a list entity, or says why it cannot', () => {
    const ok = planOf([contactGet, contactList]).rest.find((m) => m.key === 'crm.contact.list')!;
    expect(ok.list?.entity.ok && ok.list.entity.entity.fields.map((f) => f.name)).toEqual(['ID', 'NAME']);
    const missing = planOf([contactList]).rest[0]!;
    expect(missing.list?.entity).toEqual({ ok: false, reason: 'entity method crm.contact.get is not in the input' });
  });

  it('places Vibe params by location; a GET list declares a query for its filter', () => {
    const op = planOf([
      method({
        api: 'vibe',
        method: 'contacts.list',
        http: { verb: 'GET', path: '/v1/contacts/{section}' },
        params: [param('section', { in: 'path' }), param('limit')],
        list: list({ filter: { param: 'filter', syntax: 'vibe', operators: [''], logic: false } }),
      }),
      method({ api: 'vibe', method: 'contacts.add', http: { verb: 'POST', path: '/v1/contacts' }, params: [param('name')] }),
    ]).vibe;
    const add = op.find((m) => m.spec.method === 'contacts.add')!;
    const listOp = op.find((m) => m.spec.method === 'contacts.list')!;
    expect(listOp.vibe!.params.path.map((p) => p.name)).toEqual(['section']);
    expect(listOp.vibe!.params.query.map((p) => p.name)).toEqual(['limit']);
    expect(listOp.vibe!.declares).toEqual({ path: true, query: true, body: false });
    expect(add.vibe!.declares).toEqual({ path: false, query: false, body: true });
  });

  it('finds a method by name, case-insensitively, preferring the REST version asked for', () => {
    const plan = planOf([contactGet, method({ method: 'crm.contact.get', restVersion: '3' })]);
    expect(plan.findMethod('rest', 'CRM.Contact.Get')?.names.base).toBe('CrmContactGet');
    expect(plan.findMethod('rest', 'crm.contact.get', '3')?.names.base).toBe('CrmContactGetV3');
  });
});
