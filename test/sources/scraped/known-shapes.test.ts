/** known-shapes.ts: structures recognised by their shape in an example (crm_multifield). */
import { describe, expect, it } from 'vitest';
import type { Field, TypeRef } from '../../../generator/spec/schema.ts';
import { extractShapes, knownShape, shapeOf, type ShapeTypes } from '../../../generator/sources/scraped/known-shapes.ts';

const str: TypeRef = { kind: 'scalar', name: 'string' };
const obj = (...names: string[]): TypeRef => ({
  kind: 'object',
  fields: names.map((name): Field => ({ id: name, name, type: str, required: 'unknown', source: { file: 'p.txt', how: 'inferred' } })),
});

describe('shapeOf', () => {
  it.each([
    ['all four multifield fields', obj('ID', 'VALUE_TYPE', 'VALUE', 'TYPE_ID'), 'crm_multifield'],
    ['the core fields only', obj('VALUE', 'VALUE_TYPE'), 'crm_multifield'],
    ['a core field missing', obj('ID', 'VALUE'), undefined],
    ['a field the shape does not have', obj('VALUE', 'VALUE_TYPE', 'COMMENT'), undefined],
    ['an empty object', obj(), undefined],
    ['a scalar', str, undefined],
  ])('%s → %s', (_name, type, want) => {
    expect(shapeOf(type)?.name).toBe(want);
  });

  it('knows a shape by name, whatever the case', () => {
    expect(knownShape('CRM_MULTIFIELD')?.fields).toEqual(['ID', 'VALUE_TYPE', 'VALUE', 'TYPE_ID']);
    expect(knownShape('address')).toBeUndefined();
  });
});

describe('extractShapes', () => {
  it('replaces a shaped object inside an array field by a ref and declares the type once', () => {
    const declared: ShapeTypes = new Map();
    const contact = obj('NAME');
    if (contact.kind !== 'object') throw new Error('object expected');
    contact.fields.push({
      id: 'PHONE',
      name: 'PHONE',
      type: { kind: 'array', items: obj('VALUE', 'VALUE_TYPE') },
      required: 'unknown',
      source: { file: 'p.txt', how: 'inferred' },
    });
    const out = extractShapes(contact, declared, { file: 'p.txt', how: 'inferred' });
    expect(out.kind === 'object' && out.fields.map((f) => [f.name, f.type])).toEqual([
      ['NAME', str],
      ['PHONE', { kind: 'array', items: { kind: 'ref', name: 'crm_multifield' } }],
    ]);
    expect([...declared.keys()]).toEqual(['crm_multifield']);
  });
});
