/** Merging a secondary source into the primary: gaps filled, provenance honest, nothing dangling added. */
import { describe, expect, it } from 'vitest';
import { mergeSpecs } from '../../generator/link/merge-specs.ts';
import type { MethodSpec, NamedType, TypeRef } from '../../generator/spec/schema.ts';
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

describe('mergeSpecs: markdown and scraped text', () => {
  const src = { file: 'x.md', line: 1, how: 'read' as const };
  const spec = (over: Partial<MethodSpec>) => restSpec('crm.contact.get', { sources: [{ path: 'x.md', reader: 'yfm-markdown', sha256: 'ab' }], ...over });

  it('keeps the markdown facts and fills gaps from scraped evidence, recording provenance', () => {
    const md = spec({
      params: [{ id: 'param:id', name: 'id', type: { kind: 'scalar', name: 'unknown' }, required: true, source: src }],
    });
    const scraped = spec({
      sources: [{ path: 'seeds/crm.contact.get.txt', reader: 'scraped-text', sha256: 'cd' }],
      params: [
        {
          id: 'param:ID',
          name: 'ID',
          type: { kind: 'scalar', name: 'integer' },
          required: true,
          source: { file: 'seeds/crm.contact.get.txt', line: 20, how: 'inferred', evidence: 'request-example' },
        },
      ],
      result: { type: { kind: 'ref', name: 'contact' }, source: { file: 'seeds/crm.contact.get.txt', line: 90, how: 'inferred' } },
    });
    const merged = mergeSpecs(md, scraped);
    expect(merged.params).toHaveLength(1);
    expect(merged.params[0]!.name).toBe('id');
    expect(merged.params[0]!.type).toEqual({ kind: 'scalar', name: 'integer' });
    expect(merged.facts['param:id.type']!.file).toBe('seeds/crm.contact.get.txt');
    expect(merged.result?.type).toEqual({ kind: 'ref', name: 'contact' });
    expect(merged.sources.map((s) => s.reader)).toEqual(['yfm-markdown', 'scraped-text']);
  });
});
