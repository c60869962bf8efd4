/**
 * Keyed objects (maps) as the docs word them in a row's description: "An object where the key is the user
 * identifier and the value is …", "Key — chat ID, value — …", "Object in the format `{"field_1":
 * "value_1", … "field_N": "value_N"}`, where `field` is the identifier … and `value` is an object of type
 * rest_field_description". Pure text reading: the caller types the value clause (links, anchors, words).
 */
import type { TypeRef } from '../../../spec/schema.ts';

export interface KeyedWording {
  /** What the keys are, in the page's words ("the user ID from the request"). */
  keyText: string;
  /** `integer` when the keys are entity ids, else `string` (codes, names, field identifiers). */
  keys: 'string' | 'integer';
  /** The value clause as text (links as their text, code spans kept), or null when the page says only what the keys are. */
  valueText: string | null;
  /** The links written inside the key clause ("the identifier of the [object field](#fields)"), in order. */
  keyLinks: Array<{ text: string; url: string }>;
  /** The links written inside the value clause (`[rest_field_description](../data-types.md#…)`), in order. */
  valueLinks: Array<{ text: string; url: string }>;
}

interface Plain {
  text: string;
  links: Array<{ at: number; text: string; url: string }>;
}

/** Links shown as their text, so clause patterns see the words (`[event](#event)` → `event`); where each link sat is kept. */
function plainOf(md: string): Plain {
  const links: Plain['links'] = [];
  let text = '';
  let last = 0;
  for (const m of md.matchAll(/\[((?:[^\]`]|`[^`]*`)*)\]\(([^)]*)\)/g)) {
    text += md.slice(last, m.index);
    links.push({ at: text.length, text: m[1] ?? '', url: (m[2] ?? '').trim() });
    text += m[1] ?? '';
    last = m.index + m[0].length;
  }
  text += md.slice(last);
  return { text: text.replace(/\\([|*_])/g, '$1'), links };
}
// The key clause, in the wordings the corpus uses. Group 1 is the key text.
const KEY_CLAUSES: RegExp[] = [
  // "an object where the key is …", "where the object's key is …", "where the keys are …", "where the key of each element equals …"
  /\bwhere\s+(?:the\s+)?(?:object's\s+)?keys?\s+(?:of\s+(?:the|each)\s+(?:object|element)\s+)?(?:is|are|equals?)\s+(.+?)(?=,?\s+(?:and\s+)?(?:the\s+)?values?\b|[.;\n(]|$)/i,
  // "The key of the object is the user ID", "The keys of the object are …"; "The key of the settings object can be:"
  // then a list, whose first item is the key text (the list names key patterns such as `user[id]`).
  /\bthe\s+keys?\s+of\s+the\s+(?:`?\w+`?\s+)?object\s+(?:is|are|can\s+be:?\s*\n-)\s+(.+?)(?=,?\s+(?:and\s+)?(?:the\s+)?values?\b|[.;\n(]|$)/i,
  // "Key — user identifier, value — …"; "Key of the object — user identifier, and value — …" (tasks/fields.md, 2026-02)
  /(?:^|[\s(:])keys?(?:\s+of\s+the\s+object)?\s+[—–-]\s+(.+?)(?=,\s*(?:and\s+)?values?\s+[—–-])/i,
  // "Keys are parameter codes, values are …"
  /\bkeys\s+are\s+(.+?)(?=,\s*(?:and\s+)?(?:the\s+)?values\s+are)/i,
  // "An object of the form `connector_id: connector_name`", "phrases in the format `code: text`": a key placeholder, a colon, a value placeholder.
  /\b(?:of\s+the\s+form|in\s+the\s+format)\s+`([A-Za-z_]+):\s*[A-Za-z_]+`/i,
  // "The key is the site identifier, and the value is …" (a sentence of its own; "The key is deprecated" is not one)
  /(?:^|[.\n]\s*)the\s+key\s+is\s+(?:the\s+)?((?:[^.;,\n]*?\b(?:ID|identifier|code|name|selector|field)\b)[^.;,\n]*?)(?=,?\s+(?:and\s+)?(?:the\s+)?values?\b|[.;\n]|$)/i,
];

/**
 * "Object in the format `{"field_1": "value_1", ... "field_N": "value_N"}`, where `field` is the identifier …,
 * and `value` is an object of type …" (or "Where `field` — …, and `value` — …", or a `field_n`/`value_n` bullet
 * pair under a code-block format): group 2 the key text; the value clause starts where the match ends. The
 * value must be said to be a structure: `fields` params use the same format for "`value_N` is the field
 * value", an object of named fields, not a map; filters for "`value_n` — the filter value".
 */
const FORMAT_CLAUSE =
  /\bwhere:?\s*(?:-\s*)?`?(field|lang|key)(?:_[nN1])?`?\s+(?:is|—|–|-)\s+(.+?),?\s*(?:\band\s+|-\s+)?`?\bvalue(?:_[nN])?`?\s+(?:is\s+|—\s*|–\s*|-\s+)(?=(?:(?:an?|the)\s+)?(?:object|array|structure|information\s+about)\b)/is;

/** Keys named as an entity's id ("user ID", "the attachment identifier", "`BOT_ID`") are integers; codes and field names are strings. */
export function keyTypeOf(keyText: string): 'string' | 'integer' {
  // Keys written as a prefix and an id slot (`user[id]`, `group<id>`) are strings: `user12`.
  if (/`[A-Za-z_]+(?:\[[^\]`]+\]|<[^>`]+>|\{[^}`]+\})`/.test(keyText)) return 'string';
  const t = keyText.replace(/`/g, ' ');
  if (/\b(string|symbolic|character|letter|code|name|field|language|lang|setting|option|parameter|property|selector|phrase|dimensions?)\b/i.test(t))
    return 'string';
  return /\b(ID|identifier|[A-Z]+_ID)\b/i.test(t) ? 'integer' : 'string';
}

/** The value clause after the key clause (which ends at `keyEnd`): up to the end of its sentence. */
function valueClause(plain: Plain, keyEnd: number): { valueText: string | null; valueLinks: KeyedWording['valueLinks'] } {
  const tail = plain.text.slice(keyEnd);
  // The clause follows the key clause closely ("…, and the value is …") or opens the next sentence ("The value is …").
  const v =
    /^(?:[^.\n]{0,40}?|[^\n]{0,200}?(?:[.\n]\s*)(?:-\s[^\n]{0,300}\n\s*){0,6})(?:\band\s+)?(?:\bthe\s+)?`?\bvalues?(?:_N)?`?(?:\s+of\s+the\s+(?:keys?|object))?(?:\s*(?:is|are|—|–|-|:)|\s+(?=`|[a-z]))\s*/i.exec(
      tail,
    );
  if (!v) return { valueText: null, valueLinks: [] };
  return clauseFrom(plain, keyEnd + v[0].length);
}

/** The clause that starts at `start`, up to the end of its sentence or line, with the links written in it. */
function clauseFrom(plain: Plain, start: number): { valueText: string | null; valueLinks: KeyedWording['valueLinks'] } {
  const rest = plain.text.slice(start);
  const stop = /\.(?=\s|$)|\n/.exec(rest);
  const end = start + (stop ? stop.index : rest.length);
  return {
    valueText: plain.text.slice(start, end).trim() || null,
    valueLinks: linksIn(plain, start, end),
  };
}

/** The links that start within [start, end) of the plain text. */
function linksIn(plain: Plain, start: number, end: number): KeyedWording['valueLinks'] {
  return plain.links.filter((l) => l.at >= start && l.at < end).map(({ text, url }) => ({ text, url }));
}

/** Read a keyed-object wording from a description (markdown, links kept); null when it states no keys. */
export function readKeyedWording(md: string): KeyedWording | null {
  const plain = plainOf(md);
  const format = /\bformat\b/i.test(plain.text) ? FORMAT_CLAUSE.exec(plain.text) : null;
  if (format) {
    // The field-name placeholder (`field`, `lang_N`) stands for codes: string keys.
    const keyAt = format.index + format[0].indexOf(format[2] ?? '');
    return {
      keyText: (format[2] ?? '').trim(),
      keys: 'string',
      keyLinks: linksIn(plain, keyAt, keyAt + (format[2] ?? '').length),
      ...clauseFrom(plain, format.index + format[0].length),
    };
  }
  for (const re of KEY_CLAUSES) {
    const m = re.exec(plain.text);
    const keyText = (m?.[1] ?? '').trim();
    if (!m || !keyText) continue;
    const keyAt = m.index + m[0].indexOf(m[1] ?? '');
    return {
      keyText,
      keys: keyTypeOf(keyText),
      keyLinks: linksIn(plain, keyAt, keyAt + (m[1] ?? '').length),
      ...valueClause(plain, m.index + m[0].length),
    };
  }
  return null;
}

/** How the caller types what the value clause names: a link's target, or the structure the row's own anchor points to. */
export interface KeyedValueContext {
  /** The type a link in the value clause names (a shared structure, a page-local table); null when it names none. */
  typeOfLink(text: string, url: string): TypeRef | null;
  /** The structure a bare name in the value clause names (`rest_field_description`); null for any other word. */
  typeOfName(name: string): TypeRef | null;
  /** The structure the row links to elsewhere in its description ("described [below](#access-item)"), if any. */
  anchored: TypeRef | null;
  position: 'param' | 'field';
}

const ANY: TypeRef = { kind: 'scalar', name: 'any' };

/** The type of a map's values as its value clause states it; `any` when the page says nothing we can type. */
export function keyedValueType(w: KeyedWording, ctx: KeyedValueContext): TypeRef {
  const text = w.valueText ?? '';
  // "an array of objects, each describing an [event](#event)": the link types the items.
  const many = /^(?:an?\s+|the\s+)?(?:array|list)\b/i.test(text);
  const wrap = (t: TypeRef): TypeRef => (many && t.kind !== 'array' ? { kind: 'array', items: t } : t);
  for (const l of w.valueLinks) {
    const t = ctx.typeOfLink(l.text, l.url);
    if (t && !(t.kind === 'scalar' && t.name === 'unknown')) return wrap(t);
  }
  // "object of type `rest_field_description`", "in the format `crm_rest_field_description`": a type named without a link.
  for (const m of text.matchAll(/`([A-Za-z_][\w.]*)`|\b(?:of\s+type|in\s+the\s+format|structure)\s+([A-Za-z_][\w.]*)/g)) {
    const t = ctx.typeOfName(m[1] ?? m[2] ?? '');
    if (t) return wrap(t);
  }
  if (ctx.anchored) return wrap(ctx.anchored);
  if (/`?\btrue`?\s*(?:\/|or)\s*`?false\b`?/i.test(text)) return { kind: 'scalar', name: 'boolean' };
  if (/^(?:the\s+)?number\s+of\b/i.test(text)) return { kind: 'scalar', name: 'integer' };
  // "`ASC` or `DESC`": the values the page lists (params closed, response fields open, as for row enums).
  const codes = /^`([\w-]+)`(?:\s*(?:,|or)\s*`[\w-]+`)+$/.test(text) ? [...text.matchAll(/`([\w-]+)`/g)].map((m) => m[1] ?? '') : [];
  if (codes.length >= 2) return { kind: 'enum', base: 'string', values: codes.map((value) => ({ value })), open: ctx.position === 'field' };
  if (many) return { kind: 'array', items: ANY };
  if (/\bobjects?\b/i.test(text)) return { kind: 'object', fields: [], additional: ANY };
  if (/^(?:an?\s+|the\s+)?(?:string|text)s?\b/i.test(text)) return { kind: 'scalar', name: 'string' };
  return ANY;
}

/**
 * True when a structure row stands for the keys of its object rather than a field ("**type code** … Key of the
 * `result` object."): its name is a placeholder, and the table is a map whose values the row types.
 */
export function isKeyRow(description: string): boolean {
  return /(?:^|[.!?)]\s+|\n)(?:the\s+)?key\s+of\s+the\s+(?:`[^`]+`\s+)?object\s*(?:[.;]|$)/im.test(description);
}

/** A structure whose every row is a key row is a map keyed as the rows name the keys; null otherwise. */
export function mapOfKeyRows(fields: ReadonlyArray<{ name: string; type: TypeRef; description?: string }>): TypeRef | null {
  if (fields.length === 0 || !fields.every((f) => isKeyRow(f.description ?? ''))) return null;
  const values = [...new Map(fields.map((f) => [JSON.stringify(f.type), f.type])).values()];
  const keys = fields.every((f) => keyTypeOf(f.name) === 'integer') ? 'integer' : 'string';
  return { kind: 'map', keys, values: values.length === 1 ? (values[0] as TypeRef) : { kind: 'union', anyOf: values } };
}
