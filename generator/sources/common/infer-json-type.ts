/** Infer spec types from documented JSON examples: the evidence left when a page lost its type lines. */
import type { Field, Provenance, TypeRef } from '../../spec/schema.ts';
import { fieldId, itemsPath, valuesPath } from '../../spec/ids.ts';
import { compareStrings } from '../../spec/serialize.ts';

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER_STRING = /^-?\d{1,15}$/;
const DECIMAL_STRING = /^-?\d+\.\d+$/;

export interface InferOptions {
  /** Provenance given to every inferred field (how: 'inferred'). */
  source: Provenance;
  /** Bitrix sends numbers and flags as strings: "43", "Y". Keep the wire type (string) but note the format. */
  stringFormats?: boolean;
  /** An object whose keys are all integers (`{"37": {…}, "39": {…}}`) is keyed by ids: a map, not fields named "37". */
  idKeyedMaps?: boolean;
}

/** The type a JSON value shows. `null` alone says nothing about the real type: it gives `unknown` plus null. */
export function inferJsonType(value: unknown, idPrefix: string, opts: InferOptions): TypeRef {
  if (value === null || value === undefined) return { kind: 'scalar', name: 'unknown' };
  if (typeof value === 'boolean') return { kind: 'scalar', name: 'boolean' };
  if (typeof value === 'number') return { kind: 'scalar', name: Number.isInteger(value) ? 'integer' : 'number' };
  if (typeof value === 'string') return inferStringType(value, opts.stringFormats ?? true);
  if (Array.isArray(value)) return { kind: 'array', items: inferArrayItems(value, itemsPath(idPrefix), opts) };
  const obj = value as Record<string, unknown>;
  if (opts.idKeyedMaps && isKeyedByIds(obj)) return { kind: 'map', keys: 'integer', values: inferArrayItems(Object.values(obj), valuesPath(idPrefix), opts) };
  return { kind: 'object', fields: inferFields(obj, idPrefix, opts) };
}

/** Every key is an integer: the keys are ids (data), not field names. */
export function isKeyedByIds(obj: Record<string, unknown>): boolean {
  const keys = Object.keys(obj);
  return keys.length > 0 && keys.every((k) => /^\d+$/.test(k));
}

/** Fields of a JSON object, in the example's own order. Required-ness is not evidenced by an example. */
export function inferFields(obj: Record<string, unknown>, idPrefix: string, opts: InferOptions): Field[] {
  return Object.entries(obj).map(([name, v]) => ({
    id: fieldId(idPrefix, name),
    name,
    type: v === null ? { kind: 'scalar', name: 'unknown' } : inferJsonType(v, fieldId(idPrefix, name), opts),
    required: 'unknown' as const,
    source: opts.source,
  }));
}

function inferStringType(value: string, formats: boolean): TypeRef {
  if (!formats) return { kind: 'scalar', name: 'string' };
  if (ISO_DATETIME.test(value)) return { kind: 'scalar', name: 'string', format: 'datetime' };
  if (ISO_DATE.test(value)) return { kind: 'scalar', name: 'string', format: 'date' };
  if (value === 'Y' || value === 'N') return { kind: 'scalar', name: 'string', format: 'yn' };
  if (INTEGER_STRING.test(value)) return { kind: 'scalar', name: 'string', format: 'id' };
  if (DECIMAL_STRING.test(value)) return { kind: 'scalar', name: 'string', format: 'double' };
  return { kind: 'scalar', name: 'string' };
}

/** Merge what every element of an array shows: objects merge their fields, differing scalars form a union. */
function inferArrayItems(items: unknown[], idPrefix: string, opts: InferOptions): TypeRef {
  const nonNull = items.filter((v) => v !== null && v !== undefined);
  if (nonNull.length === 0) return { kind: 'scalar', name: 'unknown' };
  return nonNull.map((v) => inferJsonType(v, idPrefix, opts)).reduce((a, b) => mergeTypes(a, b));
}

/** Least upper bound of two inferred types (objects merge fields; anything else differing becomes a union). */
export function mergeTypes(a: TypeRef, b: TypeRef): TypeRef {
  if (a.kind === 'scalar' && a.name === 'unknown') return b;
  if (b.kind === 'scalar' && b.name === 'unknown') return a;
  if (a.kind === 'object' && b.kind === 'object') {
    const merged = new Map<string, Field>();
    for (const f of [...a.fields, ...b.fields]) {
      const prev = merged.get(f.name);
      merged.set(f.name, prev ? { ...prev, type: mergeTypes(prev.type, f.type) } : f);
    }
    return { kind: 'object', fields: [...merged.values()] };
  }
  if (a.kind === 'array' && b.kind === 'array') return { kind: 'array', items: mergeTypes(a.items, b.items) };
  if (a.kind === 'map' && b.kind === 'map' && a.keys === b.keys) return { ...a, values: mergeTypes(a.values, b.values) };
  // An id-keyed map shown empty once (`"FILES": {}`) is the same map.
  if (a.kind === 'map' && b.kind === 'object' && b.fields.length === 0) return a;
  if (b.kind === 'map' && a.kind === 'object' && a.fields.length === 0) return b;
  if (a.kind === 'scalar' && b.kind === 'scalar' && a.name === b.name) {
    return a.format === b.format ? a : { kind: 'scalar', name: a.name };
  }
  const members = [...(a.kind === 'union' ? a.anyOf : [a]), ...(b.kind === 'union' ? b.anyOf : [b])];
  const unique = new Map(members.map((m) => [JSON.stringify(m), m]));
  const anyOf = [...unique.entries()].sort(([x], [y]) => compareStrings(x, y)).map(([, m]) => m);
  return anyOf.length === 1 ? anyOf[0]! : { kind: 'union', anyOf };
}
