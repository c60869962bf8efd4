/**
 * `entity.field` reference types whose key is not the id (`catalog_measure.code`): the vocabulary can only
 * guess `string` for them; the entity's structure on a data-types page says what the field really is.
 */
import type { MethodSpec, NamedType, TypeCatalogue, TypeRef } from '../../../spec/schema.ts';

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
  switch (t.kind) {
    case 'scalar': {
      const name = t.docType && t.format === 'id' ? fieldScalar(structures, t.docType) : null;
      return name && name !== t.name ? { ...t, name } : t;
    }
    case 'array':
      return { kind: 'array', items: typeFieldReference(t.items, structures) };
    case 'union':
      return { kind: 'union', anyOf: t.anyOf.map((m) => typeFieldReference(m, structures)) };
    case 'map':
      return { ...t, values: typeFieldReference(t.values, structures) };
    case 'object':
      return { ...t, fields: t.fields.map((f) => ({ ...f, type: typeFieldReference(f.type, structures) })), ...(t.additional ? { additional: typeFieldReference(t.additional, structures) } : {}) };
    default:
      return t;
  }
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
