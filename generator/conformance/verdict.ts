/**
 * Who is probably wrong when an example does not type-check: the page (its example disagrees with
 * its own table: a doc bug) or our toolkit (the spec misreads the page: a parser bug). A guess from
 * the spec's own evidence; rules in order, the first that applies wins:
 *
 *  1. A compiler message that is none of the three kinds → unclear.
 *  2. The parser flagged the page's examples as calling another method → doc bug.
 *  3. The parser warned about the offending name itself (no type line, type inferred, unknown
 *     type) → parser bug: the spec's facts about that name are known to be shaky.
 *  4. List params (filter/select/order): a field name that is not a field of the list's entity →
 *     parser bug when the entity type is a wrapper (one field holding an object or a list, e.g.
 *     `{ shipment: {…} }`, `{ items: […] }`) or the name instantiates a documented pattern; unclear
 *     when the entity is an add/update input type (it lacks read-only fields such as ID) or its
 *     fields were inferred (e.g. from a response example); otherwise doc bug. A top-level list param
 *     whose table type fits the example while the list semantics the parser derived do not →
 *     parser bug (the spec contradicts itself). An undocumented REST 3.0 filter operator → doc bug.
 *  5. By kind:
 *     - unknown property: a key that instantiates a documented name pattern (`UF_...`,
 *       `propertyN`) → parser bug (the spec keeps the pattern as a literal name); a top-level key
 *       whose object value holds mostly the spec's own top-level params → parser bug (a nested
 *       table read flat); a Vibe path/query param sent in the body → doc bug; otherwise a key the
 *       page's param table (or its "no parameters") does not list → doc bug; a nested key under an
 *       object whose fields were mostly inferred → parser bug; a key the spec documents but the
 *       generated type lacks → unclear (an emitter question).
 *     - wrong type: the param/field's type was inferred, not read → parser bug; the docs' own type
 *       name (`docType`) fits the example's value but the spec maps it to something else → parser
 *       bug (notably "array" for a JSON object: Bitrix's PHP-flavoured docs say "array" for
 *       associative arrays); a `docType` that names no JSON type (`sale_status.id`) → unclear; a
 *       closed enum whose values are placeholders (`chatXXX`) → parser bug; a value outside a
 *       closed enum → doc bug; "Y"/"N" where the table says boolean → unclear (Bitrix reads Y/N as
 *       booleans, so the generated input type may be too strict); a value of another JSON kind
 *       than the table's type → doc bug (numeric strings for numbers noted as harmless).
 *     - missing required: the page merged alternative param sets (a param of another variant looks
 *       required) or required-ness was inferred → parser bug; read from the table → doc bug.
 *     Anything the spec cannot place (the path leaves what it documents) → unclear.
 *  6. A doc-bug guess on a page whose params table the parser reported as damaged (lost rows,
 *     merged tabs, no header, table found outside the params section) becomes unclear.
 */
import type { MethodSpec, TypeRef } from '../spec/schema.ts';
import type { Finding } from './diagnostics.ts';
import { formatPath } from './literal.ts';
import { entityField, isCustom, locate, objectPart, stripOperator, type ListEntity, type Located, type SpecLookup } from './resolve.ts';
import type { ExampleCase, JsonPath, Verdict } from './types.ts';

export interface Judgement {
  verdict: Verdict;
  reason: string;
}

/** Warnings that name a row whose facts the parser could not read as written. */
export const NAMED_WARNINGS = new Set(['no-type-line', 'type-inferred', 'unknown-type']);
/** Warnings that say the params table itself came out damaged or partial. */
const PAGE_WARNINGS = new Set(['lost-row-name', 'incomplete-row', 'tabs-merged', 'headerless-table', 'params-in-intro', 'empty-params-section']);

const doc = (reason: string): Judgement => ({ verdict: 'doc-bug', reason });
const parser = (reason: string): Judgement => ({ verdict: 'parser-bug', reason });
const unclear = (reason: string): Judgement => ({ verdict: 'unclear', reason });

/** Guess the verdict of one finding from the spec's evidence (see the rules above). */
export function judge(f: Finding, ex: ExampleCase, spec: MethodSpec, lookup: SpecLookup): Judgement {
  if (f.kind === 'other') return unclear('the compiler message is none of the three kinds');
  const other = spec.warnings.find((w) => w.code === 'example-calls-other-method');
  if (other) return doc(`the page's examples call another method (${other.message})`);
  const loc = locate(spec, f.path, lookup);
  const names = pathNames(f.path, loc);
  const named = spec.warnings.find((w) => NAMED_WARNINGS.has(w.code) && names.some((n) => mentions(w.message, n)));
  if (named) return parser(`the parser warned about it: ${named.code}: ${named.message}`);
  const base =
    listJudgement(f, ex, spec, loc) ??
    (f.kind === 'unknown-property'
      ? unknownProperty(f.path, ex, spec, loc, lookup)
      : f.kind === 'wrong-type'
        ? wrongType(f.path, ex, loc)
        : missing(f.path, ex, spec, loc));
  const damaged = spec.warnings.find((w) => PAGE_WARNINGS.has(w.code));
  if (base.verdict === 'doc-bug' && damaged) return unclear(`${base.reason}; but the parser reported the params table damaged (${damaged.code})`);
  return base;
}

/** Rule 4: findings inside a list method's filter, select or order; undefined when the rules do not apply. */
function listJudgement(f: Finding, ex: ExampleCase, spec: MethodSpec, loc: Located): Judgement | undefined {
  const list = loc.list;
  if (!list || f.kind === 'missing-required') return undefined;
  const value = valueAt(ex.body, f.path);
  if (f.path.length === 1) {
    const param = spec.params.find((p) => p.name.toLowerCase() === String(f.path[0]).toLowerCase());
    if (f.kind === 'wrong-type' && param && accepts(param.type, jsonKind(value))) {
      return parser(
        `the table types '${param.name}' as ${describe(param.type)}, which fits the example; the list semantics the parser derived make it a ${list.role} of another shape`,
      );
    }
    return undefined;
  }
  const entity = list.entity;
  if (!entity) return undefined;
  const name = listFieldName(list.role, list.syntax, f.path, ex.body, value);
  if (name === undefined) return undefined;
  if (list.role === 'select' && list.masks.includes(name)) return unclear(`'${name}' is a documented select mask`);
  if (!entityField(entity, name) && !isCustom(entity, name)) return notAnEntityField(stripOperator(name), entity);
  const op = f.path.length === 3 && f.path[2] === 1 ? valueAt(ex.body, f.path) : undefined;
  if (list.syntax === 'v3-array' && list.role === 'filter' && typeof op === 'string')
    return doc(`'${op}' is not among the filter operators the page documents`);
  return undefined;
}

/** The entity field a list finding is about: a filter/order key, a select item, or a REST 3.0 filter tuple's first element. */
function listFieldName(role: string, syntax: string | undefined, path: JsonPath, body: unknown, value: unknown): string | undefined {
  const second = path[1];
  if (role === 'select') return path.length === 2 && typeof value === 'string' ? value : undefined;
  if (typeof second === 'string') return path.length === 2 || role === 'filter' ? second : undefined;
  if (role === 'filter' && syntax === 'v3-array' && typeof second === 'number') {
    const tuple = valueAt(body, path.slice(0, 2));
    return Array.isArray(tuple) && typeof tuple[0] === 'string' ? tuple[0] : undefined;
  }
  return undefined;
}

/** A field name that is not a field of the list's entity. */
function notAnEntityField(name: string, entity: ListEntity): Judgement {
  const wrapper = entity.wrapped.get(name);
  if (wrapper) return parser(`'${name}' is a field of '${wrapper}' inside ${entity.label}: the list's entity type is a wrapper, not the item`);
  if (entity.wrapper)
    return parser(`${entity.label} only wraps '${entity.wrapper}', whose fields the spec does not list: the list's entity type is a wrapper, not the item`);
  if (entity.fromInput) return unclear(`'${name}' is not a field of ${entity.label}, an input type that lacks read-only fields`);
  const pattern = entity.fields.find((f) => matchesPattern(name, f.name));
  if (pattern) return parser(`'${name}' matches the documented name pattern '${pattern.name}', which the spec keeps as a literal field name`);
  if (!entity.read) {
    const from =
      entity.inferredFrom === 'response-example'
        ? 'inferred from a response example, which need not show every field'
        : `partly inferred (${entity.inferredFrom ?? 'no table'})`;
    return unclear(`'${name}' is not a field of ${entity.label}, whose fields were ${from}`);
  }
  return doc(`'${name}' is not a field of ${entity.label}`);
}

function unknownProperty(path: JsonPath, ex: ExampleCase, spec: MethodSpec, loc: Located, lookup: SpecLookup): Judgement {
  const key = String(path[path.length - 1]);
  if (path.length === 1 && spec.api === 'vibe') {
    const p = spec.params.find((x) => x.name === key);
    if (p) return doc(`'${key}' is a ${p.in ?? 'non-body'} parameter, the example sends it in the body`);
  }
  if (loc.unresolvedAt === -1) return unclear(`the spec documents '${formatPath(path)}' but the generated type has no such property`);
  if (path.length === 1) {
    if (spec.paramsDocumented === 'none') return doc(`the page says the method takes no parameters, the example sends '${key}'`);
    if (spec.paramsDocumented === 'missing') return unclear('the page has no parameter section to compare with');
    const flattened = flattenedInto(
      valueAt(ex.body, path),
      spec.params.map((p) => p.name),
    );
    if (flattened) return parser(`the spec lists ${flattened} of '${key}' as top-level params: the parser flattened a nested table`);
    const pattern = spec.params.find((p) => matchesPattern(key, p.name));
    if (pattern) return parser(`'${key}' matches the documented name pattern '${pattern.name}', which the spec keeps as a literal param name`);
    const near = nearMiss(
      key,
      spec.params.map((p) => p.name),
    );
    return doc(`'${key}' is not in the page's parameter table${near ? ` (the table has '${near}')` : ''}`);
  }
  const parentPath = formatPath(path.slice(0, -1));
  if (loc.unresolvedAt !== path.length - 1) return unclear(`the spec does not document '${parentPath}' deeply enough to place '${key}'`);
  const type = objectPart(spec, loc.steps[loc.steps.length - 1]?.type, lookup);
  if (!type || type.fields.length === 0) return unclear(`the spec gives '${parentPath}' no field list`);
  const pattern = type.fields.find((f) => matchesPattern(key, f.name));
  if (pattern) return parser(`'${key}' matches the documented name pattern '${pattern.name}', which the spec keeps as a literal field name`);
  const inferred = type.fields.filter((f) => f.source.how === 'inferred');
  if (inferred.length * 2 > type.fields.length) {
    return parser(`the fields of '${parentPath}' were mostly inferred (${inferred[0]!.source.evidence ?? 'no table'}), not read`);
  }
  const near = nearMiss(
    key,
    type.fields.map((f) => f.name),
  );
  return doc(`'${key}' is not among the documented fields of '${parentPath}'${near ? ` (the table has '${near}')` : ''}`);
}

function wrongType(path: JsonPath, ex: ExampleCase, loc: Located): Judgement {
  const value = valueAt(ex.body, path);
  if (path.length === 0)
    return ex.api === 'rest' && !isObject(ex.body) ? doc('the example body is not a JSON object') : unclear('the body as a whole does not fit');
  if (loc.unresolvedAt !== -1) return unclear(`the spec does not document '${formatPath(path)}'`);
  const step = loc.steps[loc.steps.length - 1];
  const name = formatPath(path);
  if (!step?.type) return unclear(`the spec gives '${name}' no type`);
  if (step.source?.how === 'inferred') return parser(`the type of '${name}' was inferred (${step.source.evidence ?? 'no table'}), not read`);
  const kind = jsonKind(value);
  const docType = docTypeOf(step.type);
  const typed = docType ? `'${docType}'` : describe(step.type);
  if (docType && kindsOfDocType(docType).has(kind) && !accepts(step.type, kind)) {
    const php = kind === 'object' && /array/i.test(docType) ? ' (Bitrix docs say "array" for associative arrays too)' : '';
    return parser(`the docs type '${name}' as '${docType}', which fits the example's ${kind}${php}, but the spec maps it to ${describe(step.type)}`);
  }
  if (docType && kindsOfDocType(docType).size === 0 && step.type.kind === 'scalar' && !accepts(step.type, kind)) {
    return unclear(`the docs type '${name}' as '${docType}', which names no JSON type; the spec's ${step.type.name} is a guess`);
  }
  if (step.type.kind === 'enum' && !step.type.open && (typeof value === 'string' || typeof value === 'number')) {
    const placeholder = step.type.values.find((v) => typeof v.value === 'string' && /xxx|\.\.\.|…|\{.*\}|<.*>/i.test(v.value));
    if (placeholder)
      return parser(
        `the documented values of '${name}' include the placeholder ${JSON.stringify(placeholder.value)}: the spec made a closed enum of value patterns`,
      );
    return doc(`${JSON.stringify(value)} is not one of the documented values of '${name}'`);
  }
  if (kind === 'string' && accepts(step.type, 'boolean') && /^[YN]$/.test(String(value))) {
    return unclear(
      `the table types '${name}' as boolean and the example sends ${JSON.stringify(value)}: Bitrix reads Y/N as booleans, so the generated input type may be too strict`,
    );
  }
  if (kind === 'string' && accepts(step.type, 'number') && /^-?\d+(\.\d+)?$/.test(String(value))) {
    return doc(
      `the table types '${name}' as ${typed}, the example sends the numeric string ${JSON.stringify(value)} (the server converts it, but the docs disagree)`,
    );
  }
  if (!accepts(step.type, kind))
    return doc(`the table types '${name}' as ${typed}, the example sends ${kind === 'array' || kind === 'object' ? 'an' : 'a'} ${kind}`);
  return unclear(`the example's ${kind} fits '${name}' as the spec describes it; the generated type is narrower`);
}

function missing(path: JsonPath, ex: ExampleCase, spec: MethodSpec, loc: Located): Judgement {
  const name = String(path[path.length - 1]);
  const merged = spec.warnings.find((w) => w.code === 'param-variants-merged');
  if (merged && path.length === 1) return parser(`the page documents alternative param sets and the parser merged them (${merged.message})`);
  const step = loc.unresolvedAt === -1 ? loc.steps[loc.steps.length - 1] : undefined;
  if (!step?.node) return unclear(`the spec does not document '${formatPath(path)}'`);
  if (step.node.source.how === 'inferred') return parser(`'${name}' is required by inference (${step.node.source.evidence ?? 'no table'}), not by the table`);
  const container = valueAt(ex.body, path.slice(0, -1));
  const near = isObject(container) ? nearMiss(name, Object.keys(container)) : undefined;
  return doc(`the table marks '${name}' required, the example omits it${near ? ` (it sends '${near}')` : ''}`);
}

/**
 * True when a documented name is a pattern (`UF_...`, `UF_*`, `PARENT_ID_xxx`, `propertyN`) that
 * `key` instantiates.
 */
export function matchesPattern(key: string, name: string): boolean {
  const m = /^(.*?)(?:\.\.\.|…|\*|\{[^}]*\}|<[^>]*>|xxx|XXX|(?<=[a-z_])N)$/.exec(name);
  if (!m || m[1] === undefined || m[1].length < 2 || key === name) return false;
  const prefix = m[1];
  if (!key.startsWith(prefix) || key.length === prefix.length) return false;
  // "propertyN" / "PARENT_ID_xxx" / "chatXXX" stand for a number; "UF_..." and "UF_*" for any suffix.
  return /(?:N|xxx|XXX)$/.test(name) && !/(?:\.\.\.|…|\*)$/.test(name) ? /^\d+$/.test(key.slice(prefix.length)) : true;
}

/** "3 of the 5 keys", when most keys of an object value are the spec's own top-level params (a nested table read flat). */
function flattenedInto(value: unknown, params: string[]): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  const hits = keys.filter((k) => params.some((p) => p.toLowerCase() === k.toLowerCase())).length;
  return keys.length > 0 && hits * 2 > keys.length ? `${hits} of the ${keys.length} keys` : undefined;
}

/** The names a path is about, for matching warnings: each key, and a filter key without its operator. */
function pathNames(path: JsonPath, loc: Located): string[] {
  const names = path.filter((s): s is string => typeof s === 'string');
  if (loc.list && typeof path[1] === 'string') names.push(stripOperator(path[1]));
  return names;
}

/** True when `text` mentions `name` as a whole word. */
export function mentions(text: string, name: string): boolean {
  if (name === '') return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_])${escaped}([^A-Za-z0-9_]|$)`).test(text);
}

/** A documented name that differs from `key` only in case or punctuation (`entity_type_id` vs `entityTypeId`). */
export function nearMiss(key: string, names: string[]): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return names.find((n) => n !== key && squash(n) === squash(key));
}

/** The value at a path of a JSON body, or undefined. */
export function valueAt(body: unknown, path: JsonPath): unknown {
  let v: unknown = body;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

export function jsonKind(v: unknown): JsonKind {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'boolean' : 'number';
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The docs' own type name of a type, when the parser kept it. */
export function docTypeOf(t: TypeRef): string | undefined {
  if (t.kind === 'scalar') return t.docType;
  if (t.kind === 'array') return docTypeOf(t.items) && `${docTypeOf(t.items)}[]`;
  return undefined;
}

/** JSON kinds the docs' type name suggests ("integer[]" → array, "object" → object, "string" → string, …). */
export function kindsOfDocType(docType: string): Set<JsonKind> {
  const d = docType.toLowerCase();
  const kinds = new Set<JsonKind>();
  if (/\[\]|array|list|массив/.test(d)) kinds.add('array');
  // A bare "array" in Bitrix's PHP-flavoured docs is just as often an associative array: a JSON object.
  if (/array|массив/.test(d) && !/\[\]/.test(d)) kinds.add('object');
  if (/object|struct|map|json|объект/.test(d)) kinds.add('object');
  if (/^(int|integer|number|double|float|decimal|numeric)\b/.test(d)) kinds.add('number');
  if (/^(string|text|char|date|datetime|time)\b/.test(d)) kinds.add('string');
  if (/^bool/.test(d)) kinds.add('boolean');
  return kinds;
}

/** Whether a spec type admits a value of this JSON kind (refs it cannot see through admit everything). */
export function accepts(t: TypeRef, kind: JsonKind): boolean {
  switch (t.kind) {
    case 'scalar':
      if (t.name === 'any' || t.name === 'unknown') return true;
      if (t.name === 'integer' || t.name === 'number') return kind === 'number';
      return t.name === kind;
    case 'enum':
      return kind === (t.base === 'string' ? 'string' : 'number');
    case 'array':
      return kind === 'array';
    case 'object':
    case 'map':
      return kind === 'object';
    case 'union':
      return t.anyOf.some((u) => accepts(u, kind));
    case 'ref':
      return true;
  }
}

/** A short description of a spec type for reasons. */
export function describe(t: TypeRef): string {
  switch (t.kind) {
    case 'scalar':
      return t.name;
    case 'enum':
      return `a ${t.base} enum`;
    case 'array':
      return `${describe(t.items)}[]`;
    case 'object':
      return 'an object';
    case 'map':
      return 'a map';
    case 'union':
      return t.anyOf.map(describe).join(' | ');
    case 'ref':
      return t.name;
  }
}
