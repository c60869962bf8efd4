/**
 * Facts about one method that more than one part of a target needs, decided once from the spec:
 * documented error codes, where Vibe params travel, the list entity and the list item.
 */
import type { ErrorEntry, Field, MethodSpec, Param, TypeRef } from '../../spec/schema.ts';
import { compareStrings } from '../../spec/serialize.ts';
import { deref } from './deref.ts';
import type { PlanMethod, TypeDecl, TypeScope } from './types.ts';

/** Documented codes of a list of errors: unique, code-unit sorted (entries without a code are left out). */
export function documentedCodes(errors: ErrorEntry[]): string[] {
  return [...new Set(errors.map((e) => e.code).filter((c): c is string => c !== null && c !== ''))].sort(compareStrings);
}

/** Where a Vibe param travels when the docs do not say: GET/DELETE → query, otherwise body. */
export function paramLocation(spec: MethodSpec, key: string, p: Param): 'path' | 'query' | 'body' | 'header' {
  if (p.in) return p.in;
  const verb = spec.http?.verb ?? key.split(' ')[0];
  return verb === 'GET' || verb === 'DELETE' ? 'query' : 'body';
}

/** True when a list method documents a filter, a select or an order (so it gets list types). */
export function hasListParams(spec: MethodSpec): boolean {
  const l = spec.list;
  return Boolean(l && (l.filter || l.select || l.order));
}

/** A resolved list entity. */
export interface EntityInfo {
  /** Fields with unique names (aliases expanded), in documented order. */
  fields: Field[];
  scope: TypeScope;
  /** The entity's named type (for links and as list item fallback). */
  decl: TypeDecl | undefined;
  /** The method documenting the entity. */
  source: PlanMethod;
}

/** The entity, or why it could not be resolved (said in the generated docs). */
export type EntityResolution = { ok: true; entity: EntityInfo } | { ok: false; reason: string };

/** Resolve `spec.list.entity` of `m` to the entity's fields: `spec.list.entity` names another method and a type in its spec. */
export function resolveEntity(
  m: Pick<PlanMethod, 'spec'>,
  findMethod: (api: 'rest' | 'vibe', method: string, restVersion?: '1' | '3') => PlanMethod | undefined,
): EntityResolution {
  const e = m.spec.list?.entity;
  if (!e) return { ok: false, reason: 'the docs name no entity for this list' };
  const source = findMethod(m.spec.api, e.method, m.spec.restVersion);
  if (!source) return { ok: false, reason: `entity method ${e.method} is not in the input` };
  const wanted = source.spec.types.find((t) => t.name === e.type) ?? source.spec.types.find((t) => t.name.toLowerCase() === e.type.toLowerCase());
  const start: TypeRef = { kind: 'ref', name: wanted?.name ?? e.type };
  const found = deref(start, source.scope);
  if (!found) return { ok: false, reason: `type ${e.type} is not declared by ${e.method}` };
  if (found.type.kind !== 'object' || found.type.fields.length === 0) {
    return { ok: false, reason: `type ${e.type} of ${e.method} is not an object with fields` };
  }
  const seen = new Set<string>();
  const fields: Field[] = [];
  for (const f of found.type.fields) {
    for (const name of [f.name, ...(f.aliases ?? [])]) {
      if (seen.has(name)) continue;
      seen.add(name);
      fields.push(name === f.name ? f : { ...f, name });
    }
  }
  return { ok: true, entity: { fields, scope: found.scope, decl: found.decl, source } };
}

/** Does a type say anything about its values (not any/unknown, not an object without fields)? */
export function informative(t: TypeRef, scope: TypeScope): boolean {
  const d = deref(t, scope);
  if (!d) return false;
  if (d.type.kind === 'scalar') return d.type.name !== 'any' && d.type.name !== 'unknown';
  if (d.type.kind === 'object') return d.type.fields.length > 0;
  return true;
}

/** The documented item type of a list page: the items of an array result, or of the single array field of an object result. */
export function listItemRef(spec: MethodSpec, scope: TypeScope): { type: TypeRef; scope: TypeScope } | undefined {
  const r = spec.result;
  if (!r) return undefined;
  const d = deref(r.type, scope);
  if (!d) return undefined;
  if (d.type.kind === 'array') return { type: d.type.items, scope: d.scope };
  if (d.type.kind === 'object') {
    const arrays = d.type.fields.filter((f) => deref(f.type, d.scope)?.type.kind === 'array');
    if (arrays.length === 1) {
      const fd = deref(arrays[0]!.type, d.scope)!;
      if (fd.type.kind === 'array') return { type: fd.type.items, scope: fd.scope };
    }
  }
  return undefined;
}
