/**
 * Who is wrong when a documented response example does not fit the generated result type. Paths start
 * at the envelope (`result.ID`, `result[0].title`, `data.items`). Rules in order, the first that
 * applies wins:
 *
 *  1. A compiler message that is none of the three kinds → unclear. The parser flagged the page's
 *     examples as calling another method → doc bug.
 *  2. Envelope keys: any finding on a body without `result` (`data` for Vibe) that carries `error`
 *     → parser bug (an error body filed as a success response); `result` missing otherwise → doc bug
 *     (bare results are wrapped before checking, so this is rare); an unknown top-level key → doc bug; a `total`/`next` that is not
 *     a number → wire when it is a numeric string, doc bug otherwise.
 *  3. Wire forms (verdict `wire`): the value is what the portal really sends for the documented type
 *     and the generated type does not model it — `null` anywhere; a numeric string where the type is
 *     a number; `Y`/`N`, `0`/`1` (string or number) or `true`/`false` where the type is a boolean or
 *     a Y/N enum; a number where the type is a string the docs call a number or id; `[]` where the
 *     type is an object or map (PHP encodes an empty associative array as `[]`); `false` where the
 *     type has no boolean (PHP's false for an empty date, id or object, common in `im.*`).
 *  4. Wrong type otherwise: the field's type was inferred → parser bug; the docs' own type name fits
 *     the value but the spec maps it elsewhere (notably "array" for an associative array) → parser
 *     bug; a closed enum with placeholder values → parser bug; a value outside a closed enum → doc
 *     bug; a value of another JSON kind than the table's type → doc bug; an object with keys its table
 *     does not list (reported as a wrong type where the field also takes PHP's `[]`) → doc bug.
 *  5. Unknown property: the spec documents it but the generated type lacks it → unclear (an emitter
 *     question); a key that instantiates a documented pattern (`UF_...`) → parser bug; a key that
 *     differs from a typed field only in case or punctuation (`title` vs `TITLE`) → parser bug (the
 *     fields were taken from a table with another key case); a key that is a field of an object
 *     field of the type (a wrapper read one level off) → parser bug; the enclosing object has no
 *     fields, or mostly inferred ones → parser bug; the page's result section says the fields are
 *     described elsewhere (a link the spec did not follow) → parser bug; otherwise → doc bug (the
 *     example shows a field the page's table does not list).
 *  6. Missing required: required-ness inferred, or a field the table does not mark required that
 *     the generated type requires (a policy such as "a get result's fields are present") → parser
 *     bug (the example is evidence against it); marked required by the table → doc bug.
 *  Anything the spec cannot place → unclear.
 */
import type { MethodSpec, TypeRef } from '../spec/schema.ts';
import type { Finding } from './diagnostics.ts';
import { formatPath } from './literal.ts';
import { deref, locateIn, objectPart, resultRoot, specNamed, type SpecLookup } from './resolve.ts';
import type { ExampleCase, JsonPath } from './types.ts';
import {
  accepts,
  describe,
  docTypeOf,
  isObject,
  jsonKind,
  kindsOfDocType,
  matchesPattern,
  mentions,
  NAMED_WARNINGS,
  nearMiss,
  valueAt,
  type Judgement,
} from './verdict.ts';

const doc = (reason: string): Judgement => ({ verdict: 'doc-bug', reason });
const parser = (reason: string): Judgement => ({ verdict: 'parser-bug', reason });
const wire = (reason: string): Judgement => ({ verdict: 'wire', reason });
const unclear = (reason: string): Judgement => ({ verdict: 'unclear', reason });

/** The envelope key holding the result: `result` (REST 1 and 3.0), `data` (Vibe). */
export function envelopeKey(spec: Pick<MethodSpec, 'api'>): string {
  return spec.api === 'vibe' ? 'data' : 'result';
}

/** Guess the verdict of one finding in a response example (see the rules above). */
export function judgeResponse(f: Finding, ex: ExampleCase, spec: MethodSpec, lookup: SpecLookup): Judgement {
  if (f.kind === 'other') return unclear('the compiler message is none of the three kinds');
  const other = spec.warnings.find((w) => w.code === 'example-calls-other-method');
  if (other) return doc(`the page's examples call another method (${other.message})`);
  const top = envelopeKey(spec);
  if (f.path.length === 0) return isObject(ex.body) ? unclear('the body as a whole does not fit') : doc('the example body is not a JSON object');
  if (f.path[0] !== top || (f.path.length === 1 && f.kind === 'missing-required')) return envelope(f, ex, top);
  const root = resultRoot(spec, lookup);
  if (!root) return unclear('the spec documents no result');
  const { owner } = root;
  const inner = f.path.slice(1);
  const value = valueAt(ex.body, f.path);
  const name = formatPath(f.path);
  const loc = locateIn(owner, root.type, inner, lookup);
  const names = inner.filter((s): s is string => typeof s === 'string');
  const named = spec.warnings.find((w) => NAMED_WARNINGS.has(w.code) && names.some((n) => mentions(w.message, n)));
  if (f.kind === 'wrong-type') {
    const type = inner.length === 0 ? deref(owner, root.type, lookup) : loc.unresolvedAt === -1 ? loc.steps[loc.steps.length - 1]?.type : undefined;
    if (!type) return wireByMessage(value, f.message, name) ?? unclear(`the spec does not document '${name}'`);
    const w = wireForm(value, type, name);
    if (w) return w;
    if (named) return parser(`the parser warned about it: ${named.code}: ${named.message}`);
    const source = inner.length === 0 ? spec.result!.source : loc.steps[loc.steps.length - 1]?.source;
    if (source?.how === 'inferred') return parser(`the type of '${name}' was inferred (${source.evidence ?? 'no table'}), not read`);
    const description = inner.length === 0 ? spec.result!.description : loc.steps[loc.steps.length - 1]?.node?.description;
    return wrongKind(value, type, name, description);
  }
  if (named) return parser(`the parser warned about it: ${named.code}: ${named.message}`);
  if (f.kind === 'missing-required') {
    if (loc.unresolvedAt !== -1) return unclear(`the spec does not document '${name}'`);
    const node = loc.steps[loc.steps.length - 1]?.node;
    if (!node) return unclear(`the spec does not document '${name}'`);
    if (node.source.how === 'inferred') return parser(`'${name}' is required by inference (${node.source.evidence ?? 'no table'}); the example omits it`);
    // A result field the table does not mark required, made present by the emitter's policy: the example is evidence against it.
    if (node.required !== true) return parser(`the table does not mark '${name}' required, the generated type does, and the example omits it`);
    return doc(`the table marks '${name}' required, the example omits it`);
  }
  return unknownField(inner, name, spec, root, lookup, loc.unresolvedAt);
}

/**
 * Rule 3 where the spec cannot place the value (the generated type came from elsewhere): the wire
 * forms judged from the compiler's own text of the target type.
 */
export function wireByMessage(value: unknown, message: string, name: string): Judgement | undefined {
  const target = /is not assignable to type '(.+?)'\.?(?: |$)/.exec(message)?.[1];
  if (target === undefined) return undefined;
  const members = new Set(target.split(' | ').map((m) => m.trim()));
  if (value === null && !members.has('null')) return wire(`the example shows null for '${name}', the generated type is not nullable`);
  if (typeof value === 'string' && members.has('number') && /^-?\d+(?:\.\d+)?$/.test(value))
    return wire(`the example shows the numeric string ${JSON.stringify(value)} for the number '${name}'`);
  if (typeof value === 'string' && members.has('boolean') && /^(?:Y|N|0|1)$/.test(value))
    return wire(`the example shows ${JSON.stringify(value)} for the boolean '${name}'`);
  return undefined;
}

/** Rule 2: findings on the envelope itself (`result` missing, a stray key, `total`/`next`). */
function envelope(f: Finding, ex: ExampleCase, top: string): Judgement {
  const key = String(f.path[0]);
  if (isObject(ex.body) && Object.hasOwn(ex.body, 'error') && !Object.hasOwn(ex.body, top))
    return parser(`the example is an error body (it has 'error'), filed as a success response`);
  if (f.kind === 'missing-required' && key === top) return doc(`the example has no '${top}' field`);
  if (f.kind === 'unknown-property') return doc(`'${key}' is not a field of the response envelope`);
  const value = valueAt(ex.body, f.path);
  if (f.kind === 'wrong-type' && typeof value === 'string' && /^\d+$/.test(value)) return wire(`'${key}' is the numeric string ${JSON.stringify(value)}`);
  return doc(`'${key}' of the envelope is ${jsonKind(value)}, the runtime reads a number`);
}

/**
 * Rule 3: a value the portal really sends for a documented type that the generated type does not
 * model yet; undefined when the value is not such a form.
 */
export function wireForm(value: unknown, type: TypeRef, name: string): Judgement | undefined {
  if (value === null) return wire(`the example shows null for '${name}', the generated type is not nullable`);
  const numberish = accepts(type, 'number');
  const boolish = accepts(type, 'boolean') || isYesNoEnum(type) || (type.kind === 'scalar' && type.format === 'yn');
  if (typeof value === 'string' && boolish && /^(?:Y|N|0|1|true|false)$/.test(value))
    return wire(`the example shows ${JSON.stringify(value)} for the boolean '${name}'`);
  if ((typeof value === 'number' && (value === 0 || value === 1)) || typeof value === 'boolean') {
    if (boolish) return wire(`the example shows ${JSON.stringify(value)} for the boolean '${name}'`);
  }
  if (value === false && !boolish) return wire(`the example shows false for '${name}' (PHP's false for an empty value), the generated type has no boolean`);
  if (typeof value === 'string' && numberish && /^-?\d+(?:\.\d+)?$/.test(value))
    return wire(`the example shows the numeric string ${JSON.stringify(value)} for the number '${name}'`);
  const docType = docTypeOf(type);
  const numericString = type.kind === 'scalar' && (type.format === 'id' || type.format === 'double' || type.format === 'timestamp');
  if (
    typeof value === 'number' &&
    accepts(type, 'string') &&
    (docType === undefined || numericString || kindsOfDocType(docType).has('number') || /id$/i.test(name))
  )
    return wire(`the example shows the number ${value} where the generated type has a string`);
  if (Array.isArray(value) && value.length === 0 && (accepts(type, 'object') || objectLike(type)))
    return wire(`the example shows [] for the object '${name}' (PHP encodes an empty associative array as [])`);
  return undefined;
}

/** Whether an object type lists a key (by name or alias). */
const listed = (t: Extract<TypeRef, { kind: 'object' }>, key: string): boolean => t.fields.some((f) => f.name === key || (f.aliases ?? []).includes(key));

/** Rule 4: a value of another kind than the spec's type, not a wire form. */
function wrongKind(value: unknown, type: TypeRef, name: string, description: string | undefined): Judgement {
  const kind = jsonKind(value);
  const docType = docTypeOf(type);
  if (kind === 'array' && !accepts(type, 'array') && description && LIST_WORDS.test(description)) {
    return parser(
      `the table's type for '${name}' is ${docType ? `'${docType}'` : describe(type)} but its description says a list ("${clip(description)}"), as the example shows`,
    );
  }
  if (kind === 'object' && !accepts(type, 'object') && description && OBJECT_WORDS.test(description)) {
    return parser(
      `the table's type for '${name}' is ${docType ? `'${docType}'` : describe(type)} but its description says an object ("${clip(description)}"), as the example shows`,
    );
  }
  if (isObject(value) && type.kind === 'scalar' && Object.keys(value).length > 0 && Object.values(value).every((v) => accepts(type, jsonKind(v)))) {
    return parser(
      `the example wraps the table's ${describe(type)} in { ${Object.keys(value).join(', ')} }: the table lists the wrapper's fields beside '${name}' (flat), the spec kept only the outer type`,
    );
  }
  if (isFieldDescription(value) && type.kind !== 'object') {
    return parser(
      `the example shows a field description ({ ${Object.keys(value).slice(0, 3).join(', ')}, … }) for '${name}', the spec types it as the field's value (${describe(type)}): a fields method's result read as the entity`,
    );
  }
  if (docType && kindsOfDocType(docType).has(kind) && !accepts(type, kind)) {
    const php = kind === 'object' && /array/i.test(docType) ? ' (Bitrix docs say "array" for associative arrays too)' : '';
    return parser(`the docs type '${name}' as '${docType}', which fits the example's ${kind}${php}, but the spec maps it to ${describe(type)}`);
  }
  if (kind === 'object' && type.kind === 'array')
    return parser(`the example shows an object for '${name}', the spec made it ${describe(type)}: an associative "array" read as a list`);
  if (type.kind === 'enum' && !type.open && (typeof value === 'string' || typeof value === 'number')) {
    const placeholder = type.values.find((v) => typeof v.value === 'string' && /xxx|\.\.\.|…|\{.*\}|<.*>/i.test(v.value));
    if (placeholder)
      return parser(`the documented values of '${name}' include the placeholder ${JSON.stringify(placeholder.value)}: a closed enum of value patterns`);
    return doc(`${JSON.stringify(value)} is not one of the documented values of '${name}'`);
  }
  if (!accepts(type, kind))
    return doc(
      `the table types '${name}' as ${docType ? `'${docType}'` : describe(type)}, the example shows ${kind === 'array' || kind === 'object' ? 'an' : 'a'} ${kind}`,
    );
  // Keys the object's table does not list: the compiler names them as unknown properties, except where the
  // field also takes `[]` (PHP's empty array, `T | []`) and numeric keys are compared with the tuple's instead.
  const unlisted =
    isObject(value) && type.kind === 'object' && type.fields.length > 0 && !type.additional ? Object.keys(value).filter((k) => !listed(type, k)) : [];
  if (unlisted.length > 0) return doc(`the example shows ${unlisted.map((k) => `'${k}'`).join(', ')}, which the page's table for '${name}' does not list`);
  return unclear(`the example's ${kind} fits '${name}' as the spec describes it; the generated type is narrower`);
}

/** Rule 5: a key of the example that the generated result type does not have. */
function unknownField(
  inner: JsonPath,
  name: string,
  spec: MethodSpec,
  root: { owner: MethodSpec; type: TypeRef },
  lookup: SpecLookup,
  unresolvedAt: number,
): Judgement {
  const key = String(inner[inner.length - 1]);
  if (unresolvedAt === -1) return unclear(`the spec documents '${name}' but the generated type has no such property`);
  const parentPath = inner.slice(0, -1);
  const parentName = formatPath([envelopeKey(spec), ...parentPath]);
  if (unresolvedAt !== inner.length - 1) return unclear(`the spec does not document '${parentName}' deeply enough to place '${key}'`);
  const parent = locateIn(root.owner, root.type, parentPath, lookup);
  const parentType = parentPath.length === 0 ? root.type : parent.steps[parent.steps.length - 1]?.type;
  const type = objectPart(root.owner, parentType, lookup);
  const linked = linkedFields(spec);
  if (!type || type.fields.length === 0) {
    return parser(`the spec gives '${parentName}' no field list${linked ? `; ${linked}` : ''}, while the example shows its fields`);
  }
  const pattern = type.fields.find((f) => matchesPattern(key, f.name));
  if (pattern) return parser(`'${key}' matches the documented name pattern '${pattern.name}', which the spec keeps as a literal field name`);
  const sibling = parentPath.length <= 1 ? siblingPattern(spec, key, lookup) : undefined;
  if (sibling) return parser(sibling);
  const near = nearMiss(
    key,
    type.fields.map((f) => f.name),
  );
  if (near) return parser(`the type has '${near}' where the portal returns '${key}' (the example): the fields were read with another key case`);
  for (const f of type.fields) {
    const inner2 = objectPart(root.owner, f.type, lookup);
    if (inner2?.fields.some((g) => g.name === key)) return parser(`'${key}' is a field of '${f.name}' in the spec: the result was read one level off`);
  }
  const inferred = type.fields.filter((f) => f.source.how === 'inferred');
  if (inferred.length * 2 > type.fields.length)
    return parser(`the fields of '${parentName}' were mostly inferred (${inferred[0]!.source.evidence ?? 'no table'}), not read`);
  if (linked) return parser(`'${key}' is not among the fields the spec read for '${parentName}'; ${linked}`);
  return doc(`the example shows '${key}', which the page's table for '${parentName}' does not list`);
}

/**
 * A custom or relation field (`UF_CRM_…`, `PARENT_ID_153`) the entity's own fields method documents as
 * a name pattern (`<entity>.fields`: `UF_...`, `PARENT_ID_...`): the portal returns such fields in every
 * read of the entity, so a result type without them misses what the docs document one page over.
 */
function siblingPattern(spec: MethodSpec, key: string, lookup: SpecLookup): string | undefined {
  const dot = spec.method.lastIndexOf('.');
  if (dot < 0) return undefined;
  const fieldsMethod = `${spec.method.slice(0, dot)}.fields`;
  const owner = specNamed(lookup, fieldsMethod, spec);
  if (!owner?.result || owner === spec) return undefined;
  const type = objectPart(owner, owner.result.type, lookup);
  const hit = type?.fields.find((f) => matchesPattern(key, f.name));
  return hit && `'${key}' instantiates '${hit.name}', which ${fieldsMethod} documents for the entity; the result type does not admit it`;
}

/** The link the result section gives to a field table on another page, when the spec records one. */
function linkedFields(spec: MethodSpec): string | undefined {
  const desc = spec.result?.description ?? '';
  const link = /\]\(([^)]+\.md)[^)]*\)/.exec(desc)?.[1];
  return link ? `the page's result section links the fields to ${link}` : undefined;
}

/** An error text compared loosely (case, spaces, a trailing full stop). */
function squashCode(s: string): string {
  return s.trim().replace(/\.$/, '').toLowerCase();
}

/** A description that calls the value a list ("Array of phone numbers", "contains the filtered list of users"). */
const LIST_WORDS = /\b(?:array|list)\b|массив|список/i;

/** A description that calls the value an object ("Contains an object with the key `result`"). */
const OBJECT_WORDS = /\bobject\b|объект/i;

/** The start of a description, for reasons. */
function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

/** True for an object shaped like a `*.fields` method's description of one field (`{ type, isRequired, title, … }`, `{ TYPE, USE_IN_FILTER }`). */
function isFieldDescription(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const keys = new Set(Object.keys(value).map((k) => k.toLowerCase()));
  return keys.has('type') && ['isrequired', 'isreadonly', 'ismultiple', 'title', 'use_in_filter', 'use_in_show'].some((k) => keys.has(k));
}

/** True for an enum of exactly Y and N (a boolean as the wire carries it). */
function isYesNoEnum(t: TypeRef): boolean {
  return t.kind === 'enum' && t.values.length === 2 && t.values.every((v) => v.value === 'Y' || v.value === 'N');
}

/** True when a type is an object or a map (after unions). */
function objectLike(t: TypeRef): boolean {
  if (t.kind === 'object' || t.kind === 'map') return true;
  return t.kind === 'union' && t.anyOf.some(objectLike);
}

/**
 * Who is wrong when an error example's code is not among the method's typed error codes: the page's
 * error table lists the code (→ unclear: an emitter question), lists the error by its message only
 * while the example shows the code, or lists the example's code text as a message (old CRM errors
 * send the message as the code) (→ parser bug: the code is on the page), or does not list it (→
 * doc bug). A success body filed as an error → parser bug; anything else → unclear.
 */
export function judgeError(f: Finding, ex: ExampleCase, spec: MethodSpec): Judgement {
  if (f.kind === 'other') return unclear('the compiler message is none of the three kinds');
  if (isObject(ex.body) && !Object.hasOwn(ex.body, 'error'))
    return parser(`the example has no 'error' (keys: ${Object.keys(ex.body).join(', ') || 'none'}): a success body filed as an error`);
  const codePath = f.path.length === 1 && f.path[0] === 'error' ? true : f.path.length === 2 && f.path[0] === 'error' && f.path[1] === 'code';
  if (f.kind !== 'wrong-type' || !codePath) {
    const where = formatPath(f.path);
    return f.kind === 'unknown-property' ? doc(`'${where}' is not part of the documented error body`) : unclear(`the error body does not fit at '${where}'`);
  }
  const code = valueAt(ex.body, f.path);
  if (typeof code !== 'string') return doc(`the error code is ${jsonKind(code)}, not a string`);
  if (code === '0' || code.trim() === '') return unclear(`the docs write '${code}' where a code belongs, which the reader keeps as a placeholder (no code)`);
  if (spec.errors.some((e) => e.code === code)) return unclear(`the page's error table lists '${code}' but the generated error codes lack it`);
  const asMessage = spec.errors.find((e) => e.code === null && e.message && squashCode(e.message) === squashCode(code));
  if (asMessage)
    return parser(
      `the page's error table lists "${clip(asMessage.message!)}" as a message (code null); the example shows the portal sending it as the error code`,
    );
  const description = isObject(ex.body) ? (ex.body['error_description'] ?? (isObject(ex.body['error']) ? ex.body['error']['message'] : undefined)) : undefined;
  const squash = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9а-я]+/g, ' ')
      .trim();
  const byMessage =
    typeof description === 'string' && description !== ''
      ? spec.errors.find(
          (e) => e.code === null && e.message && (squash(description).startsWith(squash(e.message)) || squash(e.message).startsWith(squash(description))),
        )
      : undefined;
  if (byMessage) return parser(`the page lists the error "${clip(byMessage.message!)}" without a code; its example shows the code '${code}'`);
  return doc(`the example shows the error code '${code}', which the page's error table does not list`);
}
