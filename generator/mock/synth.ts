/**
 * Response bodies: the method's documented response example when it has one, else a value built from its
 * result type (`spec.result.type`), in the wire form the spec records (`wire.sends`: "43" for a REST 1 id,
 * "Y" for a flag), so what the mock sends looks like what the portal sends.
 */
import type { MethodSpec, ScalarFormat, TypeRef, WireForm } from '../spec/schema.ts';
import { resolveType, type MockCatalog } from './catalog.ts';

/** Deeper than this, objects are left empty and arrays empty (recursive types: a task's subtasks). */
const MAX_DEPTH = 6;

export interface SynthContext {
  spec: MethodSpec;
  catalog: MockCatalog;
  /** The record number: ids and names are built from it, so generated records differ. */
  n: number;
}

/** The documented success envelope of a method (`{ result, … }` for REST, `{ success, data, … }` for Vibe), or undefined. */
export function documentedResponse(spec: MethodSpec): Record<string, unknown> | undefined {
  for (const ex of spec.examples) {
    if (ex.kind !== 'response' || !isRecord(ex.json)) continue;
    if (ex.status !== undefined && ex.status >= 400) continue;
    if ('error' in ex.json && !('result' in ex.json)) continue;
    if (spec.api === 'vibe' ? ex.json['success'] !== false && ('data' in ex.json || 'success' in ex.json) : 'result' in ex.json) return ex.json;
  }
  return undefined;
}

/** The method's `result` (REST) or `data` (Vibe): from the documented example, else synthesised from the result type. */
export function resultValue(spec: MethodSpec, catalog: MockCatalog): { value: unknown; from: 'example' | 'type' } {
  const doc = documentedResponse(spec);
  if (doc) return { value: structuredClone(spec.api === 'vibe' ? doc['data'] : doc['result']), from: 'example' };
  return { value: spec.result ? synthValue(spec.result.type, { spec, catalog, n: 1 }) : true, from: 'type' };
}

/** A value of type `t`, deterministic in `ctx.n`. */
export function synthValue(t: TypeRef, ctx: SynthContext, depth = 0, name = 'value'): unknown {
  switch (t.kind) {
    case 'scalar':
      return scalarValue(t.name, t.format, t.wire?.sends, ctx, name);
    case 'enum': {
      const v = t.values[0]?.value ?? (t.base === 'integer' ? 1 : 'value');
      return t.wire?.sends === 'numeric-string' ? String(v) : v;
    }
    case 'array':
      return depth >= MAX_DEPTH ? [] : [synthValue(t.items, ctx, depth + 1, name)];
    case 'object': {
      if (depth >= MAX_DEPTH) return {};
      const out: Record<string, unknown> = {};
      for (const f of t.fields) out[f.name] = f.nullable && depth > 0 ? null : synthValue(f.type, ctx, depth + 1, f.name);
      return out;
    }
    case 'map':
      return depth >= MAX_DEPTH ? {} : { [t.keys === 'string' ? 'key' : String(ctx.n)]: synthValue(t.values, ctx, depth + 1, name) };
    case 'ref': {
      const r = resolveType(t, ctx.spec, ctx.catalog);
      return r ? synthValue(r, ctx, depth, name) : null;
    }
    case 'union': {
      const member = t.anyOf.find((m) => !(m.kind === 'scalar' && m.name === 'null')) ?? t.anyOf[0]!;
      return synthValue(member, ctx, depth, name);
    }
  }
}

/** A scalar in its wire form; a REST 1 integer without a recorded form is sent as the portal mostly does for ids (a numeric string). */
function scalarValue(kind: string, format: ScalarFormat | undefined, wire: WireForm | undefined, ctx: SynthContext, name: string): unknown {
  const rest1 = ctx.spec.api === 'rest' && ctx.spec.restVersion !== '3';
  if (format === 'yn' || wire === 'yn') return 'Y';
  switch (kind) {
    case 'integer': {
      const n = /id$/i.test(name) ? ctx.n : 10 + ctx.n;
      return wire === 'numeric-string' || (wire === undefined && rest1 && format === 'id') ? String(n) : n;
    }
    case 'number':
      return wire === 'numeric-string' ? `${100 + ctx.n}.00` : 100 + ctx.n + 0.5;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      return stringValue(format, name, ctx.n, wire);
    default:
      return null;
  }
}

/** A string of the given format: dates as the portal writes them (ISO 8601 with an offset), ids as numeric strings. */
function stringValue(format: ScalarFormat | undefined, name: string, n: number, wire: WireForm | undefined): string | number {
  switch (format) {
    case 'date':
      return '2024-01-15';
    case 'datetime':
      return '2024-01-15T10:00:00+03:00';
    case 'time':
      return '10:00:00';
    case 'timestamp':
      return String(1705302000 + n);
    case 'id':
      return String(n);
    case 'char':
      return 'A';
    default:
      return wire === 'numeric-string' ? String(n) : `${name} ${n}`;
  }
}

/** A plain object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
