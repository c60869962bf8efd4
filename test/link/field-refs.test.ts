/** field-refs.ts: `X.code` references typed by the catalogue structure's field. */
import { describe, expect, it } from 'vitest';
import { typeFieldReference } from '../../generator/link/field-refs.ts';
import type { NamedType, TypeRef } from '../../generator/spec/schema.ts';
import { dottedReference } from '../../generator/sources/yfm/types/vocab.ts';
import { field } from '../support/yfm-corpus.ts';

describe('typeFieldReference', () => {
  it('`X.code` references take the type the catalogue structure gives the field', () => {
    const measure: NamedType = {
      name: 'catalog_measure',
      type: { kind: 'object', fields: [field('code', { kind: 'scalar', name: 'integer' })] },
      source: { file: 'x.md', how: 'read' },
    };
    const code = dottedReference('catalog_measure.code') as TypeRef;
    expect(typeFieldReference(code, new Map([['catalog_measure', measure]]))).toMatchObject({
      kind: 'scalar',
      name: 'integer',
      docType: 'catalog_measure.code',
    });
  });
});
