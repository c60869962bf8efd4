/** Merging a secondary source into the primary: gaps filled, provenance honest, nothing dangling added. */
import { describe, expect, it } from 'vitest';
import { mergeSpecs } from '../../generator/link/merge-specs.ts';
import type { NamedType, TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';

const src = (file: string) => ({ file, how: 'inferred' as const, evidence: 'response-example' });
const obj: TypeRef = { kind: 'object', fields: [] };
const named = (name: string, file: string): NamedType => ({ name, type: obj, source: src(file) });

describe('mergeSpecs: named types from the secondary', () => {
  it('adds a secondary type only where the merged spec refers to it', () => {
    const primary = restSpec(
      'a.list',
      { result: { type: { kind: 'array', items: { kind: 'scalar', name: 'unknown', docType: 'contact' } }, source: src('a.md') } },
      'a.md',
    );
    const secondary = restSpec('a.list', { types: [named('contact', 'a.txt'), named('crm_multifield', 'a.txt')] }, 'a.txt', 'scraped-text');
    // The primary's `contact` is still an unknown name: the link stage borrows the documented one later.
    expect(mergeSpecs(primary, secondary).types).toEqual([]);
  });

  it('takes the secondary result and the types it reaches when the primary documents none', () => {
    const primary = restSpec('a.get', {}, 'a.md');
    const secondary = restSpec(
      'a.get',
      { result: { type: { kind: 'ref', name: 'contact' }, source: src('a.txt') }, types: [named('contact', 'a.txt'), named('other', 'a.txt')] },
      'a.txt',
      'scraped-text',
    );
    const merged = mergeSpecs(primary, secondary);
    expect(merged.result?.type).toEqual({ kind: 'ref', name: 'contact' });
    expect(merged.types.map((t) => t.name)).toEqual(['contact']);
    expect(merged.facts['result']?.file).toBe('a.txt');
  });
});
