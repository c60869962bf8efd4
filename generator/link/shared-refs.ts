/** Shared-type references that no data-types catalogue defines. */
import type { MethodSpec, TypeCatalogue, Warning } from '../spec/schema.ts';
import { refsOf } from './type-refs.ts';

/** Warn about shared refs no catalogue defines. */
export function checkSharedRefs(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): Warning[] {
  const known = new Set(catalogues.flatMap((c) => c.types.map((t) => t.name)));
  const missing = new Map<string, string>();
  for (const s of specs) {
    const file = s.sources[0]?.path ?? '';
    const roots = [...s.params.map((p) => p.type), ...(s.result ? [s.result.type] : []), ...s.types.map((t) => t.type)];
    for (const ref of roots.flatMap((t) => refsOf(t))) if (ref.shared && !known.has(ref.name) && !missing.has(ref.name)) missing.set(ref.name, file);
  }
  return [...missing].map(([name, file]) => ({ code: 'unresolved-shared-type', message: `shared type ${name} is defined by no data-types catalogue`, file }));
}
