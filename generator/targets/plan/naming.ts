/**
 * Generated names, language-neutral. Every name is a pure function of its element's own identity:
 *
 * - a method owns `<Base><Suffix>` for each METHOD_TYPE_SUFFIXES entry, Base = PascalCase of its name
 *   ("Vibe" prefix for Vibe, "V3" for REST 3.0 twins);
 * - a named type is `<Prefix><Type>`; when that PascalCase ends with a method suffix it gets the word
 *   "Type" (`params` declared by crm.contact.add → `CrmContactAddParamsType`), so type names and
 *   method names live in disjoint spaces and can never take each other's name;
 * - the target's policy (reserved words, its own fixed names) adds a fixed word, never a counter;
 * - two distinct ids that still want one name (`crm.Contact.get` / `crm.contact.get`) are told apart by
 *   their ids: see `resolveCollisions`.
 */
import { createHash } from 'node:crypto';
import type { MethodSpec } from '../../spec/schema.ts';
import { compareStrings } from '../../spec/serialize.ts';

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

/** camelCase of a PascalCase name, for values named after a type. */
export function camelCase(pascal: string): string {
  if (pascal.startsWith('_')) return pascal;
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** The namespace a REST method belongs to: its first segment, lower-cased ("CRM.contact.get" → "crm"). */
export function namespaceOf(method: string): string {
  const first = method.split('.')[0] ?? '';
  return first.toLowerCase();
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

/** The word a named type gets when its name would end like a method's (or is taken by the target). */
export const TYPE_WORD = 'Type';

/** Names a method owns: type names by suffix and the result value name. */
export interface MethodNames {
  base: string;
  type(suffix: MethodTypeSuffix): string;
  /** The value naming the method's result schema (`crmContactGetResult`). */
  resultValue: string;
}

/** The names of a method with the given base. */
export function methodNames(base: string): MethodNames {
  return { base, type: (suffix) => `${base}${suffix}`, resultValue: `${camelCase(base)}Result` };
}

/** True when a type name would sit in the method space (it ends with one of METHOD_TYPE_SUFFIXES). */
export function endsWithMethodSuffix(name: string): boolean {
  return METHOD_TYPE_SUFFIXES.some((s) => name.endsWith(s));
}

/** PascalCase of a type's own name, leading "_" dropped (it follows a prefix). */
export function typeWord(typeName: string): string {
  return pascalCase(typeName).replace(/^_/, '');
}

/** `<prefix><Type>`, without repeating a prefix the type already starts with (crm_multifield → CrmMultifield). */
export function namespaced(prefix: string, typeName: string): string {
  const pascal = typeWord(typeName);
  if (pascal.startsWith(prefix) && (pascal.length === prefix.length || /[A-Z0-9]/.test(pascal.charAt(prefix.length)))) {
    return pascal;
  }
  return `${prefix}${pascal}`;
}

/** A named type's name kept out of the method space: `…Params` → `…ParamsType`. */
export function typeName(desired: string): string {
  return endsWithMethodSuffix(desired) ? `${desired}${TYPE_WORD}` : desired;
}

/** What a target may refuse as a declared name (its keywords, globals, the names its package declares itself). */
export interface NamingPolicy {
  /** True when `name` cannot name a generated type. */
  reservedType(name: string): boolean;
  /** True when `name` cannot name a generated value. */
  reservedValue(name: string): boolean;
}

/** A type name the policy accepts: the fixed word appended until it is free (never a counter). */
export function refineTypeName(name: string, policy: NamingPolicy): string {
  let out = name;
  while (policy.reservedType(out)) out = `${out}${TYPE_WORD}`;
  return out;
}

/** A method base whose every derived name the policy accepts ("Method" appended until it is). */
export function refineMethodBase(base: string, policy: NamingPolicy): string {
  let out = base;
  const taken = (b: string) => {
    const n = methodNames(b);
    return METHOD_TYPE_SUFFIXES.some((s) => policy.reservedType(n.type(s))) || policy.reservedValue(n.resultValue);
  };
  while (taken(out)) out = `${out}Method`;
  return out;
}

/** Six hex digits of the SHA-1 of an id: the id-derived tie-breaker of a genuine collision. */
export function idTag(id: string): string {
  return createHash('sha1').update(id).digest('hex').slice(0, 6);
}

/** One element wanting a name. */
export interface NameClaim<T> {
  element: T;
  /** The name it wants (already refined). */
  name: string;
  /** Its stable identity (method id, `namespace#type`, …): the tie-breaker is derived from it. */
  id: string;
  /** Rank of its kind: on a collision the highest rank keeps the plain name. */
  rank: number;
  /** True when the element is spelled the canonical way (lower-case words): preferred among equal ranks. */
  canonical: boolean;
}

/**
 * Final names of claims. A name wanted by one id is that id's. A name wanted by several distinct ids
 * goes to the best claim — highest rank, then canonical spelling, then smallest id; every other claim
 * gets `_<idTag(id)>`, which depends on its own id only. So an added element can take a plain name
 * from an existing one only when both want exactly that name and the newcomer is better by that
 * order — never from an unrelated element.
 */
export function resolveCollisions<T>(claims: NameClaim<T>[]): Map<T, string> {
  const byName = new Map<string, NameClaim<T>[]>();
  for (const c of claims) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const out = new Map<T, string>();
  for (const [name, group] of byName) {
    const ids = new Set(group.map((c) => c.id));
    if (ids.size === 1) {
      for (const c of group) out.set(c.element, name);
      continue;
    }
    const best = [...group].sort((a, b) => b.rank - a.rank || Number(b.canonical) - Number(a.canonical) || compareStrings(a.id, b.id))[0]!;
    const keeper = best.id;
    for (const c of group) out.set(c.element, c.id === keeper ? name : `${name}_${idTag(c.id)}`);
  }
  return out;
}

/** True when a method name is written the canonical way: lower-case words joined by dots. */
export function isCanonicalMethodName(method: string): boolean {
  return method === words(method).join('.').toLowerCase();
}
