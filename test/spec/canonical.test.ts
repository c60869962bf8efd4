import { describe, expect, it } from 'vitest';
import { canonicalSpec, canonicalType, compareNatural, compareWarnings } from '../../generator/spec/canonical.ts';
import type { MethodSpec, Provenance, TypeRef, Warning } from '../../generator/spec/schema.ts';
import { specSetToFiles } from '../../generator/spec/spec-set.ts';
import { specSetOfPage } from './page.ts';

const source: Provenance = { file: 'x.md', line: 1, how: 'read' };
const str: TypeRef = { kind: 'scalar', name: 'string' };

/** The fixture page's spec. */
function pageSpec(): MethodSpec {
  return specSetOfPage().specs[0]!;
}

/** A deterministic reversal plus rotation: every collection of 2+ elements comes out in another order. */
function shuffle<T>(xs: readonly T[]): T[] {
  const r = [...xs].reverse();
  return r.length > 2 ? [...r.slice(1), r[0]!] : r;
}

describe('compareNatural', () => {
  it.each([
    ['request:2', 'request:10', -1],
    ['request:10', 'request:2', 1],
    ['error:1', 'request:1', -1],
    ['response:curl', 'response:curl-2', -1],
    ['a', 'a', 0],
  ])('%s vs %s', (a, b, want) => {
    expect(Math.sign(compareNatural(a, b))).toBe(want);
  });
});

describe('compareWarnings', () => {
  it('orders by file, code, message, and only then line', () => {
    const w = (file: string, code: string, message: string, line: number): Warning => ({ file, code, message, line });
    const given = [w('b.md', 'a', 'm', 1), w('a.md', 'z', 'm', 1), w('a.md', 'a', 'n', 1), w('a.md', 'a', 'm', 9), w('a.md', 'a', 'm', 2)];
    expect([...given].sort(compareWarnings)).toEqual([given[4], given[3], given[2], given[1], given[0]]);
  });
});

describe('canonicalSpec', () => {
  it('sorts the set-like collections and keeps the documented order of params and fields', () => {
    const given: MethodSpec = {
      ...pageSpec(),
      scope: ['task', 'crm'],
      seeAlso: ['crm.lead.get', 'crm.contact.add'],
      facts: { title: source, access: source, 'param:id.type': source },
      params: [
        { id: 'param:id', name: 'id', type: str, required: true, aliases: ['ID', 'Id'], source },
        {
          id: 'param:fields',
          name: 'fields',
          type: {
            kind: 'object',
            fields: [
              { id: 'f.Z', name: 'Z', type: str, required: true, source },
              { id: 'f.A', name: 'A', type: str, required: true, source },
            ],
            additionalKeys: ['UF_', 'PARENT_ID_'],
          },
          required: true,
          source,
        },
      ],
      errors: [
        { id: 'error:msg:not-found', code: null, status: null, message: 'Not found', source },
        { id: 'error:ACCESS_DENIED', code: 'ACCESS_DENIED', status: 403, message: null, source },
      ],
      examples: [
        { id: 'request:10', kind: 'request', source },
        { id: 'response:1', kind: 'response', source },
        { id: 'request:2', kind: 'request', source },
      ],
      sources: [
        { path: 'seeds/b.txt', reader: 'scraped-text', sha256: 'b' },
        { path: 'api/a.md', reader: 'yfm-markdown', sha256: 'a' },
      ],
    };
    const got = canonicalSpec(given);
    expect(got.scope).toEqual(['crm', 'task']);
    expect(got.seeAlso).toEqual(['crm.contact.add', 'crm.lead.get']);
    expect(Object.keys(got.facts)).toEqual(['access', 'param:id.type', 'title']);
    expect(got.params.map((p) => p.name)).toEqual(['id', 'fields']);
    expect(got.params[0]!.aliases).toEqual(['ID', 'Id']);
    const fields = got.params[1]!.type;
    expect(fields.kind === 'object' && fields.fields.map((f) => f.name)).toEqual(['Z', 'A']);
    expect(fields.kind === 'object' && fields.additionalKeys).toEqual(['PARENT_ID_', 'UF_']);
    expect(got.errors.map((e) => e.id)).toEqual(['error:ACCESS_DENIED', 'error:msg:not-found']);
    expect(got.examples.map((e) => e.id)).toEqual(['request:2', 'request:10', 'response:1']);
    // Sources are not a set: the primary (the page the spec is cited by) stays first.
    expect(got.sources.map((s) => s.path)).toEqual(['seeds/b.txt', 'api/a.md']);
  });

  it('keeps enum values and union members in the order the docs write them', () => {
    const given: TypeRef = {
      kind: 'union',
      anyOf: [
        { kind: 'enum', base: 'string', values: [{ value: 'Y' }, { value: 'N' }], open: false },
        { kind: 'array', items: str },
      ],
    };
    expect(canonicalType(given)).toEqual(given);
  });

  it('is idempotent', () => {
    const once = canonicalSpec(pageSpec());
    expect(canonicalSpec(once)).toEqual(once);
  });

  it('gives byte-identical files whatever order the set-like collections arrive in', () => {
    const spec = pageSpec();
    // The fixture must exercise every reordered collection, or the comparison below proves little.
    expect(spec.errors.length).toBeGreaterThan(1);
    expect(spec.examples.length).toBeGreaterThan(1);
    expect(Object.keys(spec.facts).length).toBeGreaterThan(1);
    expect(spec.warnings.length).toBeGreaterThan(1);
    const extra = { seeAlso: ['crm.contact.list', 'crm.contact.add', 'crm.contact.update'], scope: ['crm', 'user', 'basic'] };
    const shuffled: MethodSpec = {
      ...spec,
      ...extra,
      scope: shuffle(extra.scope),
      seeAlso: shuffle(extra.seeAlso),
      errors: shuffle(spec.errors),
      examples: shuffle(spec.examples),
      facts: Object.fromEntries(shuffle(Object.entries(spec.facts))),
      warnings: shuffle(spec.warnings),
      types: shuffle(spec.types),
    };
    const plain: MethodSpec = { ...spec, ...extra };
    const files = (s: MethodSpec) => [...specSetToFiles({ specs: [s], errorCatalogues: [], typeCatalogues: [], pages: [] }).entries()];
    expect(files(shuffled)).toEqual(files(plain));
  });
});
