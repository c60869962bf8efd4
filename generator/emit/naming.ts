/**
 * The one place generated names come from. Every emitter asks this module, so a method's
 * `XxxParams`, its zod schema and its `Methods` entry can never disagree, and collisions are
 * resolved once, deterministically (callers allocate in code-unit-sorted order).
 */
import type { MethodSpec } from '../spec/schema.ts';

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

/** A string literal for generated code (JSON escaping, plus the two line separators JSON leaves raw). */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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

/** Words of a doc name: split on anything that is not an ASCII letter or digit. */
export function words(name: string): string[] {
  return name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
}

/** PascalCase, keeping inner capitals ("crm.item.productRow.list" → "CrmItemProductRowList"). */
export function pascalCase(name: string): string {
  const joined = words(name)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  if (joined === '') return 'Unnamed';
  // An identifier cannot start with a digit: "1c.sync" → "_1cSync".
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** camelCase of a PascalCase type name, for the value (zod schema) named after it. */
export function camelCase(pascal: string): string {
  if (pascal.startsWith('_')) return pascal;
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** The namespace a REST method belongs to: its first segment, lower-cased ("CRM.contact.get" → "crm"). */
export function namespaceOf(method: string): string {
  const first = method.split('.')[0] ?? '';
  return first.toLowerCase();
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A file stem for a namespace or Vibe entity. Never starts with "_" (those stems are kept for the
 * generator's own files such as `zod/_shared.ts`), never "index", never a Windows device name.
 */
export function fileStem(name: string): string {
  let stem = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  if (!/^[a-z0-9]/.test(stem)) stem = `ns${stem}`;
  if (stem === 'index' || stem === 'types' || WINDOWS_DEVICE.test(stem)) stem = `${stem}-ns`;
  return stem;
}

/** The base every name of a method derives from: PascalCase of the name, "Vibe" for Vibe, "V3" for REST 3.0 twins. */
export function methodBaseName(spec: Pick<MethodSpec, 'api' | 'method' | 'restVersion'>): string {
  if (spec.api === 'vibe') return `Vibe${pascalCase(spec.method).replace(/^_/, '')}`;
  return `${pascalCase(spec.method)}${spec.restVersion === '3' ? 'V3' : ''}`;
}

/** Suffixes of the type names one method may declare; all are reserved together so a method's names stay aligned. */
export const METHOD_TYPE_SUFFIXES = [
  'Params',
  'Result',
  'ErrorCode',
  'Item',
  'Filter',
  'FilterValues',
  'FieldName',
  'Select',
  'Order',
  'Path',
  'Query',
  'Body',
] as const;
/** One of METHOD_TYPE_SUFFIXES. */
export type MethodTypeSuffix = (typeof METHOD_TYPE_SUFFIXES)[number];

/** Names a method owns: type names by suffix and the zod result value name. */
export interface MethodNames {
  base: string;
  type(suffix: MethodTypeSuffix): string;
  zodResult: string;
}

/**
 * Allocates unique names. The first caller asking for a name gets it; later ones get a numeric suffix
 * ("CrmContactGet2"). Determinism is the caller's job: ask in a sorted order.
 */
export class NameRegistry {
  readonly #taken = new Set<string>();

  /** Mark names as used (runtime exports, fixed names of the package). */
  reserve(...names: string[]): void {
    for (const n of names) this.#taken.add(n);
  }

  /** True when `name` is already used. */
  has(name: string): boolean {
    return this.#taken.has(name);
  }

  /** The first free name among `desired`, `desired2`, `desired3`, … (made declarable first). */
  allocate(desired: string): string {
    const base = isDeclarableName(desired) ? desired : `${desired}Type`;
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}${n}`;
      if (!this.#taken.has(candidate)) {
        this.#taken.add(candidate);
        return candidate;
      }
    }
  }

  /** A base for which every `base + suffix` type name and the value `camel(base) + "Result"` are free; all get reserved. */
  allocateMethod(desiredBase: string, values: NameRegistry): MethodNames {
    for (let n = 1; ; n++) {
      const base = n === 1 ? desiredBase : `${desiredBase}${n}`;
      const types = METHOD_TYPE_SUFFIXES.map((s) => `${base}${s}`);
      const zodResult = `${camelCase(base)}Result`;
      if (types.some((t) => this.#taken.has(t)) || values.has(zodResult)) continue;
      this.reserve(...types);
      values.reserve(zodResult);
      return { base, type: (suffix) => `${base}${suffix}`, zodResult };
    }
  }
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
      const name = part.trim().split(/\s+as\s+/).pop()?.replace(/^type\s+/, '').trim();
      if (name && IDENTIFIER.test(name)) names.add(name);
    }
  }
  return [...names];
}
