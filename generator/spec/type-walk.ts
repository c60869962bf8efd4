/** Structural walks over type references, shared by every pass that rewrites types. */
import type { TypeRef } from './schema.ts';

/**
 * Rebuild a type with `leaf` applied to every leaf (scalar, ref, enum), through arrays, unions,
 * maps and object fields (including the type of additional keys).
 */
export function mapTypeLeaves(t: TypeRef, leaf: (t: TypeRef) => TypeRef): TypeRef {
  switch (t.kind) {
    case 'array':
      return { kind: 'array', items: mapTypeLeaves(t.items, leaf) };
    case 'union':
      return { kind: 'union', anyOf: t.anyOf.map((m) => mapTypeLeaves(m, leaf)) };
    case 'map':
      return { ...t, values: mapTypeLeaves(t.values, leaf) };
    case 'object':
      return {
        ...t,
        fields: t.fields.map((f) => ({ ...f, type: mapTypeLeaves(f.type, leaf) })),
        ...(t.additional ? { additional: mapTypeLeaves(t.additional, leaf) } : {}),
      };
    default:
      return leaf(t);
  }
}
