/**
 * Structures the docs declare once for a whole section (crm/data-types.md) and that the scrape can only
 * show by their shape in a response example. Recognising the shape lets every use share one named type.
 */
import type { Field, NamedType, Provenance, TypeRef } from '../../spec/schema.ts';
import { fieldId } from '../../spec/ids.ts';
import { mergeTypes } from '../common/infer-json-type.ts';

export interface KnownShape {
  name: string;
  description: string;
  /** Field names in documented order. */
  fields: readonly string[];
  /** Fields an example must show for the shape to be recognised. */
  core: readonly string[];
}

export const KNOWN_SHAPES: readonly KnownShape[] = [
  {
    name: 'crm_multifield',
    description: 'A value of a multiple contact field (PHONE, EMAIL, WEB, IM, LINK): one phone number, e-mail, site, messenger or link',
    fields: ['ID', 'VALUE_TYPE', 'VALUE', 'TYPE_ID'],
    core: ['VALUE', 'VALUE_TYPE'],
  },
];

/** The known shape an object type has: only shape fields, including its core ones. */
export function shapeOf(type: TypeRef): KnownShape | undefined {
  if (type.kind !== 'object' || type.fields.length === 0) return undefined;
  const names = new Set(type.fields.map((f) => f.name));
  return KNOWN_SHAPES.find((s) => s.core.every((c) => names.has(c)) && [...names].every((n) => s.fields.includes(n)));
}

/** The shape called `name`, if the toolkit knows it. */
export function knownShape(name: string): KnownShape | undefined {
  return KNOWN_SHAPES.find((s) => s.name === name.toLowerCase());
}

/** Declared shape types, collected while walking the types that use them. */
export type ShapeTypes = Map<string, NamedType>;

/**
 * Replace every object of a known shape inside `type` by a ref to its named type, declaring (or
 * widening) that type in `declared`. Field order of the shared type follows the shape's documented order.
 */
export function extractShapes(type: TypeRef, declared: ShapeTypes, source: Provenance): TypeRef {
  switch (type.kind) {
    case 'array':
      return { kind: 'array', items: extractShapes(type.items, declared, source) };
    case 'map':
      return { ...type, values: extractShapes(type.values, declared, source) };
    case 'union':
      return { kind: 'union', anyOf: type.anyOf.map((t) => extractShapes(t, declared, source)) };
    case 'object': {
      const shape = shapeOf(type);
      if (shape) {
        declareShape(shape, type, declared, source);
        return { kind: 'ref', name: shape.name };
      }
      return { ...type, fields: type.fields.map((f) => ({ ...f, type: extractShapes(f.type, declared, source) })) };
    }
    default:
      return type;
  }
}

/** Declare a shape type from what an example showed, or from the shape's field list when no example did. */
export function declareShape(shape: KnownShape, seen: TypeRef | undefined, declared: ShapeTypes, source: Provenance): void {
  const prev = declared.get(shape.name);
  const fromShape: TypeRef = {
    kind: 'object',
    fields: shape.fields.map((name) => ({ id: fieldId(shape.name, name), name, type: { kind: 'scalar', name: 'unknown' }, required: 'unknown', source })),
  };
  let merged: TypeRef = prev ? prev.type : fromShape;
  if (seen) merged = mergeTypes(merged, seen);
  declared.set(shape.name, {
    name: shape.name,
    description: shape.description,
    type: orderFields(merged, shape, source),
    source: prev?.source ?? source,
  });
}

function orderFields(type: TypeRef, shape: KnownShape, source: Provenance): TypeRef {
  if (type.kind !== 'object') return type;
  const byName = new Map(type.fields.map((f) => [f.name, f] as const));
  const ordered: Field[] = shape.fields.map(
    (name) => byName.get(name) ?? { id: fieldId(shape.name, name), name, type: { kind: 'scalar', name: 'unknown' }, required: 'unknown', source },
  );
  const extra = type.fields.filter((f) => !shape.fields.includes(f.name));
  return { kind: 'object', fields: [...ordered, ...extra] };
}
