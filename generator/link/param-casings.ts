/**
 * REST 1 reads top-level parameter names case-insensitively, and the docs mix casings: `user.get`'s
 * table names `FILTER`, its examples send `filter`; `crm.deal.get`'s table names `id`, its cURL sends
 * `ID`. Each other casing a page's own request examples write a parameter in becomes an alias of that
 * parameter (facts["<param id>.aliases"]: the first example that writes one, evidence `request-example`),
 * so the generated type accepts what the docs show without accepting any key.
 */
import type { MethodSpec, Param } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';

/** REST 1 specs with the casings their request examples use added as param aliases. Pure. */
export function acceptExampleCasings(specs: readonly MethodSpec[]): MethodSpec[] {
  return specs.map((s) => (s.api === 'rest' && s.restVersion !== '3' ? withCasings(s) : s));
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One spec's params with the example casings added. */
function withCasings(s: MethodSpec): MethodSpec {
  const taken = new Set(s.params.flatMap((p) => [p.name, ...(p.aliases ?? [])]));
  const added = new Map<Param, Set<string>>();
  const facts = { ...s.facts };
  for (const e of s.examples) {
    if (e.kind !== 'request' || !isRecord(e.json)) continue;
    for (const key of Object.keys(e.json)) {
      if (taken.has(key) || key.toLowerCase() === 'auth') continue;
      // Two params differing only in case (rare, but documented) leave the example's key ambiguous.
      const matches = s.params.filter((p) => p.name.toLowerCase() === key.toLowerCase());
      if (matches.length !== 1) continue;
      const p = matches[0]!;
      taken.add(key);
      added.set(p, (added.get(p) ?? new Set()).add(key));
      facts[`${p.id}.aliases`] ??= { ...e.source, how: 'read', evidence: 'request-example' };
    }
  }
  if (added.size === 0) return s;
  const params = s.params.map((p) => {
    const more = added.get(p);
    return more ? { ...p, aliases: [...new Set([...(p.aliases ?? []), ...more])].sort(compareStrings) } : p;
  });
  return { ...s, params, facts };
}
