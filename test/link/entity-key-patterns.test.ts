/** entity-key-patterns.ts: get/list records take the key patterns their entity's fields page documents. */
import { describe, expect, it } from 'vitest';
import { carryEntityKeyPatterns } from '../../generator/link/entity-key-patterns.ts';
import { linkSpecSet } from '../../generator/link/index.ts';
import type { TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';
import { field, readingOf } from '../support/yfm-corpus.ts';

describe('carryEntityKeyPatterns on real pages', () => {
  it('crm.contact.get: the contact record admits UF_… and PARENT_ID_… keys', () => {
    // crm-contact-fields.md:781 "||**UF_...** | Custom fields", :786 "||**PARENT_ID_...** | Relationship fields";
    // crm-contact-get.md's own `### contact` table lists neither, its example sends "UF_CRM_1720697698689" and "PARENT_ID_1224".
    const set = linkSpecSet(['crm-contact-get.md', 'crm-contact-fields.md'].map((p) => readingOf(`api-reference/crm/contacts/${p}`)));
    const get = set.specs.find((s) => s.method === 'crm.contact.get')!;
    const contact = get.types.find((t) => t.name === 'contact')!;
    expect(contact.type).toMatchObject({ kind: 'object', additionalKeys: ['PARENT_ID_', 'UF_'] });
    expect(get.facts['contact.additional']).toMatchObject({
      file: 'api-reference/crm/contacts/crm-contact-fields.md',
      how: 'inferred',
      evidence: 'entity-fields-page',
    });
  });
});

describe('carryEntityKeyPatterns rules', () => {
  const int: TypeRef = { kind: 'scalar', name: 'integer' };
  const record = (names: string[]): Extract<TypeRef, { kind: 'object' }> => ({ kind: 'object', fields: names.map((n) => field(n, int)) });
  const entity: TypeRef = { ...record(['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY']), additional: { kind: 'scalar', name: 'any' }, additionalKeys: ['UF_'] };
  const fields = restSpec('x.thing.fields', { result: { type: entity, source: { file: 'f.md', how: 'read' } } });

  it('opens a list item that shares most fields with the entity', () => {
    const list = restSpec('x.thing.list', {
      result: { type: { kind: 'array', items: record(['ID', 'TITLE', 'STAGE_ID', 'OTHER']) }, source: { file: 'l.md', how: 'read' } },
    });
    const [, out] = carryEntityKeyPatterns([fields, list], []);
    expect(out!.result!.type).toMatchObject({ kind: 'array', items: { additionalKeys: ['UF_'] } });
  });

  it('leaves records of another shape, other verbs and other namespaces alone', () => {
    const other = restSpec('x.thing.get', { result: { type: record(['A', 'B', 'C', 'D']), source: { file: 'g.md', how: 'read' } } });
    const add = restSpec('x.thing.add', { result: { type: record(['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY']), source: { file: 'a.md', how: 'read' } } });
    const far = restSpec('y.thing.get', { result: { type: record(['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY']), source: { file: 'y.md', how: 'read' } } });
    const out = carryEntityKeyPatterns([fields, other, add, far], []);
    expect(out.slice(1)).toEqual([other, add, far]);
  });
});
