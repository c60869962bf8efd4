/**
 * A method as the differ sees it: every param and result value flattened to a node keyed by its path
 * (`params.fields.TITLE`, `result[].PHONE[].VALUE`), with named types resolved, so two doc snapshots
 * compare value by value whatever types the pages declared them through. Pure.
 */
import type { Field, MethodSpec, NamedType, Param, Provenance, TypeRef } from '../spec/schema.ts';
import type { SpecSet } from '../spec/spec-set.ts';
import { itemsPath, valuesPath } from '../spec/ids.ts';
import { typeToken, type TypeToken } from './lattice.ts';

/** One value of a method: a param, a nested field of a param, the result or a field inside it. */
export interface ValueNode {
  path: string;
  /** The path of the node that holds this one ('' for top-level params and the result itself). */
  parent: string;
  /** The key as written (`TITLE`), `[]` for array items, `{}` for map values, `result` for the result. */
  name: string;
  token: TypeToken;
  /** The values of an enum at this node, as JSON text, sorted; absent when the value is no closed enum. */
  enumValues?: string[] | undefined;
  required: boolean;
  nullable: boolean;
  /** Where the nullability was read (a response example showing null, or the docs' words), when the spec records it. */
  nullableSource?: Provenance | undefined;
  description: string;
  source: Provenance;
}

/** A method flattened: its param and result nodes by path. */
export interface MethodModel {
  spec: MethodSpec;
  params: Map<string, ValueNode>;
  result: Map<string, ValueNode>;
}

/** Named types a spec may reference: its own, then the shared catalogues of its set. */
export type TypeLookup = (name: string, shared: boolean) => NamedType | undefined;

/** The lookup of shared catalogue types of a set (a spec's own types are looked up first by modelOf). */
export function sharedTypes(set: Pick<SpecSet, 'typeCatalogues'>): Map<string, NamedType> {
  const byName = new Map<string, NamedType>();
  for (const cat of set.typeCatalogues) for (const t of cat.types) if (!byName.has(t.name)) byName.set(t.name, t);
  return byName;
}

// Deep enough for every structure in the docs; a bound so that a self-referencing type cannot recurse forever.
const MAX_DEPTH = 12;

/** Flatten one method spec into its value nodes. */
export function modelOf(spec: MethodSpec, shared: ReadonlyMap<string, NamedType>): MethodModel {
  const own = new Map(spec.types.map((t) => [t.name, t]));
  const lookup: TypeLookup = (name, isShared) => (isShared ? shared.get(name) : (own.get(name) ?? shared.get(name)));
  const ctx: Ctx = { lookup, facts: spec.facts };
  const params = new Map<string, ValueNode>();
  for (const p of spec.params) addValue(params, ctx, { path: `params.${p.name}`, parent: '', name: p.name, type: p.type, entry: p }, new Set(), 0);
  const result = new Map<string, ValueNode>();
  if (spec.result) {
    const entry = { required: true, description: spec.result.description, source: spec.result.source };
    addValue(result, ctx, { path: 'result', parent: '', name: 'result', type: spec.result.type, entry }, new Set(), 0);
  }
  return { spec, params, result };
}

interface Entry {
  /** The field's id in the spec, whose facts hold its nullability's provenance. */
  id?: string | undefined;
  required: Param['required'];
  description?: string | undefined;
  nullable?: boolean | undefined;
  source: Provenance;
}

interface Ctx {
  lookup: TypeLookup;
  facts: MethodSpec['facts'];
}

interface At {
  path: string;
  parent: string;
  name: string;
  type: TypeRef;
  entry: Entry;
}

/** Add the node at `at` and, below it, the nodes of its structure (fields, items, map values). */
function addValue(into: Map<string, ValueNode>, ctx: Ctx, at: At, seen: ReadonlySet<string>, depth: number): void {
  const { lookup } = ctx;
  const { type, refs } = resolved(at.type, lookup);
  const token = typeToken(type, (t) => resolved(t, lookup).type);
  const node: ValueNode = {
    path: at.path,
    parent: at.parent,
    name: at.name,
    token: token.atoms,
    enumValues: token.enumValues,
    required: at.entry.required === true,
    nullable: Boolean(at.entry.nullable) || token.nullable,
    nullableSource: at.entry.id !== undefined ? ctx.facts[`${at.entry.id}.nullable`] : undefined,
    description: at.entry.description ?? '',
    source: at.entry.source,
  };
  // The first declaration of a path wins (union members and duplicate rows share it).
  if (into.has(at.path)) return;
  into.set(at.path, node);
  if (depth >= MAX_DEPTH || refs.some((r) => seen.has(r))) return;
  const inner = new Set([...seen, ...refs]);
  for (const member of members(type, lookup)) {
    if (member.kind === 'array') addChild(into, ctx, at.path, '[]', itemsPath(at.path), member.items, at.entry.source, inner, depth);
    else if (member.kind === 'map') addChild(into, ctx, at.path, '{}', valuesPath(at.path), member.values, at.entry.source, inner, depth);
    else if (member.kind === 'object') for (const f of member.fields) addField(into, ctx, at.path, f, inner, depth);
  }
}

function addChild(
  into: Map<string, ValueNode>,
  ctx: Ctx,
  parent: string,
  name: string,
  path: string,
  type: TypeRef,
  source: Provenance,
  seen: ReadonlySet<string>,
  depth: number,
): void {
  addValue(into, ctx, { path, parent, name, type, entry: { required: true, source } }, seen, depth + 1);
}

function addField(into: Map<string, ValueNode>, ctx: Ctx, parent: string, f: Field, seen: ReadonlySet<string>, depth: number): void {
  addValue(into, ctx, { path: `${parent}.${f.name}`, parent, name: f.name, type: f.type, entry: f }, seen, depth + 1);
}

/** The type behind any chain of refs, and the names passed through (a ref to a missing type stays a ref). */
function resolved(t: TypeRef, lookup: TypeLookup): { type: TypeRef; refs: string[] } {
  const refs: string[] = [];
  let cur = t;
  while (cur.kind === 'ref' && refs.length < MAX_DEPTH) {
    const key = `${cur.shared ? 'shared:' : ''}${cur.name}`;
    if (refs.includes(key)) break;
    refs.push(key);
    const named = lookup(cur.name, Boolean(cur.shared));
    if (!named) break;
    cur = named.type;
  }
  return { type: cur, refs };
}

/** The alternatives a value may take: a union's members (refs resolved), or the type itself. */
function members(t: TypeRef, lookup: TypeLookup, depth = 0): TypeRef[] {
  if (t.kind !== 'union') return [t];
  // Bounded like typeToken's union walk: a union that names itself (U = string | U) would recurse forever.
  if (depth >= MAX_DEPTH) return [];
  return t.anyOf.flatMap((m) => members(resolved(m, lookup).type, lookup, depth + 1));
}
