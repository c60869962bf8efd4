/** array-shape.ts: whether a bare `array` is a list or a PHP associative array. */
import { describe, expect, it } from 'vitest';
import { arrayShape, reshapeBareArray } from '../../../../generator/sources/yfm/extract/array-shape.ts';
import type { TypeRef } from '../../../../generator/spec/schema.ts';
import { fieldsOf, named, param, specOf } from '../../../support/yfm-corpus.ts';

describe('5. a bare `array` may be a PHP associative array', () => {
  it('decides by the example kinds, then the prose', () => {
    expect(arrayShape('', new Set(['object']))).toBe('map');
    expect(arrayShape('', new Set(['array']))).toBe('list');
    expect(arrayShape('An array where the key is the name of the property', new Set())).toBe('map');
    expect(arrayShape('List of HR system fields', new Set(['array', 'object']))).toBe('list');
    expect(arrayShape('Additional settings', new Set())).toBe('either');
    const any: TypeRef = { kind: 'array', items: { kind: 'scalar', name: 'any' } };
    expect(reshapeBareArray(any, 'either')).toEqual({
      kind: 'union',
      anyOf: [any, { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } }],
    });
  });

  it('app.option.set options and disk.folder.addSubFolder data are objects', () => {
    // "An array where the key is the name of the property to be saved, and the value is the property value": a keyed object.
    expect(param(specOf('api-reference/common/settings/app-option-set.md'), 'options').type).toEqual({
      kind: 'map',
      keys: 'string',
      values: { kind: 'scalar', name: 'any' },
    });
    expect(param(specOf('api-reference/disk/folder/disk-folder-add-subfolder.md'), 'data').type.kind).toBe('object');
  });

  it('lists.add FIELDS is its structure, not a list of it', () => {
    expect(param(specOf('api-reference/lists/lists/lists-add.md'), 'FIELDS').type.kind).toBe('ref');
  });

  it('humanresources.hcmlink.company.add fields.fields stays a list (a nested `fields` list, not the outer object)', () => {
    const s = specOf('api-reference/sign/hcm-link/humanresources-hcmlink-company-add.md');
    const inner = fieldsOf(named(s, 'fields').type).find((f) => f.name === 'fields');
    expect(inner?.type.kind).toBe('array');
  });
});
