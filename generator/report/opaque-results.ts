/**
 * Which methods have an opaque result: one a caller cannot read a single typed field from. Counted
 * the way a user meets it in the generated client: `unknown`, `unknown[]`, `Record<string, unknown>`,
 * or a wrapper whose every field is one of those (`{ item?: unknown }`).
 */
import type { MethodSpec, NamedType, TypeRef } from '../spec/schema.ts';
import type { SpecSet } from '../spec/spec-set.ts';
import { compareStrings } from '../spec/canonical.ts';

/** One method whose result is opaque, and why. */
export interface OpaqueResult {
  id: string;
  method: string;
  /** Where the result's shape came from (`spec.result.source.evidence`), or "none" without a result. */
  evidence: string;
  /** The result is a list method's: its items are what is opaque. */
  list: boolean;
  /** Why nothing typed it: what the page gives for the result (see `whyOpaque`). */
  why: string;
}

/** Opaque results of the REST methods that are not deprecated, and how many methods were looked at. */
export interface OpaqueResultCount {
  methods: number;
  opaque: OpaqueResult[];
  listMethods: number;
  opaqueListItems: number;
}

type Resolve = (t: Extract<TypeRef, { kind: 'ref' }>) => TypeRef | undefined;

/** Whether a type gives the caller no typed field or value to read. */
export function isOpaqueType(t: TypeRef, resolve: Resolve, seen: ReadonlySet<string> = new Set()): boolean {
  switch (t.kind) {
    case 'scalar':
      return t.name === 'any' || t.name === 'unknown';
    case 'enum':
      return false;
    case 'array':
      return isOpaqueType(t.items, resolve, seen);
    case 'map':
      return isOpaqueType(t.values, resolve, seen);
    case 'union':
      // `X | unknown` is `unknown` in TypeScript; `X | unknown[]` (a typed object, or PHP's empty array) still lets
      // the caller narrow to X: opaque when a member swallows the rest or every member but `null` is opaque.
      return t.anyOf.some(isAnyScalar) || t.anyOf.filter((m) => !isNull(m)).every((m) => isOpaqueType(m, resolve, seen));
    case 'object':
      // `{ [key: string]: number }` (no named field, typed values) is as readable as a typed map.
      if (t.fields.length === 0) return t.additional === undefined || isOpaqueType(t.additional, resolve, seen);
      return t.fields.every((f) => isOpaqueType(f.type, resolve, seen));
    case 'ref': {
      const key = `${t.shared ? 'shared:' : ''}${t.name}`;
      if (seen.has(key)) return false; // a recursive type has fields somewhere up the chain
      const target = resolve(t);
      return target === undefined || isOpaqueType(target, resolve, new Set([...seen, key]));
    }
  }
}

/** `any` / `unknown`: a scalar that says nothing (and swallows every union it is in). */
function isAnyScalar(t: TypeRef): boolean {
  return t.kind === 'scalar' && (t.name === 'any' || t.name === 'unknown');
}

const isNull = (t: TypeRef): boolean => t.kind === 'scalar' && t.name === 'null';

/** Count the opaque results of a spec set's current (not deprecated) REST methods. */
export function countOpaqueResults(set: SpecSet): OpaqueResultCount {
  const shared = new Map<string, NamedType>();
  for (const cat of set.typeCatalogues) for (const t of cat.types) shared.set(t.name, t);
  const out: OpaqueResultCount = { methods: 0, opaque: [], listMethods: 0, opaqueListItems: 0 };
  for (const spec of set.specs) {
    if (spec.api !== 'rest' || spec.deprecated !== false) continue;
    out.methods++;
    const isList = spec.list !== null;
    if (isList) out.listMethods++;
    if (!isOpaqueResult(spec, shared)) continue;
    if (isList) out.opaqueListItems++;
    out.opaque.push({ id: spec.id, method: spec.method, evidence: spec.result?.source.evidence ?? 'none', list: isList, why: whyOpaque(spec) });
  }
  out.opaque.sort((a, b) => compareStrings(a.id, b.id));
  return out;
}

/** The `result` of the method's first documented success response, if it shows one. */
function shownResult(spec: MethodSpec): { value: unknown } | null {
  for (const e of spec.examples) {
    if (e.kind !== 'response' || e.json === null || typeof e.json !== 'object' || Array.isArray(e.json)) continue;
    const obj = e.json as Record<string, unknown>;
    if ('error' in obj) continue;
    return { value: 'result' in obj ? obj['result'] : obj };
  }
  return null;
}

/**
 * What the page gives for an opaque result, so each one left is justified in the report: no result at
 * all, a file body, an example that shows nothing to type (`[]`, `null`, `{}`), or a bare `object`/`array`
 * type with no fields anywhere on the page (no example, or one whose shape is also open).
 */
export function whyOpaque(spec: MethodSpec): string {
  if (!spec.result) return 'the page documents no result';
  const t = spec.result.type;
  if (t.kind === 'scalar' && t.format === 'binary') return 'a file: the response body is the file itself';
  const shown = shownResult(spec);
  const empty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
  if (shown && empty(shown.value)) return `the page shows only an empty result (\`${JSON.stringify(shown.value)}\`): no field to type`;
  if (!shown) {
    // task.dependence.add shows `"result": { [] }`: an example, but no JSON to read a shape from.
    const unreadable = spec.examples.some((e) => e.kind === 'response' && e.json === undefined);
    return `the page types the result only as ${kindWord(t)} and shows no success example${unreadable ? ' that parses as JSON' : ''}`;
  }
  return `the page types the result only as ${kindWord(t)}; its success example adds no field the type could take`;
}

/** `object`, `array`, a named structure … as the docs would say it. */
function kindWord(t: TypeRef): string {
  switch (t.kind) {
    case 'ref':
      return `the structure \`${t.name}\` (no fields documented)`;
    case 'union':
      return t.anyOf.map(kindWord).join(' or ');
    case 'scalar':
      return t.name === 'null' ? 'null' : 'any value';
    default:
      return `a bare \`${t.kind}\``;
  }
}

function isOpaqueResult(spec: MethodSpec, shared: ReadonlyMap<string, NamedType>): boolean {
  if (!spec.result) return true;
  const local = new Map(spec.types.map((t) => [t.name, t]));
  const resolve: Resolve = (r) => (r.shared ? shared.get(r.name) : (local.get(r.name) ?? shared.get(r.name)))?.type;
  return isOpaqueType(spec.result.type, resolve);
}
