/** list-entity-plans.ts: where a list's item sits in a result, and which structures describe fields. */
import { describe, expect, it } from 'vitest';
import { fieldsFromExample, findItem, isFieldDescriptor } from '../../generator/link/list-entity-plans.ts';
import type { TypeRef } from '../../generator/spec/schema.ts';
import { field, str } from '../support/yfm-corpus.ts';

describe('findItem and isFieldDescriptor', () => {
  it('recognises wrappers, lists and field descriptions', () => {
    const item: TypeRef = { kind: 'object', fields: [field('id', str), field('name', str)] };
    const none = () => undefined;
    expect(findItem({ kind: 'object', fields: [field('payment', item)] }, none)?.path).toEqual(['payment']);
    expect(findItem({ kind: 'object', fields: [field('items', { kind: 'array', items: item })] }, none)?.path).toEqual(['items']);
    expect(findItem({ kind: 'object', fields: [field('payment', { kind: 'object', fields: [], additional: str })] }, none)).toBeNull();
    expect(findItem({ kind: 'object', fields: [field('bot', item), field('user', item)] }, none, 'bot')?.path).toEqual(['bot']);
    expect(isFieldDescriptor([field('type', str), field('isRequired', str), field('isReadOnly', str), field('title', str)])).toBe(true);
    expect(isFieldDescriptor([field('ID', str), field('TITLE', str), field('TYPE_ID', str)])).toBe(false);
  });
});

describe('fieldsFromExample', () => {
  it('types described fields through the vocabulary, and a word outside it as unknown with the word kept', () => {
    const src = { file: 'api/x-fields.md', how: 'read' as const };
    const json = { result: { ID: { type: 'integer', isReadOnly: true }, TAGS: { type: 'string', isMultiple: true }, GEO: { type: 'geo_point' } } };
    const fields = fieldsFromExample([{ id: 'example:1', kind: 'response', json, source: src }]);
    expect(fields?.map((f) => [f.name, f.type])).toEqual([
      ['ID', { kind: 'scalar', name: 'integer' }],
      ['TAGS', { kind: 'array', items: { kind: 'scalar', name: 'string' } }],
      ['GEO', { kind: 'scalar', name: 'unknown', docType: 'geo_point' }],
    ]);
    expect(fields?.[0]?.readOnly).toBe(true);
  });
});

describe('findItem through a map of field descriptions', () => {
  it('finds the item in the table the map\'s keys are the fields of (crm.category.fields: "`field_N` is the identifier of the [object field](#fields)")', () => {
    const item: TypeRef = { kind: 'object', fields: [field('id', str), field('name', str)] };
    const resolve = (r: { name: string }) => (r.name === 'fields' ? item : undefined);
    const map: TypeRef = { kind: 'map', keys: 'string', values: { kind: 'ref', name: 'crm_rest_field_description', shared: true }, keysOf: 'fields' };
    expect(findItem(map, resolve)).toEqual({ at: { kind: 'ref', name: 'fields' }, fields: item.fields, path: [] });
    // A map whose keys no table lists holds no item.
    expect(findItem({ kind: 'map', keys: 'string', values: item }, resolve)).toBeNull();
  });
});
