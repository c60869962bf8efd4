/** The ref closure the link passes share. */
import { describe, expect, it } from 'vitest';
import { localRefNames, reachableTypes, refsOf } from '../../generator/link/type-refs.ts';
import type { NamedType, TypeRef } from '../../generator/spec/schema.ts';

const src = { file: 'f.md', how: 'read' as const };
const ref = (name: string, shared?: boolean): TypeRef => ({ kind: 'ref', name, ...(shared ? { shared } : {}) });
const named = (name: string, type: TypeRef): NamedType => ({ name, type, source: src });
const obj = (...fields: Array<[string, TypeRef]>): TypeRef => ({
  kind: 'object',
  fields: fields.map(([name, type]) => ({ id: name, name, type, required: false, source: src })),
});

describe('refsOf / localRefNames', () => {
  it('finds refs in arrays, unions, maps, object fields and additional keys; shared refs are not local', () => {
    const t: TypeRef = {
      kind: 'union',
      anyOf: [
        { kind: 'array', items: ref('a') },
        { kind: 'map', values: ref('b') },
        { ...(obj(['x', ref('c')]) as object), additional: ref('d') } as TypeRef,
        ref('m', true),
      ],
    };
    expect(refsOf(t).map((r) => r.name)).toEqual(['a', 'b', 'c', 'd', 'm']);
    expect([...localRefNames(t)]).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('reachableTypes', () => {
  const pool = [named('contact', obj(['PHONE', ref('phone')])), named('phone', obj(['V', { kind: 'scalar', name: 'string' }])), named('unused', obj())];
  it('gives the types the roots reach, through other types, and nothing else', () => {
    expect(reachableTypes([{ kind: 'array', items: ref('contact') }], pool).map((t) => t.name)).toEqual(['contact', 'phone']);
    expect(reachableTypes([{ kind: 'scalar', name: 'unknown', docType: 'contact' }], pool)).toEqual([]);
  });
  it('survives cycles', () => {
    const cyclic = [named('a', obj(['b', ref('b')])), named('b', obj(['a', ref('a')]))];
    expect(reachableTypes([ref('a')], cyclic).map((t) => t.name)).toEqual(['a', 'b']);
  });
});
