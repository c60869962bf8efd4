/**
 * TypeRef → JSON Schema (2020-12, as OpenAPI 3.1 embeds it), mirroring the TypeScript target's mapping
 * (typescript/common/type-text.ts) so the two outputs agree:
 * - results (`output`) describe what the portal sends: a scalar with a `wire` record takes its forms (a
 *   numeric string is `type: string` with NUMERIC_STRING, Y/N an enum, a 0/1 flag `enum: [0, 1]`), `null`
 *   added where an example shows it; a field that PHP sends as `[]` when empty (`emptyArray`) also admits
 *   an empty array; a result field is required when the spec says `required: true`;
 * - params (`input`) accept what the portal accepts (REST 1 reads numbers from strings, flags as Y/N or
 *   booleans); Vibe params take the JSON type the docs give;
 * - `additional` with `additionalKeys` prefixes → `patternProperties` (`^UF_`), without → `additionalProperties`;
 * - open enums → `anyOf` of the documented values and the base type (what `'A' | (string & {})` says);
 * - named types → `$ref` to `components.schemas` under the plan's name (the TS client's type name).
 * Every property and schema carries `x-b24-source` ({file, line, how, evidence}). Pure.
 */
import type { Field, Provenance, TypeRef, Wire, WireForm } from '../../spec/schema.ts';
import { scalarKind, type ScalarKind, type TypeDecl, type TypeScope } from '../plan/index.ts';

/** A JSON Schema / OpenAPI object as emitted (plain JSON). */
export type Json = { [key: string]: unknown };

/** Where a schema is used: params (what callers send) or results (what the portal sends). */
export type SchemaMode = 'input' | 'output';

/** What a schema is built with. */
export interface SchemaContext {
  scope: TypeScope;
  mode: SchemaMode;
  api: 'rest' | 'vibe';
  /** A shared catalogue declaration: used by params and results alike (see sharedScalar). */
  shared?: boolean;
  /** Called for each named type a `$ref` points at (the document collects them into components). */
  use(decl: TypeDecl): void;
}

/** A string of digits as PHP sends numbers ("43", "-1", "12500.00", and "" for no value). */
export const NUMERIC_STRING = '^(-?[0-9]+(\\.[0-9]+)?)?$';

/** Set an own enumerable property, whatever the key (`__proto__` included: `o[k] = v` would set the prototype). */
export function setOwn(o: Json, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * `x-b24-source` of a provenance: file, line (when known), how; the evidence only for an inferred fact (it
 * says what the fact was inferred from; a read fact's line is its evidence, and the documents stay smaller).
 */
export function sourceOf(p: Provenance | undefined): Json | undefined {
  if (!p) return undefined;
  const evidence = p.how === 'inferred' && p.evidence !== undefined ? { evidence: p.evidence } : {};
  return { file: p.file, ...(p.line === undefined ? {} : { line: p.line }), how: p.how, ...evidence };
}

/** The `$ref` of a component schema. */
export function componentRef(name: string): Json {
  return { $ref: `#/components/schemas/${name}` };
}

/** The JSON Schema of a TypeRef. */
export function typeSchema(t: TypeRef, ctx: SchemaContext): Json {
  switch (t.kind) {
    case 'scalar':
      return withFormat(scalarSchema(t.name, t.format, ctx, t.wire), t.format, t.docType);
    case 'array':
      return { type: 'array', items: typeSchema(t.items, ctx) };
    case 'map': {
      const out: Json = { type: 'object' };
      if (t.keys === 'integer') out['propertyNames'] = { pattern: '^-?[0-9]+$' };
      out['additionalProperties'] = typeSchema(t.values, ctx);
      if (t.keysOf) out['x-b24-keys-of'] = t.keysOf;
      return out;
    }
    case 'enum':
      return enumSchema(t, ctx);
    case 'union':
      return union(t.anyOf.map((m) => typeSchema(m, ctx)));
    case 'object':
      return objectSchema(t.fields, t.additional, t.additionalKeys, ctx);
    case 'ref': {
      const decl = ctx.scope.resolve(t);
      if (!decl) return { 'x-b24-unresolved': t.name };
      ctx.use(decl);
      return componentRef(decl.name);
    }
  }
}

/** Standard formats as JSON Schema names them; the docs' other type words stay in `x-b24-format` / `x-b24-type`. */
function withFormat(s: Json, format: string | undefined, docType: string | undefined): Json {
  const standard: Record<string, string> = { date: 'date', datetime: 'date-time', time: 'time' };
  const out: Json = { ...s };
  const known = format ? standard[format] : undefined;
  // A format applies to strings only; on a union of forms it would mislead.
  if (known && out['type'] === 'string') out['format'] = known;
  else if (format) out['x-b24-format'] = format;
  if (docType) out['x-b24-type'] = docType;
  return out;
}

/** Schemas of a scalar kind where no wire record decides: params, and declarations no result reaches (type-text's SCALAR_TEXT). */
const PLAIN: Record<'output' | 'input' | 'vibe-input', Record<ScalarKind, Json>> = {
  output: {
    string: { type: 'string' },
    'numeric-string': { type: 'string', pattern: NUMERIC_STRING },
    flag: { anyOf: [{ type: 'string', enum: ['Y', 'N'] }, { type: 'boolean' }] },
    number: { type: ['number', 'string'] },
    boolean: { anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['Y', 'N'] }, { type: 'integer', enum: [0, 1] }] },
    null: { type: 'null' },
    unknown: {},
  },
  input: {
    string: { type: 'string' },
    'numeric-string': { type: ['string', 'number'] },
    flag: { anyOf: [{ type: 'string', enum: ['Y', 'N'] }, { type: 'boolean' }] },
    number: { type: ['number', 'string'] },
    boolean: { anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['Y', 'N'] }, { type: 'integer', enum: [0, 1] }] },
    null: { type: 'null' },
    unknown: {},
  },
  'vibe-input': {
    string: { type: 'string' },
    'numeric-string': { type: ['string', 'number'] },
    flag: { type: 'string', enum: ['Y', 'N'] },
    number: { type: 'number' },
    boolean: { type: 'boolean' },
    null: { type: 'null' },
    unknown: {},
  },
};

/** A number scalar documented as an integer keeps `integer` where it is typed as a number. */
function integerly(s: Json, name: string): Json {
  if (name !== 'integer') return s;
  if (s['type'] === 'number') return { ...s, type: 'integer' };
  if (Array.isArray(s['type'])) return { ...s, type: s['type'].map((x) => (x === 'number' ? 'integer' : x)) };
  return s;
}

/** The schema of one wire form for a scalar of the given kind (type-text's wireFormText). */
export function wireFormSchema(form: WireForm, kind: ScalarKind, name: string): Json {
  const flag = kind === 'boolean' || kind === 'flag';
  switch (form) {
    case 'numeric-string':
      return flag ? { type: 'string', enum: ['0', '1'] } : { type: 'string', pattern: NUMERIC_STRING };
    case 'number':
      return flag ? { type: 'integer', enum: [0, 1] } : { type: name === 'integer' ? 'integer' : 'number' };
    case 'yn':
      return { type: 'string', enum: ['Y', 'N'] };
    case 'boolean':
      return { type: 'boolean' };
    case 'string':
      return { type: 'string' };
  }
}

/** A scalar: the wire record decides in results; params and declarations use PLAIN. */
function scalarSchema(name: string, format: string | undefined, ctx: SchemaContext, wire: Wire | undefined): Json {
  const kind = scalarKind(name, format);
  if (ctx.api === 'vibe' && ctx.mode === 'input') return integerly(PLAIN['vibe-input'][kind], name);
  // A shared catalogue type is what callers send as much as what results carry: numbers in either form.
  if (ctx.shared && ctx.mode === 'output') return integerly(kind === 'number' ? { type: ['number', 'string'] } : PLAIN.input[kind], name);
  const plain = integerly(PLAIN[ctx.mode][kind], name);
  if (ctx.mode !== 'output' || !wire || kind === 'unknown' || kind === 'null') return plain;
  const sent = [wire.sends, ...(wire.also ?? [])].map((f) => wireFormSchema(f, kind, name));
  // A docs string that an example shows in another form accepts both (type-text: unionText([docs, sent])).
  const forms = kind === 'string' ? union([plain, ...sent]) : union(sent);
  return wire.nullable ? nullable(forms) : forms;
}

/** An enum (type-text's enumTypeText): integer values sent as strings are string values in results, either form in params. */
function enumSchema(t: Extract<TypeRef, { kind: 'enum' }>, ctx: SchemaContext): Json {
  const values = t.values.map((v) => v.value);
  const described = t.values.some((v) => v.description !== undefined);
  const forms = t.wire ? [t.wire.sends, ...(t.wire.also ?? [])] : [];
  const output = ctx.mode === 'output';
  const nullIf = (s: Json) => (output && t.wire?.nullable ? nullable(s) : s);
  let out: Json;
  if (ctx.api === 'vibe' && ctx.mode === 'input') out = enumOf(t.base, values, t.open);
  else if (output && t.base === 'string' && forms.includes('number') && values.every((v) => /^-?\d{1,15}$/.test(String(v)))) {
    out = nullIf(union([enumOf('integer', values, t.open), enumOf('string', values, t.open)]));
  } else if (t.base !== 'integer' || (output && t.wire && t.wire.sends !== 'numeric-string')) out = nullIf(enumOf(t.base, values, t.open));
  else if (output && t.wire) out = nullIf(enumOf('string', values.map(String), t.open));
  else out = union([enumOf('integer', values, t.open), enumOf('string', values.map(String), t.open)]);
  if (described) out['x-enum-descriptions'] = Object.fromEntries(t.values.map((v) => [String(v.value), v.description ?? '']));
  if (t.open) out['x-b24-open-enum'] = true;
  const source = sourceOf(t.source);
  if (source) out['x-b24-source'] = source;
  return out;
}

/** `enum` of literal values of a base; an open enum is `anyOf` the values and the base (editors still list the values). */
function enumOf(base: 'string' | 'integer', values: Array<string | number | boolean>, open: boolean): Json {
  const type = base === 'integer' ? 'integer' : 'string';
  const lits = [
    ...new Set(
      values.map((v) => {
        if (base === 'integer' && typeof v === 'string' && /^-?\d{1,15}$/.test(v)) return Number(v);
        return base === 'integer' && typeof v === 'number' ? v : typeof v === 'boolean' ? v : String(v);
      }),
    ),
  ];
  if (lits.length === 0) return { type };
  const closed: Json = { type: lits.every((l) => typeof l === (base === 'integer' ? 'number' : 'string')) ? type : undefined, enum: lits };
  if (closed['type'] === undefined) delete closed['type'];
  return open ? { anyOf: [closed, { type }] } : closed;
}

/** A union of schemas: duplicates removed, `{}` absorbs everything, type-only members merged into one `type` list. */
export function union(members: Json[]): Json {
  const unique: Json[] = [];
  const seen = new Set<string>();
  for (const m of members.flatMap((x) => (isPlainAnyOf(x) ? (x['anyOf'] as Json[]) : [x]))) {
    const key = JSON.stringify(m);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(m);
  }
  if (unique.some((m) => Object.keys(m).length === 0)) return {};
  if (unique.length === 1) return unique[0]!;
  if (unique.every(isTypeOnly)) return { type: [...new Set(unique.flatMap((m) => typeList(m)))] };
  return { anyOf: unique };
}

/** The schema or null. */
export function nullable(s: Json): Json {
  if (isTypeOnly(s)) return { type: [...new Set([...typeList(s), 'null'])] };
  return union([s, { type: 'null' }]);
}

const isPlainAnyOf = (s: Json): boolean => Object.keys(s).length === 1 && Array.isArray(s['anyOf']);
const isTypeOnly = (s: Json): boolean => Object.keys(s).length === 1 && s['type'] !== undefined;
const typeList = (s: Json): string[] => (Array.isArray(s['type']) ? (s['type'] as string[]) : [s['type'] as string]);

/** An object type: properties (first of each name wins), `required` from `required: true`, unlisted keys by prefix or open. */
export function objectSchema(
  fields: readonly Field[],
  additional: TypeRef | undefined,
  additionalKeys: readonly string[] | undefined,
  ctx: SchemaContext,
): Json {
  const out: Json = { type: 'object' };
  const properties: Json = {};
  const required: string[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    setOwn(properties, f.name, fieldSchema(f, ctx));
    if (f.required === true) required.push(f.name);
  }
  if (seen.size > 0) out['properties'] = properties;
  if (required.length > 0) out['required'] = required;
  if (additional) {
    const prefixes = [...new Set((additionalKeys ?? []).filter((p) => /^[A-Za-z0-9_]+$/.test(p)))].sort();
    const value = typeSchema(additional, ctx);
    if (prefixes.length > 0) out['patternProperties'] = Object.fromEntries(prefixes.map((p) => [`^${p}`, value]));
    else out['additionalProperties'] = value;
  }
  return out;
}

/** A field's schema: its type, `[]` and `null` where the portal sends them (results), and its docs and provenance. */
export function fieldSchema(f: Field, ctx: SchemaContext): Json {
  let s = typeSchema(f.type, ctx);
  if (ctx.mode === 'output') {
    if (f.emptyArray) s = union([s, { type: 'array', maxItems: 0 }]);
    if (f.nullable) s = nullable(s);
  }
  return annotate(s, f);
}

/** Docs and provenance of a field or param on its schema (a `$ref` gets siblings: allowed in OpenAPI 3.1). */
export function annotate(
  s: Json,
  f: {
    description?: string | undefined;
    default?: unknown;
    deprecated?: boolean | undefined;
    readOnly?: boolean | undefined;
    required: boolean | 'unknown';
    aliases?: string[] | undefined;
    source: Provenance;
  },
): Json {
  const out: Json = { ...s };
  if (f.description) out['description'] = f.description;
  if (f.default !== undefined) out['default'] = f.default;
  if (f.deprecated) out['deprecated'] = true;
  if (f.readOnly) out['readOnly'] = true;
  if (f.required === 'unknown') out['x-b24-required'] = 'unknown';
  if (f.aliases && f.aliases.length > 0) out['x-b24-aliases'] = f.aliases;
  out['x-b24-source'] = sourceOf(f.source);
  return out;
}
