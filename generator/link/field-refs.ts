/**
 * `entity.field` reference types whose key is not the id (`catalog_measure.code`): the vocabulary can only
 * guess `string` for them; the entity's structure on a data-types page says what the field really is.
 */
import type { MethodSpec, NamedType, TypeCatalogue, TypeRef } from '../spec/schema.ts';
import { mapTypeLeaves } from '../spec/type-walk.ts';

/** The primitive a catalogue structure gives field `key` of `entity`, when it gives a plain scalar. */
function fieldScalar(structures: ReadonlyMap<string, NamedType>, docType: string): 'string' | 'integer' | 'number' | null {
  const m = /^([A-Za-z][\w]*)\.([A-Za-z_]+)$/.exec(docType);
  if (!m || /^id$/i.test(m[2] ?? '')) return null;
  const t = structures.get(m[1] ?? '')?.type;
  if (t?.kind !== 'object') return null;
  const f = t.fields.find((x) => x.name.toLowerCase() === (m[2] ?? '').toLowerCase());
  if (f?.type.kind !== 'scalar') return null;
  const n = f.type.name;
  return n === 'string' || n === 'integer' || n === 'number' ? n : null;
}

/** A type with its non-id `entity.field` references typed as the catalogue structure types that field. */
export function typeFieldReference(t: TypeRef, structures: ReadonlyMap<string, NamedType>): TypeRef {
  return mapTypeLeaves(t, (leaf) => {
    if (leaf.kind !== 'scalar') return leaf;
    const name = leaf.docType && leaf.format === 'id' ? fieldScalar(structures, leaf.docType) : null;
    return name && name !== leaf.name ? { ...leaf, name } : leaf;
  });
}

/** Every spec with its `entity.field` references typed from the shared catalogues (see `typeFieldReference`). */
export function typeFieldReferences(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): MethodSpec[] {
  const structures = new Map<string, NamedType>();
  for (const c of catalogues) for (const t of c.types) if (!structures.has(t.name)) structures.set(t.name, t);
  const fix = (t: TypeRef) => typeFieldReference(t, structures);
  return specs.map((s) => ({
    ...s,
    params: s.params.map((p) => ({ ...p, type: fix(p.type) })),
    result: s.result ? { ...s.result, type: fix(s.result.type) } : null,
    types: s.types.map((t) => ({ ...t, type: fix(t.type) })),
  }));
}
