/**
 * Request validation from a method's documented params: a missing required param (or every member of an
 * "at least one of" group), an unknown top-level param, a value of the wrong type, a value outside a
 * closed enum. REST 1 reads params from JSON, a form or a query string, so numbers and flags may arrive
 * as text ("5", "Y", "1"): those are accepted where a number or boolean is documented. REST 3.0 and Vibe
 * bodies are JSON and typed: there "5" is not an integer (rest-v3.md:423).
 */
import type { MethodSpec, Param, TypeRef } from '../spec/schema.ts';
import { resolveType, type MockCatalog } from './catalog.ts';
import { isRecord } from './synth.ts';

export type Problem =
  | { kind: 'missing'; param: string }
  | { kind: 'missing-one-of'; params: string[] }
  | { kind: 'unknown'; param: string }
  | { kind: 'type'; param: string; expected: string }
  | { kind: 'enum'; param: string; allowed: string[] };

export interface ValidateOptions {
  /** Report params the method does not document (only where the page has a params table). */
  unknown: boolean;
  /** Names always accepted: transport params (`auth`, `start`, …). */
  tolerate: readonly string[];
  /** Accept numbers and flags sent as text; default: for REST 1 (form and query values are text), not for REST 3.0 (typed JSON). */
  loose?: boolean;
}

/** Params every REST call may carry besides the documented ones: the OAuth token, the list offset, and the batch/halt control. */
export const TRANSPORT_PARAMS = ['auth', 'start'];

/** The problems of a REST call's params against its spec, in param order; empty when the call is valid. */
export function validateParams(spec: MethodSpec, params: Record<string, unknown>, catalog: MockCatalog, opts: ValidateOptions): Problem[] {
  const loose = opts.loose ?? (spec.restVersion !== '3' && spec.api === 'rest');
  const problems: Problem[] = [];
  const given = (p: Param): unknown => valueOf(params, [p.name, ...(p.aliases ?? [])], loose);
  for (const p of spec.params) {
    const v = given(p);
    if (v === undefined || v === null) {
      if (p.required === true && !inAlternative(spec, p.name)) problems.push({ kind: 'missing', param: p.name });
      continue;
    }
    const bad = checkValue(p.type, v, { spec, catalog, loose, fields: !keyedByFields(spec, p.name) }, 0);
    if (bad) problems.push({ ...bad, param: p.name } as Problem);
  }
  for (const alt of spec.alternatives) {
    // A member inside a list (`MESSAGES[].message.text`) is a rule for each item, not checked here.
    if (alt.params.some((path) => path.includes('[]'))) continue;
    if (alt.params.every((path) => isAbsent(valueAtPath(params, path, loose)))) problems.push({ kind: 'missing-one-of', params: alt.params });
  }
  if (opts.unknown && spec.paramsDocumented === 'table') {
    const known = new Set(
      [...opts.tolerate, ...spec.params.flatMap((p) => [p.name, ...(p.aliases ?? [])]), ...(spec.list?.startParam ? [spec.list.startParam] : [])].map((n) =>
        loose ? n.toLowerCase() : n,
      ),
    );
    for (const k of Object.keys(params)) if (!known.has(loose ? k.toLowerCase() : k)) problems.push({ kind: 'unknown', param: k });
  }
  return problems;
}

/**
 * Whether a param's keys name entity fields but its values are not field values: a list's `filter`
 * (conditions) and `order` (ASC/DESC), also `sort` (list-methods-pecularities.md). The docs type such a
 * param with the entity's field table, so only its being an object is checked.
 */
function keyedByFields(spec: MethodSpec, name: string): boolean {
  const n = name.toLowerCase();
  return ['filter', 'order', 'sort', spec.list?.filter?.param.toLowerCase(), spec.list?.order?.param.toLowerCase()].includes(n);
}

/** Whether a required param is one member of an "at least one of" group (then the group decides). */
function inAlternative(spec: MethodSpec, name: string): boolean {
  return spec.alternatives.some((a) => a.params.includes(name));
}

const isAbsent = (v: unknown) => v === undefined || v === null || v === '';

/** The value under any of `names` (in any case when `loose`: REST 1 reads keys in any case). */
function valueOf(params: Record<string, unknown>, names: readonly string[], loose: boolean): unknown {
  for (const n of names) if (Object.hasOwn(params, n)) return params[n];
  if (!loose) return undefined;
  const lower = new Set(names.map((n) => n.toLowerCase()));
  const k = Object.keys(params).find((x) => lower.has(x.toLowerCase()));
  return k === undefined ? undefined : params[k];
}

/** The value at a dotted param path (`fields.uuid`), as alternatives name their members. */
function valueAtPath(params: Record<string, unknown>, path: string, loose: boolean): unknown {
  let cur: unknown = params;
  for (const seg of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = valueOf(cur, [seg], loose);
  }
  return cur;
}

interface CheckContext {
  spec: MethodSpec;
  catalog: MockCatalog;
  loose: boolean;
  /** Check the documented fields of objects (false: only that the value is an object). */
  fields: boolean;
}

type Bad = { kind: 'type'; expected: string } | { kind: 'enum'; allowed: string[] };

/** Why `v` does not fit `t`, or undefined when it does. Fields of objects are checked when documented; extra keys are not. */
export function checkValue(t: TypeRef, v: unknown, ctx: CheckContext, depth: number): Bad | undefined {
  if (v === null || v === undefined || depth > 8) return undefined;
  switch (t.kind) {
    case 'scalar':
      return scalarOk(t.name, t.format, v, ctx.loose) ? undefined : { kind: 'type', expected: t.format === 'yn' ? 'Y or N' : t.name };
    case 'enum': {
      const allowed = t.values.map((x) => String(x.value));
      if (!t.open && allowed.length > 0 && (typeof v === 'string' || typeof v === 'number') && !allowed.includes(String(v))) return { kind: 'enum', allowed };
      return scalarOk(t.base, undefined, v, ctx.loose) ? undefined : { kind: 'type', expected: t.base };
    }
    case 'array': {
      // PHP has one array type: a form or query string sends a list as a map keyed 0, 1, 2…
      const items = Array.isArray(v) ? v : isRecord(v) && ctx.loose ? Object.values(v) : undefined;
      if (!items) return ctx.loose && isScalar(v) ? undefined : { kind: 'type', expected: 'array' };
      for (const x of items) {
        const bad = checkValue(t.items, x, ctx, depth + 1);
        if (bad) return bad;
      }
      return undefined;
    }
    case 'object':
    case 'map': {
      // PHP sends an empty map as []; a list is a map keyed 0, 1, 2….
      if (Array.isArray(v)) return v.length === 0 || ctx.loose ? undefined : { kind: 'type', expected: 'object' };
      if (!isRecord(v)) return { kind: 'type', expected: 'object' };
      if (t.kind === 'map' || !ctx.fields) return undefined;
      for (const f of t.fields) {
        const fv = valueOf(v, [f.name, ...(f.aliases ?? [])], ctx.loose);
        const bad = checkValue(f.type, fv, ctx, depth + 1);
        if (bad) return bad;
      }
      return undefined;
    }
    case 'ref': {
      const r = resolveType(t, ctx.spec, ctx.catalog);
      return r ? checkValue(r, v, ctx, depth + 1) : undefined;
    }
    case 'union':
      return t.anyOf.some((m) => checkValue(m, v, ctx, depth + 1) === undefined) ? undefined : { kind: 'type', expected: t.anyOf.map(describe).join(' | ') };
  }
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** A short name of a type for an error message. */
function describe(t: TypeRef): string {
  return t.kind === 'scalar' ? t.name : t.kind === 'enum' ? t.base : t.kind === 'ref' ? t.name : t.kind;
}

/** Whether a scalar value fits: `loose` (REST 1) accepts numbers and flags sent as text. */
function scalarOk(kind: string, format: string | undefined, v: unknown, loose: boolean): boolean {
  switch (kind) {
    case 'integer':
      if (typeof v === 'number') return Number.isInteger(v);
      return loose && typeof v === 'string' && /^-?\d+$/.test(v.trim());
    case 'number':
      if (typeof v === 'number') return Number.isFinite(v);
      return loose && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v));
    case 'boolean':
      if (typeof v === 'boolean') return true;
      return loose && ['Y', 'N', 'y', 'n', '1', '0', 'true', 'false', 1, 0].includes(v as string | number);
    case 'string':
      if (format === 'yn' && typeof v === 'string') return ['Y', 'N', 'y', 'n'].includes(v) || loose;
      return typeof v === 'string' || typeof v === 'number' || (loose && typeof v === 'boolean');
    default:
      return true;
  }
}
