/** Which named types a type refers to: the closure every pass that moves types between specs needs. */
import type { MethodSpec, NamedType, TypeRef } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';
import { mapTypeLeaves } from '../spec/type-walk.ts';

/** Every ref leaf of a type, with whether it points into a shared catalogue. */
export function refsOf(t: TypeRef, out: Array<Extract<TypeRef, { kind: 'ref' }>> = []): Array<Extract<TypeRef, { kind: 'ref' }>> {
  mapTypeLeaves(t, (leaf) => {
    if (leaf.kind === 'ref') out.push(leaf);
    return leaf;
  });
  return out;
}

/** Names of the spec-local types a type refers to (shared catalogue refs excluded). */
export function localRefNames(t: TypeRef): Set<string> {
  return new Set(
    refsOf(t)
      .filter((r) => !r.shared)
      .map((r) => r.name),
  );
}

/** The named types reachable from `roots` through local refs, looked up in `pool`. */
export function reachableTypes(roots: readonly TypeRef[], pool: readonly NamedType[]): NamedType[] {
  const byName = new Map(pool.map((t) => [t.name, t]));
  const seen = new Map<string, NamedType>();
  const queue = roots.flatMap((r) => [...localRefNames(r)]);
  while (queue.length) {
    const name = queue.shift()!;
    const t = byName.get(name);
    if (!t || seen.has(name)) continue;
    seen.set(name, t);
    queue.push(...localRefNames(t.type));
  }
  return [...seen.values()];
}

/**
 * REST specs by method name (any case) and REST version: how a pass follows a page's mention of another
 * method ("similar to `rpa.item.get`") to the spec of the same version, the one the page means.
 */
export function restSpecFinder(specs: readonly MethodSpec[]): (method: string, restVersion: MethodSpec['restVersion']) => MethodSpec | undefined {
  const key = (method: string, rv: MethodSpec['restVersion']) => `${method.toLowerCase()}|${rv ?? '1'}`;
  const byKey = new Map<string, MethodSpec>();
  for (const s of specs) if (s.api === 'rest' && !byKey.has(key(s.method, s.restVersion))) byKey.set(key(s.method, s.restVersion), s);
  return (method, restVersion) => byKey.get(key(method, restVersion));
}

/**
 * `own` with the named types `roots` reach in `pool` added, each once, sorted by name: how a pass moves a
 * type and what it refers to into another spec. Null when one of them would take a name `own` already
 * gives a different type (the spec's other facts mean that one).
 */
export function adoptTypes(own: readonly NamedType[], roots: readonly TypeRef[], pool: readonly NamedType[]): NamedType[] | null {
  const needed = reachableTypes(roots, pool);
  const byName = new Map(own.map((t) => [t.name, t]));
  if (needed.some((t) => byName.has(t.name) && JSON.stringify(byName.get(t.name)?.type) !== JSON.stringify(t.type))) return null;
  return [...own, ...needed.filter((t) => !byName.has(t.name))].sort((a, b) => compareStrings(a.name, b.name));
}
