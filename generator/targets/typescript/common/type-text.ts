/**
 * TypeRef → TypeScript type text.
 *
 * Mapping decisions (the wire model, link/wire-model.ts, decides results; the docs' examples decide params):
 * - Results are typed as the portal sends them: a scalar with a `wire` record (every scalar a result reaches,
 *   after the link stage) takes its form — a numeric
 *   string ("43", "12500.00", also "") is `string`, a number `number`, `Y`/`N` `'Y' | 'N'`, true/false
 *   `boolean`, a 0/1 flag `0 | 1` (or `'0' | '1'`); `| null` where an example shows null. A plain `string`
 *   stays `string`, not a `${number}` template: the examples send "" for "no value" in numeric fields.
 *   A number or boolean without `wire` in a declaration (a named type of params; a spec never linked) is
 *   typed as a param; a docs string stays `string`, a Y/N flag `'Y' | 'N' | boolean`.
 * - Params accept every form the portal accepts: integers and numbers as a number or a string (ids read from one
 *   result are typed `string`, and request examples send both; a `${number}` template would reject them); a docs `boolean` `boolean | 'Y' | 'N' | 0 | 1`
 *   (data-types.md: "Most often takes values `Y` or `N`. In some methods, it may take values `0` or `1`,
 *   as well as `true` or `false`"); a flag the docs write as Y/N `'Y' | 'N' | boolean`: the generated
 *   `createClient` knows each method's flag paths and sends `true`/`false` there as `'Y'`/`'N'` (PHP compares
 *   the letter: "1" would read as N).
 * - enum → union of literals; `open: true` adds `(string & {})` / `(number & {})` so editors still
 *   complete the documented values. An integer enum sent as strings (wire) lists the string literals; a
 *   param integer enum accepts both.
 * - object → inline object type; `additional` → one index signature per `additionalKeys` prefix (`[key: `UF_${string}`]`), else `[key: string]`
 *   (a typed index signature would have to accept every documented field's type too).
 * - map → `Record<string, V>` (JSON keys are strings even when documented as integers).
 * - ref → the emitted name of the named type; an unresolvable ref → `unknown` with a comment.
 * - A result field is non-optional when `required: true` (read, or marked present by the link stage:
 *   the docs document it for the record), gets `| []` when `emptyArray` (PHP sends an empty object or
 *   map as `[]`) and `| null` when `nullable`.
 */
import type { Field, TypeRef, Wire, WireForm } from '../../../spec/schema.ts';
import type { FileContext } from './file-context.ts';
import { defaultValueText, docCode, escapeDocText, renderDoc, type DocParts } from './jsdoc.ts';
import type { TypeScope } from '../../plan/index.ts';
import { scalarKind, type ScalarKind } from '../../plan/scalar-kind.ts';
import { declFile, SHARED_TYPES_FILE } from './paths.ts';
import { absentableType, quote, typePropertyKey } from './identifiers.ts';

/** Parameters (what callers send) or results (what Bitrix sends). */
export type TypeMode = 'input' | 'output';

/** Where a type is printed: ref scope, the file (for imports) and the mode. */
export interface TypeTextContext {
  scope: TypeScope;
  file: FileContext;
  mode: TypeMode;
  /** Vibe is a JSON API: its params take the JSON type the docs give (its request examples send numbers as numbers). */
  api?: 'rest' | 'vibe' | undefined;
}

/** The TypeScript text of a TypeRef. */
export function typeText(t: TypeRef, ctx: TypeTextContext): string {
  switch (t.kind) {
    case 'scalar':
      if (ctx.api === 'vibe' && ctx.mode === 'input') return VIBE_INPUT[scalarKind(t.name, t.format)];
      // A shared catalogue type (crm_multifield, crm_currency_localization) is what callers send as much as
      // what results carry, in either form: see sharedScalarText.
      if (ctx.file.file === SHARED_TYPES_FILE && ctx.mode === 'output') return sharedScalarText(t.name, t.format);
      return scalarText(t.name, t.format, ctx.mode, t.wire);
    case 'array':
      return arrayText(typeText(t.items, ctx));
    case 'map':
      return `Record<string, ${typeText(t.values, ctx)}>`;
    case 'enum':
      if (ctx.api === 'vibe' && ctx.mode === 'input')
        return enumText(
          t.base,
          t.values.map((v) => v.value),
          t.open,
        );
      return enumTypeText(t, ctx.mode);
    case 'union':
      return unionText(t.anyOf.map((m) => typeText(m, ctx)));
    case 'object':
      return objectTypeText(t.fields, t.additional, ctx, t.additionalKeys);
    case 'ref': {
      const decl = ctx.scope.resolve(t);
      if (!decl) return `unknown /* unresolved type ${escapeComment(t.name)} */`;
      return ctx.file.useType(decl.name, declFile(decl));
    }
  }
}

export { scalarKind, type ScalarKind } from '../../plan/scalar-kind.ts';

/** Where a scalar is typed: parameters, results, or a filter value (lenient where Bitrix is). */
export type ScalarMode = TypeMode | 'filter';

const SCALAR_TEXT: Record<ScalarMode, Record<ScalarKind, string>> = {
  // Without a wire record (scalarText): a docs string is a string; a docs number or boolean is typed as a param (no result reaches it: a named type of params, or a spec never linked).
  output: {
    string: 'string',
    'numeric-string': 'string',
    // A declaration params use (results carry wire records): the client sends a boolean there as its letter.
    flag: "'Y' | 'N' | boolean",
    number: 'number | string',
    boolean: "boolean | 'Y' | 'N' | 0 | 1",
    null: 'null',
    unknown: 'unknown',
  },
  // Ids read from a result are strings; request examples send integers both ways; a docs boolean is any of data-types.md's three pairs.
  input: {
    string: 'string',
    'numeric-string': 'string | number',
    // The generated client sends a boolean given for a flag as its letter (plan/flag-paths.ts, runtime flagsAsYN).
    flag: "'Y' | 'N' | boolean",
    // Any string: an id read from a result (a `string`) passes to the next call, as the users expect.
    number: 'number | string',
    boolean: "boolean | 'Y' | 'N' | 0 | 1",
    null: 'null',
    unknown: 'unknown',
  },
  // Numbers and numeric strings are interchangeable in filters; Y/N flags and booleans both pass.
  filter: {
    // A REST 1 filter value is read as text: tasks-task-list.md filters RESPONSIBLE_ID (a string field) by 547.
    string: 'string | number',
    'numeric-string': 'string | number',
    flag: "'Y' | 'N'",
    number: 'number | string',
    boolean: "boolean | 'Y' | 'N'",
    null: 'null',
    unknown: 'unknown',
  },
};

/** Vibe params: the JSON type as documented (a JSON API parses what it is sent; no PHP reads "43" as 43). */
const VIBE_INPUT: Record<ScalarKind, string> = {
  string: 'string',
  'numeric-string': 'string | number',
  flag: "'Y' | 'N'",
  number: 'number',
  boolean: 'boolean',
  null: 'null',
  unknown: 'unknown',
};

/** The TS type of a wire form, for a scalar of the given kind (a flag sent as 0/1 is those literals). */
export function wireFormText(form: WireForm, kind: ScalarKind): string {
  const flag = kind === 'boolean' || kind === 'flag';
  switch (form) {
    case 'numeric-string':
      return flag ? "'0' | '1'" : 'string';
    case 'number':
      return flag ? '0 | 1' : 'number';
    case 'yn':
      return "'Y' | 'N'";
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'string';
  }
}

/**
 * A scalar's TS type: the one scalar → TypeScript mapping. In results a wire record decides (numbers and
 * flags take its form; a plain string that an example shows otherwise accepts both); `| null` when an
 * example shows null.
 */
export function scalarText(name: string, format: string | undefined, mode: ScalarMode, wire?: Wire): string {
  const kind = scalarKind(name, format);
  // The link stage gives every number and flag a result reaches a wire record; one without is what callers
  // send (a named type of params, printed as a declaration) or was never linked: SCALAR_TEXT.output is lenient.
  const docs = SCALAR_TEXT[mode][kind];
  if (mode !== 'output' || !wire || kind === 'unknown' || kind === 'null') return docs;
  const sent = unionText([wire.sends, ...(wire.also ?? [])].map((f) => wireFormText(f, kind)));
  const text = kind === 'string' ? unionText([docs, sent]) : sent;
  return wire.nullable ? `${text} | null` : text;
}

/**
 * A shared catalogue scalar (crm_multifield, product rows): params and results alike use it, and the methods
 * sharing it send its numbers both as numbers and as strings (no wire record): a number is `number | string`.
 */
function sharedScalarText(name: string, format: string | undefined): string {
  const kind = scalarKind(name, format);
  return kind === 'number' ? 'number | string' : SCALAR_TEXT.input[kind];
}

/** An enum's TS type: integer values sent as strings are string literals in results, either form in params. */
function enumTypeText(t: Extract<TypeRef, { kind: 'enum' }>, mode: TypeMode): string {
  const values = t.values.map((v) => v.value);
  const forms = t.wire ? [t.wire.sends, ...(t.wire.also ?? [])] : [];
  // Digit values listed as strings that an example shows as numbers ("DELETED_TYPE": 0, disk-folder-add-subfolder.md:260): both forms.
  if (mode === 'output' && t.base === 'string' && forms.includes('number') && values.every((v) => /^-?\d{1,15}$/.test(String(v)))) {
    const text = `${enumText('integer', values, t.open)} | ${enumText('string', values, t.open)}`;
    return t.wire?.nullable ? `${text} | null` : text;
  }
  if (t.base !== 'integer' || (mode === 'output' && t.wire && t.wire.sends !== 'numeric-string')) {
    const text = enumText(t.base, values, t.open);
    return mode === 'output' && t.wire?.nullable ? `${text} | null` : text;
  }
  const strings = enumText('string', values.map(String), t.open);
  if (mode === 'output' && t.wire) return t.wire.nullable ? `${strings} | null` : strings;
  return `${enumText('integer', values, t.open)} | ${strings}`;
}

/** `T[]`, or `Array<T>` when T is not a simple name. */
export function arrayText(item: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(item) ? `${item}[]` : `Array<${item}>`;
}

/** A union; duplicates removed, `unknown` absorbs everything. */
export function unionText(members: string[]): string {
  const unique = [...new Set(members)];
  if (unique.includes('unknown')) return 'unknown';
  return unique.length === 1 ? unique[0]! : unique.map((m) => (m.includes('=>') ? `(${m})` : m)).join(' | ');
}

/** Literal union of enum values; open enums keep completion with `(string & {})`. */
export function enumText(base: 'string' | 'integer', values: Array<string | number | boolean>, open: boolean): string {
  const lits = [...new Set(values.map((v) => literalText(base, v)))];
  if (lits.length === 0) return base === 'integer' ? 'number' : 'string';
  if (open) lits.push(base === 'integer' ? '(number & {})' : '(string & {})');
  return lits.join(' | ');
}

/** A literal type for an enum value of the given base. */
function literalText(base: 'string' | 'integer', v: string | number | boolean): string {
  if (base === 'integer' && typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (base === 'integer' && typeof v === 'string' && /^-?\d{1,15}$/.test(v)) return String(Number(v));
  if (typeof v === 'boolean') return String(v);
  return quote(String(v));
}

/** An inline object type with one member per field (nested JSDoc kept for hovers). */
export function objectTypeText(fields: Field[], additional: TypeRef | undefined, ctx: TypeTextContext, additionalKeys?: readonly string[]): string {
  if (fields.length === 0) return additional ? `Record<string, ${typeText(additional, ctx)}>` : 'Record<string, unknown>';
  const members: string[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    const type = f.required === true ? fieldTypeText(f, ctx) : absentableType(f.name, fieldTypeText(f, ctx));
    members.push(`${renderDoc(fieldDoc(f))}${typePropertyKey(f.name)}${f.required === true ? '' : '?'}: ${type};`);
  }
  if (additional) for (const keyType of indexKeyTypes(additionalKeys)) members.push(`[key: ${keyType}]: unknown;`);
  return `{\n${members.join('\n')}\n}`;
}

/**
 * A field's type: in results, `| []` when the portal sends an empty object or map as PHP's empty array
 * (`emptyArray`), and `| null` when it may send null (`nullable`, from the docs' words or example).
 */
export function fieldTypeText(f: Pick<Field, 'type' | 'nullable' | 'emptyArray'>, ctx: TypeTextContext): string {
  const t = typeText(f.type, ctx);
  if (ctx.mode !== 'output') return t;
  return unionText([t, ...(f.emptyArray ? ['[]'] : []), ...(f.nullable ? ['null'] : [])]);
}

/**
 * Key types of the index signatures an object with unlisted keys gets: one template literal per known
 * prefix (`UF_${string}`), so a typo in a listed field is still a compile error; `string` when the
 * docs do not say which keys.
 */
export function indexKeyTypes(prefixes: readonly string[] | undefined): string[] {
  const safe = (prefixes ?? []).filter((p) => /^[A-Za-z0-9_]+$/.test(p));
  return safe.length > 0 ? [...new Set(safe)].sort().map((p) => `\`${p}\${string}\``) : ['string'];
}

/**
 * JSDoc parts of a field or parameter: the description with short notes on the same paragraph (the
 * notes are on most fields of the corpus, so they stay short), plus @defaultValue / @deprecated.
 */
export function fieldDoc(f: {
  description?: string | undefined;
  required: boolean | 'unknown';
  readOnly?: boolean | undefined;
  aliases?: string[] | undefined;
  default?: unknown;
  deprecated?: boolean | undefined;
}): DocParts {
  const def = defaultValueText(f.default);
  const notes = [
    f.required === 'unknown' && '(Required: not documented.)',
    f.readOnly && 'Read-only.',
    f.aliases && f.aliases.length > 0 && `Also accepted as: ${f.aliases.map(docCode).join(', ')}.`,
  ].filter((x): x is string => typeof x === 'string');
  const desc = f.description ? escapeDocText(f.description) : '';
  const sep = desc.includes('\n') ? '\n' : /[.!?:;)]$/.test(desc) ? ' ' : '. ';
  const text = [desc, notes.join(' ')].filter((x) => x !== '').join(sep);
  return {
    trusted: [text],
    tags: [def !== undefined && { tag: 'defaultValue', text: def }, f.deprecated && { tag: 'deprecated' }],
  };
}

/** Text safe inside a block comment. */
export function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/[\r\n\u2028\u2029]+/g, ' ');
}
