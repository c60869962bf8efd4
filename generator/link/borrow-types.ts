/**
 * Type borrowing between sibling pages: a page that names a type it does not define (`contact` on
 * crm.contact.list) takes it from a sibling method of the same namespace that does.
 */
import type { MethodSpec, NamedType, TypeRef, Warning } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';
import { mapTypeLeaves } from '../spec/type-walk.ts';
import { localRefNames } from './type-refs.ts';

/** Replace unknown scalars whose docType a function maps to a ref (arrays and unions kept). */
function replaceUnknown(t: TypeRef, f: (docType: string) => TypeRef | null): TypeRef {
  return mapTypeLeaves(t, (leaf) => (leaf.kind === 'scalar' && leaf.name === 'unknown' && leaf.docType ? (f(leaf.docType) ?? leaf) : leaf));
}

/**
 * A page-local type name the page does not define (`contact` on crm.contact.list, `item` on crm.item.list)
 * is borrowed from a sibling method of the same namespace that defines it (`.get` first), with the types it
 * references; provenance keeps pointing at the donor page.
 */
export function borrowSiblingTypes(specs: readonly MethodSpec[]): { specs: MethodSpec[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const byBase = new Map<string, MethodSpec[]>();
  const base = (m: string) => m.toLowerCase().replace(/\.[^.]+$/, '');
  for (const s of specs) byBase.set(base(s.method), [...(byBase.get(base(s.method)) ?? []), s]);
  const verbRank = (m: string) => ['get', 'add', 'fields', 'getfields', 'list'].indexOf(m.split('.').pop()?.toLowerCase() ?? '') >>> 0;
  const out = specs.map((spec) => {
    const siblings = (byBase.get(base(spec.method)) ?? [])
      .filter((x) => x !== spec)
      .sort((a, b) => verbRank(a.method) - verbRank(b.method) || compareStrings(a.id, b.id));
    if (siblings.length === 0) return spec;
    const added = new Map<string, NamedType>();
    const file = spec.sources[0]?.path ?? '';
    const borrow = (docType: string): TypeRef | null => {
      if (spec.types.some((t) => t.name === docType) || added.has(docType)) return { kind: 'ref', name: docType };
      const donor = siblings.find((x) => x.types.some((t) => t.name === docType));
      if (!donor) return null;
      const queue = [docType];
      while (queue.length) {
        const n = queue.shift() as string;
        if (added.has(n) || spec.types.some((t) => t.name === n)) continue;
        const t = donor.types.find((x) => x.name === n);
        if (!t) continue;
        added.set(n, t);
        for (const r of localRefNames(t.type)) queue.push(r);
      }
      warnings.push({ code: 'type-borrowed', message: `${spec.method}: type ${docType} taken from ${donor.method}`, file });
      return { kind: 'ref', name: docType };
    };
    const params = spec.params.map((p) => ({ ...p, type: replaceUnknown(p.type, borrow) }));
    const result = spec.result ? { ...spec.result, type: replaceUnknown(spec.result.type, borrow) } : null;
    const types = spec.types.map((t) => ({ ...t, type: replaceUnknown(t.type, borrow) }));
    if (added.size === 0) return spec;
    return {
      ...spec,
      params,
      result,
      types: [...types, ...added.values()].sort((a, b) => compareStrings(a.name, b.name)),
      warnings: [...spec.warnings, ...warnings.filter((w) => w.file === file && w.message.startsWith(`${spec.method}:`))],
    };
  });
  return { specs: out, warnings };
}
