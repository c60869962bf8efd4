/**
 * The key a response wraps its documented structure in. "`result` — Contains the [`category`](#category)
 * object" links the table of the category's fields, but the wire sends `{"result": {"category": {…}}}`:
 * read alone, the row makes the result the category itself. The page's own success example decides.
 */
import type { Example, Field, Provenance, TypeRef } from '../../../spec/schema.ts';
import { fieldId } from '../../../spec/ids.ts';

/** The `result` value of the first documented success response, with where it was shown. */
export function exampleResult(examples: readonly Example[]): { value: unknown; source: Provenance } | null {
  for (const e of examples) {
    if (e.kind !== 'response' || !e.json || typeof e.json !== 'object' || Array.isArray(e.json)) continue;
    const obj = e.json as Record<string, unknown>;
    if ('error' in obj || !('result' in obj)) continue;
    return { value: obj['result'], source: e.source };
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** True when `word` stands alone in `text` (as a word or a code span), case-insensitively. */
function mentions(text: string, word: string): boolean {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w])${esc}([^\\w]|$)`, 'i').test(text);
}

/**
 * The result type with the wrapper key the example shows, or null when there is none. All of these must
 * hold, so a keyed map (`{"tasks": {…}}` keyed by MODULE_ID) or a one-field object is never taken for a
 * wrapper: the documented type is a structure of the page (a ref, or an array of one) whose field names
 * are known; the example's `result` is an object with a single non-numeric key that is none of those
 * fields; the value under it (or its first item) is an object whose keys are mostly the structure's
 * fields; and the page names that key — the structure's name, or a word of the row's description.
 */
export function wrapInExampleKey(
  type: TypeRef,
  description: string,
  example: { value: unknown; source: Provenance } | null,
  fieldNamesOf: (typeName: string) => string[] | undefined,
): { type: TypeRef; key: string } | null {
  if (!example || !isRecord(example.value)) return null;
  const keys = Object.keys(example.value);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !/^[A-Za-z_][\w]*$/.test(key)) return null;
  const ref = type.kind === 'ref' ? type : type.kind === 'array' && type.items.kind === 'ref' ? type.items : null;
  if (!ref || ref.shared) return null;
  const names = (fieldNamesOf(ref.name) ?? []).map((n) => n.toLowerCase());
  if (names.length < 2 || names.includes(key.toLowerCase())) return null;
  const inner = example.value[key];
  const innerIsList = Array.isArray(inner);
  const item = innerIsList ? inner[0] : inner;
  if (!isRecord(item)) return null;
  const innerKeys = Object.keys(item);
  const known = innerKeys.filter((k) => names.includes(k.toLowerCase())).length;
  if (innerKeys.length === 0 || known * 2 < innerKeys.length) return null;
  if (key.toLowerCase() !== ref.name.toLowerCase() && !mentions(description, key)) return null;
  // The list-ness of the wrapped value is the example's: `{"booking": [ … ]}` under a row typed `object`.
  const wrapped: TypeRef = innerIsList ? { kind: 'array', items: ref } : ref;
  const field: Field = {
    id: fieldId('result', key),
    name: key,
    type: wrapped,
    required: 'unknown',
    source: { ...example.source, how: 'inferred', evidence: 'response-example-wrapper' },
  };
  return { type: { kind: 'object', fields: [field] }, key };
}
