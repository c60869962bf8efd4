/** Where a method's params carry Y/N flags: the paths the runtime turns a boolean into `'Y'`/`'N'` at. */
import type { TypeRef } from '../../spec/schema.ts';
import { compareStrings } from '../../spec/canonical.ts';
import type { PlanMethod, TypeScope } from './types.ts';

/** How deep params are followed: the corpus nests flags at most in `fields.X` and `fields.X[].Y`. */
const MAX_DEPTH = 6;

/**
 * The param paths of a method's Y/N flags (scalars of format `yn`), dot-separated, `[]` for array items and
 * `*` for map values — the same places the emitted param types accept a boolean at.
 */
export function ynFlagPaths(m: PlanMethod): string[] {
  const out = new Set<string>();
  for (const p of m.spec.params) visit(p.type, m.scope, [p.name, ...(p.aliases ?? [])], 0, new Set(), out);
  return [...out].sort(compareStrings);
}

function visit(t: TypeRef, scope: TypeScope, paths: readonly string[], depth: number, seen: ReadonlySet<string>, out: Set<string>): void {
  if (depth > MAX_DEPTH) return;
  switch (t.kind) {
    case 'scalar':
      if (t.format === 'yn') paths.forEach((p) => out.add(p));
      return;
    case 'array':
      return visit(
        t.items,
        scope,
        paths.map((p) => `${p}.[]`),
        depth + 1,
        seen,
        out,
      );
    case 'map':
      return visit(
        t.values,
        scope,
        paths.map((p) => `${p}.*`),
        depth + 1,
        seen,
        out,
      );
    case 'union':
      return t.anyOf.forEach((a) => visit(a, scope, paths, depth, seen, out));
    case 'object':
      for (const f of t.fields)
        visit(
          f.type,
          scope,
          paths.flatMap((p) => [f.name, ...(f.aliases ?? [])].map((n) => `${p}.${n}`)),
          depth + 1,
          seen,
          out,
        );
      return;
    case 'ref': {
      const decl = scope.resolve(t);
      const key = `${t.shared ? 'shared:' : ''}${t.name}`;
      if (!decl || seen.has(key)) return;
      return visit(decl.named.type, decl.scope, paths, depth, new Set([...seen, key]), out);
    }
    default:
      return;
  }
}
