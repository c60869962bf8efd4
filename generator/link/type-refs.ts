/** Which named types a type refers to: the closure every pass that moves types between specs needs. */
import type { NamedType, TypeRef } from '../spec/schema.ts';
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
