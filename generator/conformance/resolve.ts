/**
 * JSON path → the spec facts it lands on: the param or field at each step (with its provenance and
 * the docs' own type name), and for a list method's filter/select/order the entity whose fields
 * the generated type enumerates. The verdict heuristic reads these.
 */
import type { Field, MethodSpec, NamedType, Param, Provenance, TypeRef } from '../spec/schema.ts';
import type { SpecSet } from '../spec/spec-set.ts';
import type { JsonPath } from './types.ts';

/** Where to look up names: specs by method name, the shared type catalogue by type name. */
export interface SpecLookup {
  /** `<api> <lower-cased method> <REST version>` → spec; and `<api> <lower-cased method>` → the first one. */
  byMethod: Map<string, MethodSpec>;
  shared: Map<string, NamedType>;
}

/** One resolved path segment: the param/field it named (if any) and its type after following refs. */
export interface Step {
  segment: string | number;
  node: Param | Field | undefined;
  type: TypeRef | undefined;
  source: Provenance | undefined;
}

/** The entity whose field names a list param's keys or values are. */
export interface ListEntity {
  label: string;
  fields: Field[];
  /** True when every field was read from a docs table (so a name missing from it is the example's fault). */
  read: boolean;
  /** The evidence the first inferred field came from (e.g. "response-example"), when not all were read. */
  inferredFrom: string | undefined;
  customPrefix: string | undefined;
  /** The one field of an entity type that only wraps an object or a list (`{ shipment: {…} }`, `{ items: […] }`). */
  wrapper: string | undefined;
  /** Fields of object-typed entity fields → that field's name (the names one level down a wrapper). */
  wrapped: Map<string, string>;
  /** True when the fields come from an add/update method's input (read-only fields such as ID are not among them). */
  fromInput: boolean;
}

/** A top-level param that is the list's filter, select or order. */
export interface ListParam {
  role: 'filter' | 'select' | 'order';
  syntax: 'prefix' | 'v3-array' | 'vibe' | undefined;
  masks: string[];
  entity: ListEntity | undefined;
}

export interface Located {
  steps: Step[];
  /** Index of the first segment that named nothing in the spec, or -1 when the whole path resolved. */
  unresolvedAt: number;
  list: ListParam | undefined;
}

const key = (api: string, method: string, version?: string) => `${api} ${method.toLowerCase()}${version ? ` ${version}` : ''}`;

/** Index a spec set for path resolution (the first spec in id order wins a name). */
export function specLookup(set: Pick<SpecSet, 'specs' | 'typeCatalogues'>): SpecLookup {
  const byMethod = new Map<string, MethodSpec>();
  for (const s of [...set.specs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const k of [key(s.api, s.method, s.restVersion ?? '1'), key(s.api, s.method)]) if (!byMethod.has(k)) byMethod.set(k, s);
  }
  const shared = new Map<string, NamedType>();
  for (const cat of set.typeCatalogues) for (const t of cat.types) if (!shared.has(t.name)) shared.set(t.name, t);
  return { byMethod, shared };
}

/** The spec of a method named by another spec: the same REST version first (a REST 3.0 list names a REST 3.0 entity). */
export function specNamed(lookup: SpecLookup, method: string, from: MethodSpec): MethodSpec | undefined {
  return lookup.byMethod.get(key(from.api, method, from.restVersion ?? '1')) ?? lookup.byMethod.get(key(from.api, method));
}

/** Operator prefix of a filter key (`>=DATE_CREATE` → `>=`), as the prefix filter syntax writes it. */
export function stripOperator(name: string): string {
  return name.replace(/^[=!<>@%?]{0,3}/, '');
}

/** Follow a body path through the spec's params, fields, array items and refs as far as it goes. */
export function locate(spec: MethodSpec, path: JsonPath, lookup: SpecLookup): Located {
  const steps: Step[] = [];
  const first = path[0];
  if (first === undefined) return { steps, unresolvedAt: -1, list: undefined };
  const params = spec.api === 'vibe' ? spec.params.filter((p) => p.in === 'body') : spec.params;
  const param = typeof first === 'string' ? params.find((p) => p.name === first || (p.aliases ?? []).includes(first)) : undefined;
  const list = listParam(spec, first, lookup);
  if (!param && !list) return { steps, unresolvedAt: 0, list };
  steps.push({ segment: first, node: param, type: param ? deref(spec, param.type, lookup) : undefined, source: param?.source });
  for (let i = 1; i < path.length; i++) {
    const seg = path[i]!;
    const entity = list?.entity;
    if (entity && i === 1 && typeof seg === 'string' && list.role !== 'select') {
      // Filter and order keys are `<operator><FIELD>` over the entity's fields.
      const field = entityField(entity, seg);
      if (!field && !isCustom(entity, seg)) return { steps, unresolvedAt: i, list };
      steps.push({ segment: seg, node: field, type: field ? deref(spec, field.type, lookup) : undefined, source: field?.source });
      continue;
    }
    const next = descend(spec, steps[steps.length - 1]!.type, seg, lookup);
    if (!next) return { steps, unresolvedAt: i, list };
    steps.push({ segment: seg, ...next });
  }
  return { steps, unresolvedAt: -1, list };
}

/**
 * The result type as the generated client types it: a list's plain-array result whose items the page
 * leaves untyped (no type, or an object without fields) takes the list entity's type as its item (from the spec that documents it), the way
 * the emitter's list item does. `owner` is the spec whose named types the returned type refers to.
 */
export function resultRoot(spec: MethodSpec, lookup: SpecLookup): { owner: MethodSpec; type: TypeRef } | undefined {
  if (!spec.result) return undefined;
  const type = deref(spec, spec.result.type, lookup);
  const e = spec.list?.entity;
  if (type.kind === 'array' && e) {
    const items = deref(spec, type.items, lookup);
    // As the emitter's `informative`: an untyped scalar or an object without fields says nothing.
    if ((items.kind === 'scalar' && (items.name === 'any' || items.name === 'unknown')) || (items.kind === 'object' && items.fields.length === 0)) {
      const owner = specNamed(lookup, e.method, spec) ?? spec;
      const named = owner.types.find((t) => t.name === e.type) ?? lookup.shared.get(e.type);
      if (named) return { owner, type: { kind: 'array', items: named.type } };
    }
  }
  return { owner: spec, type: spec.result.type };
}

/** Follow a path from a given type (a result type) through fields, array items, map values and refs as far as it goes. */
export function locateIn(spec: MethodSpec, root: TypeRef, path: JsonPath, lookup: SpecLookup): Located {
  const steps: Step[] = [];
  let type: TypeRef | undefined = deref(spec, root, lookup);
  for (let i = 0; i < path.length; i++) {
    const next = descend(spec, type, path[i]!, lookup);
    if (!next) return { steps, unresolvedAt: i, list: undefined };
    steps.push({ segment: path[i]!, ...next });
    type = next.type;
  }
  return { steps, unresolvedAt: -1, list: undefined };
}

/** The field of a list entity a filter/order key or a select item names (after its operator prefix). */
export function entityField(entity: ListEntity, name: string): Field | undefined {
  const bare = stripOperator(name);
  return entity.fields.find((f) => f.name === bare || (f.aliases ?? []).includes(bare));
}

/** True for a custom-field name (`UF_…`) the generated types accept with any value. */
export function isCustom(entity: ListEntity, name: string): boolean {
  return entity.customPrefix !== undefined && stripOperator(name).startsWith(entity.customPrefix);
}

/** The list role of a top-level param, and the entity behind it when the spec names one. */
function listParam(spec: MethodSpec, name: string | number, lookup: SpecLookup): ListParam | undefined {
  const l = spec.list;
  if (!l || typeof name !== 'string') return undefined;
  const lower = name.toLowerCase();
  const role =
    l.filter?.param.toLowerCase() === lower
      ? 'filter'
      : l.select?.param.toLowerCase() === lower
        ? 'select'
        : l.order?.param.toLowerCase() === lower
          ? 'order'
          : undefined;
  if (!role) return undefined;
  return { role, syntax: l.filter?.syntax, masks: l.select?.masks ?? [], entity: listEntity(spec, lookup) };
}

/** The fields of the list's entity type, read from the spec that documents them. */
function listEntity(spec: MethodSpec, lookup: SpecLookup): ListEntity | undefined {
  const e = spec.list?.entity;
  if (!e) return undefined;
  const owner = specNamed(lookup, e.method, spec) ?? spec;
  const named = owner.types.find((t) => t.name === e.type) ?? lookup.shared.get(e.type);
  const type = named ? deref(owner, named.type, lookup) : undefined;
  if (!type || type.kind !== 'object') return undefined;
  const wrapped = new Map<string, string>();
  const objectFields: string[] = [];
  for (const f of type.fields) {
    const inner = deref(owner, f.type, lookup);
    if (inner.kind === 'object' || inner.kind === 'map' || inner.kind === 'array') objectFields.push(f.name);
    if (inner.kind === 'object') for (const g of inner.fields) if (!wrapped.has(g.name)) wrapped.set(g.name, f.name);
  }
  return {
    label: `${e.type} (${e.method})`,
    fields: type.fields,
    // Custom-field pattern rows (UF_...) are inferred by design; they say nothing about the other names.
    read: type.fields.length > 0 && type.fields.every((f) => f.source.how === 'read' || f.source.evidence === 'custom-field-pattern'),
    inferredFrom: type.fields.find((f) => f.source.how === 'inferred' && f.source.evidence !== 'custom-field-pattern')?.source.evidence,
    customPrefix: e.customFields?.replace(/\*$/, ''),
    wrapper: type.fields.length === 1 && objectFields.length === 1 ? objectFields[0] : undefined,
    wrapped,
    fromInput: /\.(add|update|set|create)$/i.test(e.method),
  };
}

/** One step down a type: an object field (or its `additional` type), an array item, a map value; unions try each member. */
function descend(spec: MethodSpec, type: TypeRef | undefined, seg: string | number, lookup: SpecLookup): Omit<Step, 'segment'> | undefined {
  if (!type) return undefined;
  if (type.kind === 'union') {
    for (const t of type.anyOf) {
      const hit = descend(spec, deref(spec, t, lookup), seg, lookup);
      if (hit) return hit;
    }
    return undefined;
  }
  if (type.kind === 'array' && typeof seg === 'number') return { node: undefined, type: deref(spec, type.items, lookup), source: undefined };
  if (type.kind === 'map') return { node: undefined, type: deref(spec, type.values, lookup), source: undefined };
  if (type.kind === 'object' && typeof seg === 'string') {
    const f = type.fields.find((x) => x.name === seg || (x.aliases ?? []).includes(seg));
    if (f) return { node: f, type: deref(spec, f.type, lookup), source: f.source };
    // `additional` covers only the keys of its prefixes (`UF_`), when it names any.
    const covered = !type.additionalKeys || type.additionalKeys.some((k) => seg.startsWith(k));
    if (type.additional && covered) return { node: undefined, type: deref(spec, type.additional, lookup), source: undefined };
  }
  return undefined;
}

/** The object member of a type (itself, or the first object member of a union), refs followed. */
export function objectPart(spec: MethodSpec, type: TypeRef | undefined, lookup: SpecLookup): Extract<TypeRef, { kind: 'object' }> | undefined {
  if (!type) return undefined;
  const t = deref(spec, type, lookup);
  if (t.kind === 'object') return t;
  if (t.kind === 'union')
    for (const u of t.anyOf) {
      const hit = objectPart(spec, u, lookup);
      if (hit) return hit;
    }
  return undefined;
}

/** Follow named refs (the spec's own types, then the shared catalogue); cycles stop at the ref. */
export function deref(spec: MethodSpec, type: TypeRef, lookup: SpecLookup, seen = new Set<string>()): TypeRef {
  if (type.kind !== 'ref' || seen.has(type.name)) return type;
  seen.add(type.name);
  const named = type.shared ? lookup.shared.get(type.name) : (spec.types.find((t) => t.name === type.name) ?? lookup.shared.get(type.name));
  return named ? deref(spec, named.type, lookup, seen) : type;
}
