/** wire-model.ts: each result scalar's wire form, from the docs' response examples. */
import { describe, expect, it } from 'vitest';
import { linkListEntities } from '../../generator/link/list-entities.ts';
import { linkWireModel, majority, observedForm, wireFamily } from '../../generator/link/wire-model.ts';
import type { MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import { named, specOf } from '../support/yfm-corpus.ts';

const wireOf = (t: TypeRef | undefined) => (t && (t.kind === 'scalar' || t.kind === 'enum') ? t.wire : undefined);
const fieldType = (s: MethodSpec, type: string, field: string): TypeRef | undefined => {
  const t = named(s, type).type;
  return t.kind === 'object' ? t.fields.find((f) => f.name === field)?.type : undefined;
};

describe('observedForm', () => {
  it.each([
    ['numeric', '43', 'numeric-string'],
    ['numeric', '12500.00', 'numeric-string'],
    ['numeric', '', 'numeric-string'],
    ['numeric', 43, 'number'],
    ['numeric', 'N/A', 'string'],
    ['flag', 'Y', 'yn'],
    ['flag', true, 'boolean'],
    ['flag', '1', 'numeric-string'],
    ['flag', 0, 'number'],
  ] as const)('%s %j → %s', (kind, value, form) => expect(observedForm(kind, value)).toBe(form));

  it('says nothing of a value of another shape', () => {
    expect(observedForm('numeric', { a: 1 })).toBeNull();
    expect(observedForm('numeric', true)).toBeNull();
  });
});

describe('majority', () => {
  it('is the most frequent form; a tie goes to the string form', () => {
    expect(
      majority(
        new Map([
          ['number', 3],
          ['numeric-string', 1],
        ]),
      ),
    ).toBe('number');
    expect(
      majority(
        new Map([
          ['number', 2],
          ['numeric-string', 2],
        ]),
      ),
    ).toBe('numeric-string');
    expect(majority(new Map())).toBeNull();
  });
});

describe('wireFamily', () => {
  it('keeps REST 1, REST 3.0 and Vibe apart, and crm.item apart from crm', () => {
    expect(wireFamily({ api: 'rest', method: 'crm.item.list' })).toEqual({ api: 'rest1', namespace: 'crm', entity: 'crm.item' });
    expect(wireFamily({ api: 'rest', restVersion: '3', method: 'tasks.task.get' })).toEqual({ api: 'rest3', namespace: 'tasks', entity: 'tasks.task' });
    expect(wireFamily({ api: 'rest', method: 'profile' })).toEqual({ api: 'rest1', namespace: '_root', entity: '_root' });
  });
});

describe('linkWireModel on real pages', () => {
  const get = specOf('api-reference/crm/contacts/crm-contact-get.md');
  const add = specOf('api-reference/crm/deals/crm-deal-add.md');
  const [contact, deal] = linkWireModel([get, add], []).specs;

  it('crm.contact.get: ids arrive as strings, read from the example ("ID": "43", "COMPANY_ID": "12")', () => {
    expect(wireOf(fieldType(contact!, 'contact', 'ID'))).toEqual({ sends: 'numeric-string', how: 'read', evidence: 'response-example' });
    expect(wireOf(fieldType(contact!, 'contact', 'COMPANY_ID'))).toMatchObject({ sends: 'numeric-string', how: 'read' });
  });

  it('crm.contact.get: Y/N flags as the letters ("OPENED": "Y")', () => {
    expect(wireOf(fieldType(contact!, 'contact', 'OPENED'))).toEqual({ sends: 'yn', how: 'read', evidence: 'response-example' });
  });

  it('crm.contact.get: a field the example shows as null is nullable; its form follows the method\'s other integers ("LEAD_ID": null)', () => {
    expect(wireOf(fieldType(contact!, 'contact', 'LEAD_ID'))).toEqual({
      sends: 'numeric-string',
      nullable: true,
      how: 'inferred',
      evidence: 'method-response-example',
    });
    // "ADDRESS": null — a plain string that is null on the wire.
    expect(wireOf(fieldType(contact!, 'contact', 'ADDRESS'))).toEqual({ sends: 'string', nullable: true, how: 'read', evidence: 'response-example' });
  });

  it('crm.contact.get: a plain string shown as a string gets no record (nothing to add)', () => {
    expect(wireOf(fieldType(contact!, 'contact', 'NAME'))).toBeUndefined();
  });

  it('crm.deal.add: the new id arrives as a JSON number ("result": 394)', () => {
    expect(wireOf(deal!.result!.type)).toEqual({ sends: 'number', how: 'read', evidence: 'response-example' });
  });

  it('params are left alone: only what a result reaches gets a wire record', () => {
    expect(wireOf(fieldType(deal!, 'fields', 'CATEGORY_ID'))).toBeUndefined();
  });

  it("a method without an example takes its family's majority, and says so", () => {
    const bare = { ...get, id: 'rest:crm.contact.get2', method: 'crm.contact.get2', examples: [] };
    const [, out] = linkWireModel([get, bare], []).specs;
    expect(wireOf(fieldType(out!, 'contact', 'ID'))).toEqual({ sends: 'numeric-string', how: 'inferred', evidence: 'namespace-majority:rest1:crm.contact' });
  });

  it('an API with no example at all keeps its JSON form (Vibe), and says so', () => {
    const vibe: MethodSpec = { ...get, id: 'vibe:GET /v1/x', api: 'vibe', restVersion: undefined, method: 'x.get', examples: [] };
    const [out] = linkWireModel([vibe], []).specs;
    expect(wireOf(fieldType(out!, 'contact', 'ID'))).toEqual({ sends: 'number', how: 'inferred', evidence: 'api-default:vibe' });
  });

  it('every form the examples show is kept: the most frequent sends, the others are `also`', () => {
    const twice = structuredClone(get);
    const second = structuredClone(twice.examples.find((e) => e.kind === 'response')!);
    (second.json as { result: Record<string, unknown> }).result.ID = 43;
    twice.examples.push({ ...second, id: 'response:extra' });
    const third = structuredClone(second);
    twice.examples.push({ ...third, id: 'response:extra2' });
    const [out] = linkWireModel([twice], []).specs;
    expect(wireOf(fieldType(out!, 'contact', 'ID'))).toEqual({ sends: 'number', also: ['numeric-string'], how: 'read', evidence: 'response-example' });
  });

  it("an example that does not have the result's shape says nothing (crm.company.fields shows field descriptors, the type lists the fields)", () => {
    // crm-company-fields.md's example: "ID": { "type": "integer", "isRequired": false, … }
    const fields = specOf('api-reference/crm/companies/crm-company-fields.md');
    const [out] = linkWireModel([fields], []).specs;
    const t = out!.result!.type;
    const id = t.kind === 'object' ? t.fields.find((f) => f.name === 'ID')?.type : undefined;
    // Not read from the descriptors: the family's measured majority (wire-majorities.ts), inferred.
    expect(wireOf(id)).toMatchObject({ how: 'inferred', evidence: 'namespace-majority:rest1:crm.company' });
  });

  it("a list typed by its entity shows the entity's wire forms (crm.company.list's items → crm.company.fields' fields)", () => {
    // crm-company-list.md's example: "ID": "2919"; crm-company-fields.md's example shows descriptors, not values.
    const specs = linkListEntities(
      [specOf('api-reference/crm/companies/crm-company-fields.md'), specOf('api-reference/crm/companies/crm-company-list.md')],
      [],
    );
    const out = linkWireModel(specs, []).specs.find((s) => s.method === 'crm.company.fields')!;
    expect(out.types.some((t) => t.name === 'company_fields')).toBe(true);
    expect(wireOf(fieldType(out, 'company_fields', 'ID'))).toEqual({
      sends: 'numeric-string',
      how: 'read',
      evidence: 'list-response-example:crm.company.list',
    });
  });
});
