/**
 * TypeScript's side of naming (the refiner of the plan's neutral names): identifier rules, reserved
 * words and globals, the names the package declares itself, and how doc text becomes a string literal
 * or a property key.
 */
import type { NamingPolicy } from '../../plan/index.ts';
import { BIDI_CONTROLS, unicodeEscape } from './jsdoc.ts';

/** ASCII identifier (we never emit non-ASCII identifiers: editors, grep and api.md stay simple). */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Words that cannot name a variable or a type (TS/JS keywords, contextual type names). */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean constructor declare get ' +
    'module require number set string symbol type from of unknown never object bigint undefined keyof infer is ' +
    'asserts unique readonly abstract async await satisfies accessor out override global namespace'
  ).split(' '),
);

/**
 * Global type and value names a generated declaration must not shadow: the emitted code itself uses
 * `Record`, `Array`, … and `z` (zod), so a Bitrix type named `record` must not become `Record`.
 */
const GLOBAL_NAMES = new Set(
  (
    'Array ReadonlyArray Record Partial Required Readonly Pick Omit Exclude Extract NonNullable Parameters ' +
    'ReturnType InstanceType Awaited Promise PromiseLike Date Error Object String Number Boolean Symbol BigInt ' +
    'Function Map Set WeakMap WeakSet JSON Math RegExp Uppercase Lowercase Capitalize Uncapitalize NoInfer ' +
    'Iterable Iterator AsyncIterable AsyncIterator ArrayLike PropertyKey ThisType URL Response Request Headers ' +
    'AbortSignal globalThis z'
  ).split(' '),
);

/** True when `name` can be written unquoted as an identifier (reserved words included: they are fine as property names). */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** True when `name` is usable as a declared variable or type name. */
export function isDeclarableName(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED.has(name) && !GLOBAL_NAMES.has(name);
}

/**
 * JSON text with what JSON leaves raw inside strings escaped as `\uXXXX`: the two line separators, and the bidi
 * controls (jsdoc.ts BIDI_CONTROLS: raw, they reorder how the code displays). It parses back to the same value.
 */
export function escapeInvisible(json: string): string {
  return json
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(BIDI_CONTROLS, unicodeEscape);
}

/** A string literal for generated code: JSON escaping plus {@link escapeInvisible}. The value is unchanged. */
export function quote(text: string): string {
  return escapeInvisible(JSON.stringify(text));
}

/** Object.prototype's members (TypeScript's `keyof Object`): every object has them, as own keys or inherited. */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);

/**
 * The type of a property that may be absent (optional, or a filter value: every filter key is optional).
 * An object without an own `toString` (`constructor`, …) still has the inherited one, and TypeScript checks
 * that against the property's type: typed `toString?: string`, no object literal that leaves it out would
 * compile. So a property named like an inherited member also admits that member, what it holds when absent.
 */
export function absentableType(name: string, type: string): string {
  if (!OBJECT_MEMBERS.has(name)) return type;
  // Only a function or conditional type binds looser than `|`.
  const member = /=>|\bextends\b/.test(type) ? `(${type})` : type;
  return `${member} | Object[${quote(name)}]`;
}

/** True when a field of that name needs `absentableType` (for mapped types over field names). */
export function isObjectMemberName(name: string): boolean {
  return OBJECT_MEMBERS.has(name);
}

/** A property name inside an interface or object type: bare when it is an identifier, quoted otherwise. */
export function typePropertyKey(name: string): string {
  return isIdentifierName(name) ? name : quote(name);
}

/**
 * A property name inside an object literal (a run-time value). `__proto__: x` (quoted or not) would set the
 * prototype instead of defining a key, so it is written as a computed key.
 */
export function valuePropertyKey(name: string): string {
  if (name === '__proto__') return `[${quote(name)}]`;
  return isIdentifierName(name) ? name : quote(name);
}

/** Names exported by a TypeScript module's text (top-level `export …` declarations and `export { … }` lists). */
export function exportedNamesOf(source: string): string[] {
  const names = new Set<string>();
  const decl =
    /^\s*export\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/gm;
  for (const m of source.matchAll(decl)) if (m[1]) names.add(m[1]);
  const list = /^\s*export\s+(?:type\s+)?\{([^}]*)\}/gm;
  for (const m of source.matchAll(list)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.replace(/^type\s+/, '')
        .trim();
      if (name && IDENTIFIER.test(name)) names.add(name);
    }
  }
  return [...names];
}

/** Type and value names the package itself declares or re-exports (never allocated to doc names). */
export const FIXED_TYPE_NAMES = [
  'Methods',
  'MethodsV3',
  'MethodParams',
  'MethodResult',
  'VibeOperations',
  'SystemErrorCode',
  'VibeSystemErrorCode',
  'PrefixedFilter',
  'PrefixedListFilter',
  'PrefixedRangeFilter',
  'CustomFieldKey',
  'CustomFieldFilter',
  'LogicFilter',
  'SortDirection',
  'V3Condition',
  'V3ListCondition',
  'V3RangeCondition',
  'V3EqualsCondition',
  'V3Filter',
  'VibeFieldOperators',
  'VibeFilter',
  'VibeOperator',
  'Coerced',
] as const;
export const FIXED_VALUE_NAMES = [
  'createClient',
  'createVibeClient',
  'resultSchemas',
  'resultSchemasV3',
  'vibeResultSchemas',
  'SystemErrorCode',
  'VibeSystemErrorCode',
  'lenientString',
  'lenientNumber',
  'lenientBoolean',
  'lenientArray',
  'lenientRecord',
  'lenientObject',
  'lenientOwnObject',
  'ownProperties',
  'wireNumericString',
  'wireNumber',
  'wireYN',
  'wireBoolean',
  'wireBit',
  'wireBitString',
  'wireDate',
  'wireDateTime',
  'wireEmptyMap',
  'decodeDate',
  'coerce',
  'nullableString',
  'nullishString',
  'nullableNumber',
  'nullishNumber',
  'nullableBoolean',
  'nullishBoolean',
  'nullableUnknown',
  'nullishUnknown',
  'z',
] as const;

/** The naming policy of the TypeScript target: keywords, globals, the package's own names and the runtime's exports are taken. */
export function typescriptNamingPolicy(runtimeIndex: string | undefined): NamingPolicy {
  const runtimeNames = new Set(runtimeIndex === undefined ? [] : exportedNamesOf(runtimeIndex));
  const types = new Set<string>([...FIXED_TYPE_NAMES, ...runtimeNames]);
  const values = new Set<string>([...FIXED_VALUE_NAMES, ...runtimeNames]);
  return {
    reservedType: (name) => !isDeclarableName(name) || types.has(name),
    reservedValue: (name) => !isDeclarableName(name) || values.has(name),
  };
}
