/**
 * TypeRef → zod 4 expression text, lenient where Bitrix is and strict where a type is clearly wrong:
 * - strings accept numbers too, numbers accept numeric strings (Bitrix sends "43");
 * - booleans and Y/N flags accept each other (and 0/1);
 * - open enums validate their base type only; closed integer enums also accept the string form;
 * - objects pass unknown keys through (`z.looseObject`) and also accept `[]` (PHP's empty array);
 *   arrays also accept an object of items (PHP's keyed array), maps also accept `[]`;
 * - every field is nullable (the docs never promise non-null); optional fields may also be absent, and so
 *   may fields the link stage marked present by the record rule (`presence`: the types promise them for a
 *   whole record, but one schema also checks list items narrowed by `select`);
 * - but an object where a string is expected, or a string where an object is expected, fails.
 */
import type { TypeRef } from '../../../spec/schema.ts';
import type { FileContext } from '../common/file-context.ts';
import type { TypeDecl, TypeScope } from '../../plan/index.ts';
import { quote, valuePropertyKey } from '../common/identifiers.ts';
import { ZOD_LENIENT_FILE } from '../common/paths.ts';
import { scalarKind } from '../common/type-text.ts';

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

/** Where a schema is printed: ref scope, file (for imports) and how named types are referenced. */
export interface ZodTextContext {
  scope: TypeScope;
  file: FileContext;
  /** The expression for a named type's schema (declares it first when needed; `z.lazy` on a cycle). */
  ref(decl: TypeDecl): string;
}

/** The `z` namespace, imported by the file only when it is used. */
export function zName(ctx: { file: FileContext }): string {
  return ctx.file.useValue('z', 'zod');
}

/** Zod expression text for a TypeRef. */
export function zodText(t: TypeRef, ctx: ZodTextContext): string {
  const h = (name: string) => ctx.file.useValue(name, ZOD_LENIENT_FILE);
  const z = () => zName(ctx);
  switch (t.kind) {
    case 'scalar':
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
          return `${z()}.null()`;
        case 'unknown':
          return `${z()}.unknown()`;
      }
      // Every scalar kind returned above; this keeps a new kind from falling into the array case.
      return `${z()}.unknown()`;
    case 'array':
      return `${h('lenientArray')}(${zodText(t.items, ctx)})`;
    case 'map':
      return `${h('lenientRecord')}(${zodText(t.values, ctx)})`;
    case 'enum':
      return enumZod(
        t.base,
        t.values.map((v) => v.value),
        t.open,
        h,
        z,
      );
    case 'union': {
      const members = [...new Set(t.anyOf.map((m) => zodText(m, ctx)))];
      if (members.includes(`${z()}.unknown()`)) return `${z()}.unknown()`;
      return members.length === 1 ? members[0]! : `${z()}.union([${members.join(', ')}])`;
    }
    case 'object': {
      const { helper, body } = objectShape(t, ctx);
      return `${helper}(${body})`;
    }
    case 'ref': {
      const decl = ctx.scope.resolve(t);
      return decl ? ctx.ref(decl) : `${z()}.unknown()`;
    }
  }
}

/** The helper (`lenientObject` or `lenientOwnObject`) and the shape literal of an object type. */
export function objectShape(t: Extract<TypeRef, { kind: 'object' }>, ctx: ZodTextContext): { helper: string; body: string } {
  const h = (name: string) => ctx.file.useValue(name, ZOD_LENIENT_FILE);
  const seen = new Set<string>();
  const props = t.fields
    .filter((f) => !seen.has(f.name) && seen.add(f.name))
    // Presence is checked only where the docs require the field: a field marked present by the record rule
    // (`presence`) may be left out of a list item by its `select`, and one record schema serves both.
    .map((f) => `${valuePropertyKey(f.name)}: ${fieldZod(f.type, f.required === true && !f.presence, ctx)}`);
  // A field named like an Object.prototype member would read the inherited value when absent
  // (input.constructor is Object): such shapes validate a null-prototype copy of the input.
  const helper = h(t.fields.some((f) => OBJECT_PROTOTYPE_KEYS.has(f.name)) ? 'lenientOwnObject' : 'lenientObject');
  return { helper, body: `{${props.length ? `\n${props.join(',\n')},\n` : ''}}` };
}

/**
 * Precomputed field schemas (`nullishString` = lenientString.nullish()): most fields are one of these,
 * and an identifier is cheaper to format, parse and bundle than a call chain.
 */
function simpleKind(t: TypeRef): 'String' | 'Number' | 'Boolean' | 'Unknown' | undefined {
  if (t.kind === 'scalar') {
    const kind = scalarKind(t.name, t.format);
    if (kind === 'null') return undefined;
    return kind === 'flag' || kind === 'boolean' ? 'Boolean' : kind === 'number' ? 'Number' : kind === 'unknown' ? 'Unknown' : 'String';
  }
  if (t.kind === 'enum' && (t.open || t.values.length === 0)) return t.base === 'integer' ? 'Number' : 'String';
  return undefined;
}

/** A field's schema: nullable when required (present, maybe null), nullish otherwise. */
function fieldZod(t: TypeRef, required: boolean, ctx: ZodTextContext): string {
  const kind = simpleKind(t);
  if (kind) return ctx.file.useValue(`${required ? 'nullable' : 'nullish'}${kind}`, ZOD_LENIENT_FILE);
  return `${zodText(t, ctx)}.${required ? 'nullable' : 'nullish'}()`;
}

/** The names of the precomputed field schemas (declared in src/zod/_lenient.ts). */
export const FIELD_CONSTANT_NAMES = ['String', 'Number', 'Boolean', 'Unknown'].flatMap((k) => [`nullable${k}`, `nullish${k}`]);

function enumZod(base: 'string' | 'integer', values: Array<string | number | boolean>, open: boolean, h: (n: string) => string, zf: () => string): string {
  if (open || values.length === 0) return base === 'integer' ? h('lenientNumber') : h('lenientString');
  const z = zf();
  if (base === 'string') return `${z}.enum([${[...new Set(values.map((v) => quote(String(v))))].join(', ')}])`;
  const lits = new Set<string>();
  for (const v of values) {
    const n = Number(v);
    if (typeof v !== 'boolean' && Number.isFinite(n) && String(v).trim() !== '') {
      lits.add(`${z}.literal(${n})`);
      lits.add(`${z}.literal(${quote(String(n))})`);
    } else {
      lits.add(`${z}.literal(${quote(String(v))})`);
    }
  }
  const list = [...lits];
  return list.length === 1 ? list[0]! : `${z}.union([${list.join(', ')}])`;
}
