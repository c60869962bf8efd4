/**
 * TypeRef → TypeScript type text.
 *
 * Mapping decisions:
 * - string → `string`; integer/number → `number`; boolean → `boolean`; null → `null`; any/unknown → `unknown`.
 * - Results are typed as the wire shows them: a string with format `id`/`double` stays `string` (Bitrix
 *   sends numbers as strings). In `input` mode (parameters) such a string also accepts a number, because
 *   callers naturally pass `23` for an id; an `integer` parameter is typed as documented: `number`.
 * - enum → union of literals; `open: true` adds `(string & {})` / `(number & {})` so editors still
 *   complete the documented values.
 * - object → inline object type; `additional` → one index signature per `additionalKeys` prefix (`[key: `UF_${string}`]`), else `[key: string]`
 *   (a typed index signature would have to accept every documented field's type too).
 * - map → `Record<string, V>` (JSON keys are strings even when documented as integers).
 * - ref → the emitted name of the named type; an unresolvable ref → `unknown` with a comment.
 * - A result field is non-optional when `required: true` (read, or marked present by the link stage:
 *   the docs document it for the record) and gets `| null` when `nullable`.
 */
import type { Field, TypeRef } from '../../../spec/schema.ts';
import type { FileContext } from './file-context.ts';
import { defaultValueText, docCode, escapeDocText, renderDoc, type DocParts } from './jsdoc.ts';
import type { TypeScope } from '../../plan/index.ts';
import { declFile } from './paths.ts';
import { quote, typePropertyKey } from './identifiers.ts';

/** Parameters (what callers send) or results (what Bitrix sends). */
export type TypeMode = 'input' | 'output';

/** Where a type is printed: ref scope, the file (for imports) and the mode. */
export interface TypeTextContext {
  scope: TypeScope;
  file: FileContext;
  mode: TypeMode;
}

/** The TypeScript text of a TypeRef. */
export function typeText(t: TypeRef, ctx: TypeTextContext): string {
  switch (t.kind) {
    case 'scalar':
      return scalarText(t.name, t.format, ctx.mode);
    case 'array':
      return arrayText(typeText(t.items, ctx));
    case 'map':
      return `Record<string, ${typeText(t.values, ctx)}>`;
    case 'enum':
      return enumText(
        t.base,
        t.values.map((v) => v.value),
        t.open,
      );
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

/** What a scalar is, whatever the output: the one reading of (name, format) every mapping starts from. */
export type ScalarKind = 'string' | 'numeric-string' | 'flag' | 'number' | 'boolean' | 'null' | 'unknown';

/** The kind of a scalar: ids and doubles are numeric strings on the wire, `yn` strings are Y/N flags. */
export function scalarKind(name: string, format: string | undefined): ScalarKind {
  switch (name) {
    case 'string':
      if (format === 'id' || format === 'double') return 'numeric-string';
      return format === 'yn' ? 'flag' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    default:
      return 'unknown';
  }
}

/** Where a scalar is typed: parameters, results, or a filter value (lenient where Bitrix is). */
export type ScalarMode = TypeMode | 'filter';

const SCALAR_TEXT: Record<ScalarMode, Record<ScalarKind, string>> = {
  output: { string: 'string', 'numeric-string': 'string', flag: 'string', number: 'number', boolean: 'boolean', null: 'null', unknown: 'unknown' },
  // Callers naturally pass `23` for an id.
  input: { string: 'string', 'numeric-string': 'string | number', flag: 'string', number: 'number', boolean: 'boolean', null: 'null', unknown: 'unknown' },
  // Numbers and numeric strings are interchangeable in filters; Y/N flags and booleans both pass.
  filter: {
    string: 'string',
    'numeric-string': 'string | number',
    flag: "'Y' | 'N'",
    number: 'number | string',
    boolean: "boolean | 'Y' | 'N'",
    null: 'null',
    unknown: 'unknown',
  },
};

/** A scalar's TS type: the one scalar → TypeScript mapping. */
export function scalarText(name: string, format: string | undefined, mode: ScalarMode): string {
  return SCALAR_TEXT[mode][scalarKind(name, format)];
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
    const opt = f.required === true ? '' : '?';
    members.push(`${renderDoc(fieldDoc(f))}${typePropertyKey(f.name)}${opt}: ${fieldTypeText(f, ctx)};`);
  }
  if (additional) for (const keyType of indexKeyTypes(additionalKeys)) members.push(`[key: ${keyType}]: unknown;`);
  return `{\n${members.join('\n')}\n}`;
}

/** A field's type: in results, `| null` when the portal may send null (`nullable`, from the docs' words or example). */
export function fieldTypeText(f: Pick<Field, 'type' | 'nullable'>, ctx: TypeTextContext): string {
  const t = typeText(f.type, ctx);
  return f.nullable && ctx.mode === 'output' ? unionText([t, 'null']) : t;
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
