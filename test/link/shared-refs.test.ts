/** Shared-type refs no catalogue defines are named once each. */
import { describe, expect, it } from 'vitest';
import { checkSharedRefs } from '../../generator/link/shared-refs.ts';
import { SPEC_VERSION, type TypeCatalogue } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';

const catalogue: TypeCatalogue = {
  specVersion: SPEC_VERSION,
  id: 'rest-types-crm',
  types: [{ name: 'crm_multifield', type: { kind: 'object', fields: [] }, source: { file: 'dt.md', how: 'read' } }],
};
const src = { file: 'a.md', how: 'read' as const };

describe('checkSharedRefs', () => {
  it('is silent when every shared ref is in a catalogue, and names each missing one once with the first file', () => {
    const ok = restSpec('a.get', { result: { type: { kind: 'ref', name: 'crm_multifield', shared: true }, source: src } }, 'a.md');
    expect(checkSharedRefs([ok], [catalogue])).toEqual([]);
    const bad1 = restSpec('b.get', { result: { type: { kind: 'array', items: { kind: 'ref', name: 'nowhere', shared: true } }, source: src } }, 'b.md');
    const bad2 = restSpec(
      'c.get',
      { params: [{ id: 'param:x', name: 'x', type: { kind: 'ref', name: 'nowhere', shared: true }, required: false, source: src }] },
      'c.md',
    );
    expect(checkSharedRefs([ok, bad1, bad2], [catalogue])).toEqual([
      { code: 'unresolved-shared-type', message: 'shared type nowhere is defined by no data-types catalogue', file: 'b.md' },
    ]);
  });

  it('ignores local refs', () => {
    const local = restSpec('a.get', { result: { type: { kind: 'ref', name: 'contact' }, source: src } });
    expect(checkSharedRefs([local], [])).toEqual([]);
  });
});
