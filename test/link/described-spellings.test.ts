/** described-spellings.ts: a shared structure respelled where the field's own row spells its keys another way. */
import { describe, expect, it } from 'vitest';
import { respellDescribedKeys } from '../../generator/link/described-spellings.ts';
import type { Field, MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';
import { field, fieldsOf, readingOf } from '../support/yfm-corpus.ts';
import { linkSpecSet } from '../../generator/link/index.ts';

const fieldNamed = (fields: readonly Field[], name: string): Field => {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe('respellDescribedKeys on real pages', () => {
  it('crm.item.get: `fm` is a list of multifields with the camelCase keys its row names', () => {
    // crm/universal/object-fields.md: fm [`crm_multifield`] "Array of multifields. … - `id` — Unique identifier
    // - `typeId` — Type of multifield - `valueType` — Type of value - `value` — Value"; crm/data-types.md types
    // crm_multifield with ID, TYPE_ID, VALUE, VALUE_TYPE; crm-item-get.md's example sends "fm": [{"id": …, "valueType": …}].
    const set = linkSpecSet(
      ['crm/universal/crm-item-get.md', 'crm/universal/object-fields.md', 'crm/data-types.md'].map((p) => readingOf(`api-reference/${p}`)),
    );
    const s = set.specs.find((x) => x.method === 'crm.item.get')!;
    const item = s.types.find((t) => fieldsOf(t.type).some((f) => f.name === 'fm'))!;
    const fm = fieldNamed(fieldsOf(item.type), 'fm');
    expect(fm.type.kind).toBe('array');
    const inner = fm.type.kind === 'array' ? fm.type.items : fm.type;
    expect(fieldsOf(inner).map((f) => f.name)).toEqual(['id', 'typeId', 'valueType', 'value']);
    // the structure's own types are kept: typeId keeps the PHONE/EMAIL/… values of TYPE_ID
    const typeId = fieldNamed(fieldsOf(inner), 'typeId');
    expect(typeId.type.kind).toBe('enum');
    expect(typeId.source).toMatchObject({ how: 'read', evidence: 'description-keys' });
  });
});

describe('respellDescribedKeys rules', () => {
  const catalogue = {
    specVersion: 2 as const,
    id: 'c',
    types: [
      {
        name: 'pair',
        type: {
          kind: 'object',
          fields: [field('ITEM_ID', { kind: 'scalar', name: 'integer' }), field('VALUE', { kind: 'scalar', name: 'string' })],
        } as TypeRef,
        source: { file: 'types.md', how: 'read' as const },
      },
    ],
  };
  const withField = (description: string): MethodSpec =>
    restSpec('x.get', { params: [{ ...field('p', { kind: 'ref', name: 'pair', shared: true }, description), id: 'param:p', required: false }] });

  it('respells when every described key is a structure key in another spelling', () => {
    const [s] = respellDescribedKeys([withField('A pair: - `itemId` — the item - `value` — its value')], [catalogue as never]);
    expect(fieldsOf(s!.params[0]!.type).map((f) => f.name)).toEqual(['itemId', 'value']);
  });

  it('leaves the ref when the description spells the keys as the structure does, names another key, or names one', () => {
    for (const d of ['- `ITEM_ID` — the item - `VALUE` — its value', '- `itemId` — the item - `other` — something', '- `itemId` — the item']) {
      const spec = withField(d);
      expect(respellDescribedKeys([spec], [catalogue as never])[0]).toBe(spec);
    }
  });
});
