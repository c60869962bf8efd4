/** A type a page names but does not define is borrowed from the sibling that does. */
import { describe, expect, it } from 'vitest';
import { borrowSiblingTypes } from '../../generator/link/borrow-types.ts';
import type { NamedType, TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';

const src = (file: string) => ({ file, how: 'read' as const });
const unknownNamed = (docType: string): TypeRef => ({ kind: 'scalar', name: 'unknown', docType });
const contact: NamedType = {
  name: 'contact',
  type: {
    kind: 'object',
    fields: [{ id: 'contact.PHONE', name: 'PHONE', type: { kind: 'array', items: { kind: 'ref', name: 'phone' } }, required: false, source: src('get.md') }],
  },
  source: src('get.md'),
};
const phone: NamedType = { name: 'phone', type: { kind: 'object', fields: [] }, source: src('get.md') };

describe('borrowSiblingTypes', () => {
  const get = restSpec('crm.contact.get', { types: [contact, phone], result: { type: { kind: 'ref', name: 'contact' }, source: src('get.md') } }, 'get.md');
  const list = restSpec('crm.contact.list', { result: { type: { kind: 'array', items: unknownNamed('contact') }, source: src('list.md') } }, 'list.md');

  it("gives the list the get page's contact and the types it refers to, and says so", () => {
    const { specs, warnings } = borrowSiblingTypes([get, list]);
    const out = specs.find((s) => s.method === 'crm.contact.list')!;
    expect(out.result?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'contact' } });
    expect(out.types.map((t) => t.name)).toEqual(['contact', 'phone']);
    // Provenance keeps pointing at the page that documents the type.
    expect(out.types[0]!.source.file).toBe('get.md');
    expect(warnings).toEqual([{ code: 'type-borrowed', message: 'crm.contact.list: type contact taken from crm.contact.get', file: 'list.md' }]);
    expect(specs.find((s) => s.method === 'crm.contact.get')).toBe(get);
  });

  it('leaves a name no sibling defines as it was', () => {
    const lone = restSpec('crm.other.list', { result: { type: unknownNamed('thing'), source: src('o.md') } });
    expect(borrowSiblingTypes([get, lone]).specs[1]).toBe(lone);
  });

  it('does not look outside the namespace of the method', () => {
    const far = restSpec('tasks.contact.list', { result: { type: unknownNamed('contact'), source: src('t.md') } });
    expect(borrowSiblingTypes([get, far]).specs[1]!.result?.type).toEqual(unknownNamed('contact'));
  });
});
