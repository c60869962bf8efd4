/**
 * The key a response wraps its documented structure in. "`result` — Contains the [`category`](#category)
 * object" links the table of the category's fields, but the wire sends `{"result": {"category": {…}}}`:
 * read alone, the row makes the result the category itself. The page's own success example decides.
 */
import type { Example, Field, Provenance, TypeRef } from '../../../spec/schema.ts';
import { fieldId } from '../../../spec/ids.ts';
import { inferJsonType } from '../../common/infer-json-type.ts';

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

/** A JSON object (not an array, not null). */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `object` with no fields, or a type that says nothing (`any`, `unknown`). */
export function isPlainObject(t: TypeRef): boolean {
  return (t.kind === 'object' && t.fields.length === 0) || (t.kind === 'scalar' && (t.name === 'any' || t.name === 'unknown'));
}

/** `array` with nothing said of its items (`array`, `object[]`, `any[]`). */
export function isPlainArray(t: TypeRef): boolean {
  return t.kind === 'array' && isPlainObject(t.items);
}

/**
 * True when `word` stands alone in `text` (as a word or a code span), case-insensitively; a camelCase or
 * snake_case key also counts when its words are written apart ("resource type" names `resourceType`).
 */
function mentions(text: string, word: string): boolean {
  const parts = word
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|[^\\w])(?:${parts.join('')}|${parts.join('[\\s_]+')})([^\\w]|$)`, 'i').test(text);
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

/** The object a success example shows for a level: the value itself, or the first item of a list. */
function shownObject(v: unknown): Record<string, unknown> | null {
  if (isRecord(v)) return v;
  if (Array.isArray(v) && isRecord(v[0])) return v[0];
  return null;
}

/** A row typed `object`/`array` with nothing said of its members (so the rows after it may be them). */
function isOpenContainer(t: TypeRef): boolean {
  return (t.kind === 'object' && t.fields.length === 0) || isPlainArray(t);
}

/**
 * Rows a table lists flat that the page's success example nests: main.eventlog.get lists `result`, `item`,
 * then the entry's fields as siblings, while its example has them inside `result.item`. After an open
 * `object`/`array` row whose example value is an object, the rows that are keys of that object and not
 * of the level itself move into it (an array row takes them as its items' fields). Their placement is
 * inferred from the example (evidence `table-nested-by-example`); everything else stays as the table says.
 */
export function nestByExample(fields: readonly Field[], shown: unknown): Field[] {
  const level = shownObject(shown);
  if (!level) return [...fields];
  const out: Field[] = [];
  let i = 0;
  while (i < fields.length) {
    let f = fields[i] as Field;
    i++;
    // REST 3.0 tables give a list's item its own row (`items`, then `items[]` "Task object"): it is the items, not a key.
    const itemRow = fields[i];
    if (isPlainArray(f.type) && itemRow?.name === `${f.name}[]`) {
      f = { ...f, type: { kind: 'array', items: itemRow.type } };
      i++;
    }
    const inner = isOpenContainer(f.type) ? shownObject(level[f.name]) : null;
    if (!inner) {
      out.push(f);
      continue;
    }
    const members: Field[] = [];
    while (i < fields.length) {
      const next = fields[i] as Field;
      if (!(next.name in inner) || next.name in level) break;
      members.push({ ...next, source: { ...next.source, how: 'inferred', evidence: 'table-nested-by-example' } });
      i++;
    }
    if (members.length === 0) {
      out.push(f);
      continue;
    }
    const nested = nestByExample(members, level[f.name]);
    const obj: TypeRef = { kind: 'object', fields: nested };
    out.push({ ...f, type: f.type.kind === 'array' ? { kind: 'array', items: obj } : obj });
  }
  return out;
}

/**
 * A table with no `result` row whose rows the success example shows inside the one key it wraps them in
 * (tasks.api.scrum.backlog.getFields: rows `groupId`, `createdBy`…, example `{"result": {"fields": {…}}}`):
 * the result is `{ <key>: { …rows } }`, the wrapper inferred from the example. Null when the example
 * does not show every row under a single key of its own.
 */
export function wrapRowsInExampleKey(fields: readonly Field[], shown: unknown, source: Provenance): { type: TypeRef; key: string } | null {
  if (!isRecord(shown) || fields.length === 0) return null;
  const keys = Object.keys(shown);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || fields.some((f) => f.name === key)) return null;
  const inner = shownObject(shown[key]);
  if (!inner || !fields.every((f) => f.name in inner)) return null;
  // A getFields page's rows give the type each field *describes*; the wire sends its description
  // (`"groupId": {"type": "integer"}`): where the example shows a structure for a scalar row, it says what comes back.
  const described = (f: Field): Field => {
    const v = inner[f.name];
    if (f.type.kind !== 'scalar' || v === null || typeof v !== 'object') return f;
    const type = inferJsonType(v, `${key}.${f.name}`, { source: { ...source, how: 'inferred', evidence: 'response-example' } });
    return { ...f, type, source: { ...f.source, how: 'inferred', evidence: 'response-example' } };
  };
  const obj: TypeRef = { kind: 'object', fields: fields.map(described) };
  const type: TypeRef = Array.isArray(shown[key]) ? { kind: 'array', items: obj } : obj;
  return {
    key,
    type: {
      kind: 'object',
      fields: [
        { id: fieldId('result', key), name: key, type, required: 'unknown', source: { ...source, how: 'inferred', evidence: 'response-example-wrapper' } },
      ],
    },
  };
}

/** "Contains an object with the key `result` …": the one key a result row's description says its object holds. */
const KEY_NAMED = /\bobject\s+with\s+(?:the|a|one)?\s*(?:key|field)\s+`?([A-Za-z_]\w*)`?/i;

/**
 * A result the table types as a scalar while the success example shows an object holding that scalar:
 * tasks-task-delete.md types `result` boolean and lists `task` boolean flat beside it, and the example sends
 * `"result": {"task": true}`; tasks-task-delete-rest-v3.md types it boolean, "Contains an object with the key
 * `result` and the value `true`", and sends `"result": {"result": true}`. The result is that object when each
 * key the example shows is one of the table's sibling rows (their fields, as read) or the key the description
 * names (the row's scalar type under it), and each value is a scalar. Null otherwise.
 */
export function scalarWrappedByExample(
  type: TypeRef,
  row: { description: string; source: Provenance },
  siblings: readonly Field[],
  shown: unknown,
): { type: TypeRef; evidence: string } | null {
  const scalar = (type.kind === 'scalar' && type.name !== 'any' && type.name !== 'unknown') || type.kind === 'enum';
  if (!scalar || !isRecord(shown)) return null;
  const keys = Object.keys(shown);
  if (keys.length === 0 || keys.some((k) => shown[k] !== null && typeof shown[k] === 'object')) return null;
  const byName = new Map(siblings.map((f) => [f.name, f]));
  if (keys.every((k) => byName.has(k))) {
    return {
      type: { kind: 'object', fields: keys.map((k) => byName.get(k)!) },
      evidence: 'table: sibling rows of result, nested as the response example shows',
    };
  }
  const named = KEY_NAMED.exec(row.description)?.[1];
  if (!named || keys.length !== 1 || keys[0] !== named) return null;
  const said: Provenance = { ...row.source, how: 'read', evidence: 'description' };
  const field: Field = { id: fieldId('result', named), name: named, type, required: true, presence: said, source: said };
  return { type: { kind: 'object', fields: [field] }, evidence: `description: an object with the key ${named}` };
}
