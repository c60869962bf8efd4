/**
 * Bitrix's PHP-flavoured docs write `array` both for lists and for associative arrays (`array("NAME" =>
 * …)`), which travel as JSON objects. A parameter typed with a bare `array` is read as a list only when
 * the page says so; named keys (the request example sends an object, or the prose speaks of keys) make it
 * an object, and with no evidence either way it is a union of the two.
 */
import type { TypeRef } from '../../../spec/schema.ts';
import type { TypeToken } from './type-line.ts';

export type ArrayShape = 'list' | 'map' | 'either';

/** Prose that describes keys: "where the key is…", "key-value", `array("field"=>…)`, "associative". */
const MAP_WORDS =
  /\bwhere the keys? (?:is|are)\b|\bkey[- ]value\b|=>|\bassociative\b|\bkeys? (?:is|are) the\b|\bthe keys?\b[^.]{0,40}\bthe values?\b|\bwith the (?:fields?|keys?) `/i;
/** Prose that describes a list: "array of IDs", "list of", "[1, 2]". */
const LIST_WORDS = /\b(?:array|list) of\b|\bidentifiers\b|\bIDs\b|\[\s*[\d"'[]/i;

/**
 * What a bare `array` param is: the JSON kinds the request examples send under its name first (when they
 * agree: a name can be sent as an object in one place and a list in another), then the row's prose.
 */
export function arrayShape(description: string, exampleKinds: ReadonlySet<string>): ArrayShape {
  const list = exampleKinds.has('array');
  const map = exampleKinds.has('object');
  if (list && !map) return 'list';
  if (map && !list) return 'map';
  if (MAP_WORDS.test(description)) return 'map';
  if (LIST_WORDS.test(description)) return 'list';
  return 'either';
}

/** True when a type line writes the bare word `array` (not `T[]`, `array<T>` or `object[]`). */
export function hasBareArray(tokens: readonly TypeToken[]): boolean {
  return tokens.some((t) => t.name.toLowerCase() === 'array' && t.arrayDepth === 0);
}

/** The associative reading of `array` items: the nested structure when the row has one, else an open object. */
function mapOf(items: TypeRef): TypeRef {
  if (items.kind === 'ref' || (items.kind === 'object' && items.fields.length > 0)) return items;
  return { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } };
}

/** Reshape the (first) array member of a bare-`array` param type by the evidence. */
export function reshapeBareArray(t: TypeRef, shape: ArrayShape): TypeRef {
  if (shape === 'list') return t;
  if (t.kind === 'array') return shape === 'map' ? mapOf(t.items) : { kind: 'union', anyOf: [t, mapOf(t.items)] };
  if (t.kind === 'union') {
    const i = t.anyOf.findIndex((m) => m.kind === 'array');
    const member = t.anyOf[i];
    if (!member || member.kind !== 'array') return t;
    const replaced = shape === 'map' ? [mapOf(member.items)] : [member, mapOf(member.items)];
    const anyOf = [...t.anyOf.slice(0, i), ...replaced, ...t.anyOf.slice(i + 1)];
    const seen = new Set<string>();
    const uniq = anyOf.filter((m) => !seen.has(JSON.stringify(m)) && seen.add(JSON.stringify(m)));
    return uniq.length === 1 ? (uniq[0] as TypeRef) : { kind: 'union', anyOf: uniq };
  }
  return t;
}
