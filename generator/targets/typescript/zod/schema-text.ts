/**
 * TypeRef → zod 4 expression text.
 *
 * A result scalar with a wire record (link/wire-model.ts) gets the schema of that form, so a validated value
 * is the emitted type: `wireNumericString` ("43", ""), `wireNumber`, `wireYN`, `wireBoolean`, `wireBit`,
 * `wireBitString`; dates get `wireDate` / `wireDateTime` (any string). Each of these is a zod codec whose
 * output is the coerced value (number | null, boolean, Date | string | null): `validate: true` only checks
 * (the runtime keeps the value as sent), `coerce(schema, value)` (src/zod/_lenient.ts) decodes. A numeric
 * string that is not a number, or a flag that is not one, fails with the path, never silently.
 *
 * Scalars without a wire record stay lenient where Bitrix is and strict where a type is clearly wrong:
 * - strings accept numbers too, numbers accept numeric strings (Bitrix sends "43");
 * - booleans and Y/N flags accept each other (and 0/1);
 * - open enums validate their base type only; closed integer enums also accept the string form;
 * - objects pass unknown keys through (`z.looseObject`) and also accept `[]` (PHP's empty array: the types
 *   add `| []` where the link stage marks a field `emptyArray`, the schemas accept it everywhere);
 *   arrays also accept an object of items (PHP's keyed array), maps also accept `[]`, which `coerce` turns
 *   into `{}` (`wireEmptyMap`; an object with fields keeps `[]`: `{}` would lack the fields its type promises);
 * - every field is nullable (the docs never promise non-null); optional fields may also be absent, and so
 *   may fields the link stage marked present by the record rule (`presence`: the types promise them for a
 *   whole record, but one schema also checks list items narrowed by `select`);
 * - but an object where a string is expected, or a string where an object is expected, fails.
 */
import type { TypeRef, Wire } from '../../../spec/schema.ts';
import type { FileContext } from '../common/file-context.ts';
import type { TypeDecl, TypeScope } from '../../plan/index.ts';
import { quote, typePropertyKey, valuePropertyKey } from '../common/identifiers.ts';
import { ZOD_LENIENT_FILE } from '../common/paths.ts';
import { scalarKind, type ScalarKind } from '../common/type-text.ts';

/** Own property names of Object.prototype (ECMAScript + Annex B). */
const OBJECT_PROTOTYPE_KEYS = new Set([
  'constructor',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/**
 * A schema as an expression and the zod type it has, written out: declarations annotated with it never make
 * TypeScript infer and print a schema's type (it would expand every referenced schema structurally; the
 * merged map of all namespaces exceeded what the compiler serialises, TS7056, and the .d.ts ran to 14 MB).
 */
export interface ZodSchemaText {
  expr: string;
  type: string;
}

/** Where a schema is printed: ref scope, file (for imports) and how named types are referenced. */
export interface ZodTextContext {
  scope: TypeScope;
  file: FileContext;
  /** The schema of a named type (declares it first when needed; `z.lazy` on a cycle). */
  ref(decl: TypeDecl): ZodSchemaText;
  /**
   * Declares a module-private `type XShape = {…}` for an object shape's type literal and returns its name.
   * The initializer and the annotation then name one type, so checking one against the other is an identity
   * check; two copies of the literal would make TypeScript compare the zod object types member by member.
   */
  shapeType(typeLiteral: string): string;
}

/** The `z` namespace, imported by the file only when it is used. */
export function zName(ctx: { file: FileContext }): string {
  return ctx.file.useValue('z', 'zod');
}

/** A schema held by a named constant: its type is `typeof` the constant. */
export function constSchema(name: string): ZodSchemaText {
  return { expr: name, type: `typeof ${name}` };
}

/** `z.union([...])` of schemas, with its type. */
export function unionSchema(members: ZodSchemaText[], z: string): ZodSchemaText {
  return { expr: `${z}.union([${members.map((m) => m.expr).join(', ')}])`, type: `${z}.ZodUnion<readonly [${members.map((m) => m.type).join(', ')}]>` };
}

/**
 * A call of a src/zod/_lenient.ts helper (`lenientArray`, …) whose return type is the helper's exported alias
 * (`LenientArray`). The alias is imported by `useWrittenTypes` once the type is written: a cycle's target drops it.
 */
export function helperCall(helper: string, arg: ZodSchemaText, file: FileContext): ZodSchemaText {
  const alias = helper[0]!.toUpperCase() + helper.slice(1);
  return { expr: `${file.useValue(helper, ZOD_LENIENT_FILE)}(${arg.expr})`, type: `${alias}<${arg.type}>` };
}

/** The helper aliases of src/zod/_lenient.ts a written type may name. */
const HELPER_ALIASES = ['LenientArray', 'LenientRecord', 'LenientObject', 'LenientOwnObject'];

/** Records the type-only imports of the helper aliases `type` names; returns `type`. */
export function useWrittenTypes(file: FileContext, type: string): string {
  for (const alias of HELPER_ALIASES) if (new RegExp(`\\b${alias}<`).test(type)) file.useType(alias, ZOD_LENIENT_FILE);
  return type;
}

/** Zod expression text for a TypeRef. */
export function zodText(t: TypeRef, ctx: ZodTextContext): string {
  return zodSchema(t, ctx).expr;
}

/** Zod expression and type text for a TypeRef. */
export function zodSchema(t: TypeRef, ctx: ZodTextContext): ZodSchemaText {
  const h = (name: string) => constSchema(ctx.file.useValue(name, ZOD_LENIENT_FILE));
  const z = () => zName(ctx);
  const zCall = (call: string, type: string): ZodSchemaText => ({ expr: `${z()}.${call}`, type: `${z()}.${type}` });
  switch (t.kind) {
    case 'scalar': {
      const wired = wireZod(t.wire, scalarKind(t.name, t.format), t.format);
      if (wired) {
        const parts = wired.helpers.map((x) => (x === null ? zCall('string()', 'ZodString') : h(x)));
        const one = parts.length === 1 ? parts[0]! : unionSchema(parts, z());
        return wired.nullable ? nullableSchema(one, z()) : one;
      }
      switch (scalarKind(t.name, t.format)) {
        case 'string':
        case 'numeric-string':
          return h('lenientString');
        case 'flag':
        case 'boolean':
          return h('lenientBoolean');
        case 'number':
          return h('lenientNumber');
        case 'null':
          return zCall('null()', 'ZodNull');
        case 'unknown':
          return zCall('unknown()', 'ZodUnknown');
      }
      // Every scalar kind returned above; this keeps a new kind from falling into the array case.
      return zCall('unknown()', 'ZodUnknown');
    }
    case 'array':
      return helperCall('lenientArray', zodSchema(t.items, ctx), ctx.file);
    case 'map':
      return helperCall('lenientRecord', zodSchema(t.values, ctx), ctx.file);
    case 'enum':
      return enumZod(
        t.base,
        t.values.map((v) => v.value),
        t.open,
        h,
        z,
      );
    case 'union': {
      const members = [...new Map(t.anyOf.map((m) => zodSchema(m, ctx)).map((m) => [m.expr, m] as const)).values()];
      if (members.some((m) => m.expr === `${z()}.unknown()`)) return zCall('unknown()', 'ZodUnknown');
      return members.length === 1 ? members[0]! : unionSchema(members, z());
    }
    case 'object': {
      const { helper, body } = objectShape(t, ctx);
      const shape = ctx.shapeType(body.type);
      const call = helperCall(helper, { expr: body.expr, type: shape }, ctx.file);
      // The type argument makes the literal's type the named shape (see ZodTextContext.shapeType).
      return { expr: call.expr.replace(/^(\w+)\(/, `$1<${shape}>(`), type: call.type };
    }
    case 'ref': {
      const decl = ctx.scope.resolve(t);
      return decl ? ctx.ref(decl) : zCall('unknown()', 'ZodUnknown');
    }
  }
}

/** `x.nullable()` with its type. */
function nullableSchema(s: ZodSchemaText, z: string): ZodSchemaText {
  return { expr: `${s.expr}.nullable()`, type: `${z}.ZodNullable<${s.type}>` };
}

/** The helper (`lenientObject` or `lenientOwnObject`, not yet imported) and the shape literal of an object type, with the shape's type literal. */
export function objectShape(t: Extract<TypeRef, { kind: 'object' }>, ctx: ZodTextContext): { helper: string; body: ZodSchemaText } {
  const seen = new Set<string>();
  const props = t.fields
    .filter((f) => !seen.has(f.name) && seen.add(f.name))
    // Presence is checked only where the docs require the field: a field marked present by the record rule
    // (`presence`) may be left out of a list item by its `select`, and one record schema serves both.
    .map((f) => ({ name: f.name, schema: fieldZod(f.type, f.required === true && !f.presence, ctx) }));
  // A field named like an Object.prototype member would read the inherited value when absent
  // (input.constructor is Object): such shapes validate a null-prototype copy of the input.
  const helper = t.fields.some((f) => OBJECT_PROTOTYPE_KEYS.has(f.name)) ? 'lenientOwnObject' : 'lenientObject';
  const expr = `{${props.length ? `\n${props.map((p) => `${valuePropertyKey(p.name)}: ${p.schema.expr}`).join(',\n')},\n` : ''}}`;
  const type = `{${props.length ? `\n${props.map((p) => `${typePropertyKey(p.name)}: ${p.schema.type}`).join(';\n')};\n` : ''}}`;
  return { helper, body: { expr, type } };
}

/**
 * Precomputed field schemas (`nullishString` = lenientString.nullish()): most fields are one of these,
 * and an identifier is cheaper to format, parse and bundle than a call chain.
 */
function simpleKind(t: TypeRef): 'String' | 'Number' | 'Boolean' | 'Unknown' | undefined {
  if (t.kind === 'scalar' && wireZod(t.wire, scalarKind(t.name, t.format), t.format)) return undefined;
  if (t.kind === 'scalar') {
    const kind = scalarKind(t.name, t.format);
    if (kind === 'null') return undefined;
    return kind === 'flag' || kind === 'boolean' ? 'Boolean' : kind === 'number' ? 'Number' : kind === 'unknown' ? 'Unknown' : 'String';
  }
  if (t.kind === 'enum' && (t.open || t.values.length === 0)) return t.base === 'integer' ? 'Number' : 'String';
  return undefined;
}

/** A field's schema: nullable when required (present, maybe null), nullish otherwise. */
function fieldZod(t: TypeRef, required: boolean, ctx: ZodTextContext): ZodSchemaText {
  const kind = simpleKind(t);
  if (kind) return constSchema(ctx.file.useValue(`${required ? 'nullable' : 'nullish'}${kind}`, ZOD_LENIENT_FILE));
  const s = zodSchema(t, ctx);
  const z = zName(ctx);
  return required ? nullableSchema(s, z) : { expr: `${s.expr}.nullish()`, type: `${z}.ZodOptional<${z}.ZodNullable<${s.type}>>` };
}

/** The names of the precomputed field schemas (declared in src/zod/_lenient.ts). */
export const FIELD_CONSTANT_NAMES = ['String', 'Number', 'Boolean', 'Unknown'].flatMap((k) => [`nullable${k}`, `nullish${k}`]);

function enumZod(
  base: 'string' | 'integer',
  values: Array<string | number | boolean>,
  open: boolean,
  h: (n: string) => ZodSchemaText,
  zf: () => string,
): ZodSchemaText {
  if (open || values.length === 0) return base === 'integer' ? h('lenientNumber') : h('lenientString');
  const z = zf();
  // Digit values listed as strings ("0", "3", "4") may arrive as numbers: both forms, like an integer enum.
  if (base === 'string' && !values.every((v) => /^-?\d{1,15}$/.test(String(v)))) {
    const quoted = [...new Set(values.map((v) => quote(String(v))))];
    return { expr: `${z}.enum([${quoted.join(', ')}])`, type: `${z}.ZodEnum<{ ${quoted.map((q) => `${q}: ${q}`).join('; ')} }>` };
  }
  const lits = new Map<string, ZodSchemaText>();
  const lit = (text: string) => lits.set(text, { expr: `${z}.literal(${text})`, type: `${z}.ZodLiteral<${text}>` });
  for (const v of values) {
    const n = Number(v);
    if (typeof v !== 'boolean' && Number.isFinite(n) && String(v).trim() !== '') {
      lit(String(n));
      lit(quote(String(n)));
    } else {
      lit(quote(String(v)));
    }
  }
  const list = [...lits.values()];
  return list.length === 1 ? list[0]! : unionSchema(list, z);
}

/** The wire helpers of src/zod/_lenient.ts (codecs: the input is the wire form, the output the coerced value). */
export const WIRE_HELPER_NAMES = ['wireNumericString', 'wireNumber', 'wireYN', 'wireBoolean', 'wireBit', 'wireBitString', 'wireDate', 'wireDateTime'] as const;
type WireHelper = (typeof WIRE_HELPER_NAMES)[number];

/**
 * The wire helpers of a result scalar, one per form the examples show (`null` is a plain `z.string()`);
 * undefined when the scalar has no wire record and is no date (it keeps its lenient schema).
 */
export function wireZod(
  wire: Wire | undefined,
  kind: ScalarKind,
  format: string | undefined,
): { helpers: Array<WireHelper | null>; nullable: boolean } | undefined {
  const nullable = wire?.nullable === true;
  if (kind === 'string' && (format === 'date' || format === 'datetime')) return { helpers: [format === 'date' ? 'wireDate' : 'wireDateTime'], nullable };
  if (!wire || kind === 'unknown' || kind === 'null') return undefined;
  // A plain string an example shows as a number keeps the lenient string (both forms): the docs and the wire disagree.
  if (kind === 'string') return wire.sends === 'string' && !wire.also ? { helpers: [null], nullable } : undefined;
  const flag = kind === 'boolean' || kind === 'flag';
  const helpers = [...new Set([wire.sends, ...(wire.also ?? [])].map((f) => formHelper(f, flag)))];
  return { helpers, nullable };
}

/** The helper of one wire form. */
function formHelper(form: Wire['sends'], flag: boolean): WireHelper | null {
  switch (form) {
    case 'numeric-string':
      return flag ? 'wireBitString' : 'wireNumericString';
    case 'number':
      return flag ? 'wireBit' : 'wireNumber';
    case 'yn':
      return 'wireYN';
    case 'boolean':
      return 'wireBoolean';
    case 'string':
      return null;
  }
}
