/** result.ts: naming the result type after the method, and field ids as paths from their owner. */
import { describe, expect, it } from 'vitest';
import type { TypeRef } from '../../../generator/spec/schema.ts';
import { reId, typeNameFromMethod } from '../../../generator/sources/scraped/result.ts';

describe('typeNameFromMethod', () => {
  it.each([
    ['crm.contact.get', 'contact'],
    ['crm.company.contact.items.get', 'company_contact_items'],
    ['user.get', 'user'],
    ['CRM.Deal.List', 'deal'],
  ])('%s → %s', (method, want) => {
    expect(typeNameFromMethod(method)).toBe(want);
  });
});

describe('reId', () => {
  it('gives every field the path from the owning type: objects by ".", array items by "[]", map values by "{}"', () => {
    const leaf: TypeRef = { kind: 'scalar', name: 'string' };
    const field = (name: string, type: TypeRef) => ({ id: 'x', name, type, required: 'unknown' as const, source: { file: 'p.txt', how: 'read' as const } });
    const t: TypeRef = {
      kind: 'object',
      fields: [
        field('PHONE', { kind: 'array', items: { kind: 'object', fields: [field('VALUE', leaf)] } }),
        field('META', { kind: 'map', keys: 'string', values: { kind: 'object', fields: [field('K', leaf)] } }),
      ],
    };
    const ids: string[] = [];
    const walk = (x: TypeRef): void => {
      if (x.kind === 'object') {
        for (const f of x.fields) {
          ids.push(f.id);
          walk(f.type);
        }
      } else if (x.kind === 'array') walk(x.items);
      else if (x.kind === 'map') walk(x.values);
    };
    walk(reId(t, 'contact'));
    expect(ids).toEqual(['contact.PHONE', 'contact.PHONE[].VALUE', 'contact.META', 'contact.META{}.K']);
  });
});
