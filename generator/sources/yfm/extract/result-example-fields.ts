/**
 * Results whose fields the page gives only in its success example. A Returned Data table often says no
 * more than "`result` `object` — Root element of the response" (or `item` `object` under it, or `array`,
 * Bitrix's word for a PHP associative array too), while the example right above shows every key the
 * method sends: `{"result": {"id": 999}}`. What the table leaves open, the example fills: fields, list
 * items, map values, typed as the example shows them (wire form: `"43"` is a numeric string), each with
 * `how: 'inferred'`, evidence `response-example`. What the table types is kept as it is; an open object
 * stays open (`additional` kept: a `select` may bring more than the example shows).
 */
import type { Provenance, TypeRef } from '../../../spec/schema.ts';
import { fieldId, itemsPath, valuesPath } from '../../../spec/ids.ts';
import { inferFields, inferJsonType, isKeyedByIds, mergeTypes, type InferOptions } from '../../common/infer-json-type.ts';
import { isRecord } from './result-wrapper.ts';

/** Where the filled facts come from: the success example's provenance (file, line). */
export interface ExampleFill {
  source: Provenance;
  /**
   * Fill a page-local named type the result refers to with the value shown at that place (the caller keeps
   * the filled type; a type met twice keeps its first fill). Absent: refs are left as they are.
   */
  fillRef?(name: string, fill: (t: TypeRef) => TypeRef): void;
  /** Whether a ref names a structure no page defines (no catalogue, no page type): it says no more than `object`. */
  isUndefined?(ref: Extract<TypeRef, { kind: 'ref' }>): boolean;
}

/** `array` with nothing said of its items (`array`, `object[]`, `any[]`; not `{[key]: number}[]`). */
const isPlainArray = (t: TypeRef): boolean => t.kind === 'array' && (isBlank(t.items) || isOpenObject(t.items));

/** How example values are typed: the wire form (`"43"` a numeric string), objects keyed by ids as maps. */
const inferring = (source: Provenance): InferOptions => ({ source, stringFormats: true, idKeyedMaps: true });

/** Evidence of the facts filled from the success example. */
export const FROM_EXAMPLE = 'response-example';

/** `any`/`unknown`: a type that says nothing (a file's `binary` says it is a file, and stays). */
function isBlank(t: TypeRef | undefined): boolean {
  return t === undefined || (t.kind === 'scalar' && (t.name === 'any' || t.name === 'unknown') && t.format !== 'binary');
}

/** An object the table leaves open: no field, and nothing said of its keys' values. */
function isOpenObject(t: TypeRef): boolean {
  return t.kind === 'object' && t.fields.length === 0 && isBlank(t.additional);
}

/** The one type every value of a list or map shows (objects merge their fields). */
function mergedType(values: readonly unknown[], path: string, source: Provenance): TypeRef | null {
  const types = values.filter((v) => v !== null && v !== undefined).map((v) => inferJsonType(v, path, inferring(source)));
  if (types.length === 0) return null;
  const merged = types.reduce((a, b) => mergeTypes(a, b));
  return isBlank(merged) ? null : merged;
}

/** The object an example value shows for an open object: its fields, or a map when its keys are ids. */
function objectFromExample(v: Record<string, unknown>, path: string, at: ExampleFill, additional: TypeRef | undefined): TypeRef | null {
  if (Object.keys(v).length === 0) return null;
  const source: Provenance = { ...at.source, how: 'inferred', evidence: FROM_EXAMPLE };
  // The keys of `{"1": 735, "2": 731}` are data (ids), not field names.
  if (isKeyedByIds(v)) {
    const values = mergedType(Object.values(v), valuesPath(path), source);
    return values ? { kind: 'map', keys: 'integer', values } : null;
  }
  const fields = inferFields(withoutEnvelope(v), path, inferring(source));
  if (fields.length === 0) return null;
  return { kind: 'object', fields, ...(additional ? { additional } : {}) };
}

/** The example minus a `time` envelope a brace too few put inside `result` (crm.activity.configurable.add). */
function withoutEnvelope(v: Record<string, unknown>): Record<string, unknown> {
  const time = v['time'];
  if (!isRecord(time) || !('start' in time) || !('finish' in time)) return v;
  const { time: _envelope, ...rest } = v;
  return rest;
}

/**
 * The documented type `t` with what the example value `v` shows filled into the parts the table left
 * open; `t` itself when the example adds nothing. `path` is the field id prefix (`result`, `result.item`).
 */
export function fillFromExample(t: TypeRef, v: unknown, path: string, at: ExampleFill): TypeRef {
  if (v === null || v === undefined) return t;
  const source: Provenance = { ...at.source, how: 'inferred', evidence: FROM_EXAMPLE };
  switch (t.kind) {
    case 'scalar':
      // Only a row with no type at all takes its type from the example; a stated `any` stays any.
      if (t.name !== 'unknown') return t;
      if (isRecord(v)) return objectFromExample(v, path, at, undefined) ?? t;
      return Array.isArray(v) ? (mergedArray(v, path, source) ?? t) : (mergedType([v], path, source) ?? t);
    case 'object': {
      if (t.fields.length === 0 && isBlank(t.additional)) {
        if (isRecord(v)) return objectFromExample(v, path, at, t.additional) ?? t;
        // A bare `object` the example shows as a list (user.get, event.get, events): PHP's list, sent as an array.
        return Array.isArray(v) && v.length > 0 ? (mergedArray(v, path, source) ?? t) : t;
      }
      if (!isRecord(v)) return t;
      const fields = t.fields.map((f) => {
        const type = f.name in v ? fillFromExample(f.type, v[f.name], fieldId(path, f.name), at) : f.type;
        // The field is the table's; what its type now says beyond the table, the example said.
        return type === f.type
          ? f
          : { ...f, type, source: { ...f.source, how: 'inferred' as const, evidence: `${f.source.evidence ?? 'table'}; filled from the ${FROM_EXAMPLE}` } };
      });
      return fields.some((f, i) => f !== t.fields[i]) ? { ...t, fields } : t;
    }
    case 'array': {
      // `array` over an object is a PHP associative array: the example's object is the result.
      if (isPlainArray(t) && isRecord(v)) return objectFromExample(v, path, at, undefined) ?? t;
      if (!Array.isArray(v) || v.length === 0) return t;
      if (isBlank(t.items) || isOpenObject(t.items)) return mergedArray(v, path, source) ?? t;
      const items = v.reduce<TypeRef>((acc, item) => fillFromExample(acc, item, itemsPath(path), at), t.items);
      return items === t.items ? t : { kind: 'array', items };
    }
    case 'map': {
      if (!isRecord(v)) return t;
      const values = isBlank(t.values) || isOpenObject(t.values) ? mergedType(Object.values(v), valuesPath(path), source) : null;
      return values ? { ...t, values } : t;
    }
    case 'union': {
      // The member of the example's kind takes the fill: an object for `{…}`, a list for `[…]` — unless another
      // member already types that kind (`page_template | array`: the array is PHP's empty map, the ref is the map).
      const takes = (m: TypeRef): boolean =>
        Array.isArray(v) ? m.kind === 'array' : isRecord(v) && (m.kind === 'object' || m.kind === 'map' || isPlainArray(m));
      const documents = (m: TypeRef): boolean =>
        Array.isArray(v)
          ? m.kind === 'array' && !isPlainArray(m)
          : m.kind === 'ref' || (m.kind === 'object' && !isOpenObject(m)) || (m.kind === 'map' && !isBlank(m.values) && !isOpenObject(m.values));
      if (t.anyOf.some(documents)) return t;
      const i = t.anyOf.findIndex(takes);
      const member = t.anyOf[i];
      if (!member) return t;
      const filled = fillFromExample(member, v, path, at);
      return filled === member ? t : { kind: 'union', anyOf: t.anyOf.map((m, j) => (j === i ? filled : m)) };
    }
    case 'ref': {
      // A structure the docs name but define nowhere (`sale_shipment_property`) is an open object: the example shapes it.
      if (at.isUndefined?.(t)) {
        const shaped = fillFromExample({ kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } }, v, path, at);
        return isOpenObject(shaped) ? t : shaped;
      }
      // A page-local structure (`result` of crm.enum.fields) is filled where it is defined; the ref stays.
      if (!t.shared) at.fillRef?.(t.name, (named) => fillFromExample(named, v, t.name, at));
      return t;
    }
    default:
      return t;
  }
}

/** A list the example shows, typed from all of its items. */
function mergedArray(v: readonly unknown[], path: string, source: Provenance): TypeRef | null {
  const items = mergedType(v, itemsPath(path), source);
  return items ? { kind: 'array', items } : null;
}

/**
 * The scalar a success example shows where the table types the result as a bare `object` or `array`
 * (crm.currency.delete: `object` "Result of the currency deletion", example `"result": true`): the wire
 * sends the scalar, so the type line is wrong. Null when the example shows no scalar or the table typed more.
 */
export function scalarShownFor(t: TypeRef, v: unknown): TypeRef | null {
  if (!(isOpenObject(t) || isPlainArray(t))) return null;
  if (typeof v === 'boolean') return { kind: 'scalar', name: 'boolean' };
  if (typeof v === 'number') return { kind: 'scalar', name: Number.isInteger(v) ? 'integer' : 'number' };
  return null;
}
