/** Structural walks over type references, shared by every pass that rewrites types. */
import type { Field, TypeRef } from './schema.ts';

/**
 * Rebuild a type with `leaf` applied to every leaf (scalar, ref, enum), through arrays, unions,
 * maps and object fields (including the type of additional keys); `field`, when given, rewrites each
 * field first (it sees the original field object, so a pass can recognise fields it collected).
 */
export function mapTypeLeaves(t: TypeRef, leaf: (t: TypeRef) => TypeRef, field?: (f: Field) => Field): TypeRef {
  switch (t.kind) {
    case 'array':
      return { kind: 'array', items: mapTypeLeaves(t.items, leaf, field) };
    case 'union':
      return { kind: 'union', anyOf: t.anyOf.map((m) => mapTypeLeaves(m, leaf, field)) };
    case 'map':
      return { ...t, values: mapTypeLeaves(t.values, leaf, field) };
    case 'object':
      return {
        ...t,
        fields: t.fields.map((original) => {
          const f = field ? field(original) : original;
          return { ...f, type: mapTypeLeaves(f.type, leaf, field) };
        }),
        ...(t.additional ? { additional: mapTypeLeaves(t.additional, leaf, field) } : {}),
      };
    default:
      return leaf(t);
  }
}
