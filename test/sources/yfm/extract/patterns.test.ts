/** patterns.ts: placeholder values, name patterns and custom-field families, alone and on real pages. */
import { describe, expect, it } from 'vitest';
import { customFieldPattern, isNamePattern, isPlaceholderValue, openNamePatterns } from '../../../../generator/sources/yfm/extract/patterns.ts';
import { field, fieldsOf, param, specOf, str } from '../../../support/yfm-corpus.ts';

describe('customFieldPattern', () => {
  it('catalog.product.list: the list prose names the custom-field family (`propertyN` → property*)', () => {
    expect(customFieldPattern('For custom fields `propertyN`, the value format in `filter` depends on…')).toBe('property*');
    expect(customFieldPattern('Possible values: `UF_*`')).toBe('UF_*');
    expect(customFieldPattern('fields such as `gpsN`')).toBeUndefined();
  });
});

describe('3. placeholder values make no closed enum', () => {
  it('recognises placeholders', () => {
    for (const v of ['chatXXX', 'XXX', '...', '<OBJECT_TYPE>', 'U{id}', 'PROPERTY_N', '{ ENTITY_ID: "DEAL_STAGE" }']) expect(isPlaceholderValue(v)).toBe(true);
    for (const v of ['Y', 'N', 'asc', 'USER', '#shared#']) expect(isPlaceholderValue(v)).toBe(false);
  });

  it('im.dialog.get DIALOG_ID (`chatXXX`, `sgXXX`, `XXX`) is a plain string', () => {
    expect(param(specOf('api-reference/chats/im-dialog-get.md'), 'DIALOG_ID').type).toMatchObject({ kind: 'scalar', name: 'string' });
  });

  it('documentgenerator.role.fillaccesses accessCode keeps AU/UA as an open enum', () => {
    const s = specOf('api-reference/document-generator/role/document-generator-role-fill-accesses.md');
    const access = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'accessCode');
    expect(access?.type).toMatchObject({ kind: 'enum', open: true });
    expect(access?.type.kind === 'enum' && access.type.values.map((v) => v.value)).toEqual(['AU', 'UA']);
  });
});

describe('4. name patterns become `additional`', () => {
  it('recognises patterns (gpsN is GPS north, not a family)', () => {
    for (const n of ['UF_...', 'UF_*', 'PARENT_ID_xxx', 'upload{id}', '<selector>', 'PROPERTY_PropertyId']) expect(isNamePattern(n)).toBe(true);
    expect(isNamePattern('propertyN')).toBe(true);
    expect(isNamePattern('gpsN', 'GPS latitude')).toBe(false);
    expect(isNamePattern('UF_CRM_TASK')).toBe(false);
    expect(openNamePatterns([field('ID', str), field('UF_...', { kind: 'scalar', name: 'any' })])).toEqual({
      fields: [field('ID', str)],
      additional: { kind: 'scalar', name: 'any' },
      additionalKeys: ['UF_'],
    });
    // A pattern with no literal prefix opens the object to any key.
    expect(openNamePatterns([field('ID', str), field('<selector>', str)]).additionalKeys).toBeUndefined();
  });

  it('crm.contact.add: no field literally named UF_... or PARENT_ID_...', () => {
    const s = specOf('api-reference/crm/contacts/crm-contact-add.md');
    const t = s.types.find((x) => fieldsOf(x.type).some((f) => f.name === 'NAME'))?.type;
    const names = fieldsOf(t).map((f) => f.name);
    expect(names).not.toContain('UF_...');
    expect(names).not.toContain('PARENT_ID_...');
    expect(t?.kind === 'object' && t.additional).toBeTruthy();
    expect(t?.kind === 'object' && t.additionalKeys).toEqual(['PARENT_ID_', 'UF_']);
  });

  it('catalog.product.add: propertyN is a pattern; catalog.store.add: gpsN stays a field', () => {
    const product = specOf('api-reference/catalog/product/catalog-product-add.md');
    expect(JSON.stringify(product.types)).not.toContain('"name":"propertyN"');
    const store = specOf('api-reference/catalog/store/catalog-store-add.md');
    expect(JSON.stringify(store.types)).toContain('"name":"gpsN"');
  });
});
