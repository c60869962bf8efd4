/**
 * Merge two specs of the same method read from different sources (a markdown page and a scraped page):
 * the primary wins where it is explicit, the secondary fills its gaps, and `facts` records which is which.
 */
import type { Example, Field, MethodSpec, Param, Provenance, TypeRef } from '../spec/schema.ts';
import { mergedExampleId } from '../spec/ids.ts';
import { compareStrings } from '../spec/serialize.ts';
import { reachableTypes } from './type-refs.ts';

function isUnknown(t: TypeRef): boolean {
  return t.kind === 'scalar' && (t.name === 'unknown' || t.name === 'any');
}

/** Merge `secondary` into `primary` (same id). Pure; neither input is modified. */
export function mergeSpecs(primary: MethodSpec, secondary: MethodSpec): MethodSpec {
  // Secondary facts count only where the secondary supplied the fact; the rest would misattribute primary data.
  const facts: Record<string, Provenance> = { ...primary.facts };
  const filled = (key: string, src: Provenance) => {
    facts[key] = { ...src, evidence: `${src.evidence ?? src.how} (filled in from ${src.file})` };
  };

  const params = mergeByName(primary.params, secondary.params, (p, s) => {
    let out: Param = p;
    if (isUnknown(p.type) && !isUnknown(s.type)) {
      out = { ...out, type: s.type };
      filled(`${p.id}.type`, secondary.facts[`${s.id}.type`] ?? s.source);
    }
    if (p.required === 'unknown' && s.required !== 'unknown') {
      out = { ...out, required: s.required };
      filled(`${p.id}.required`, secondary.facts[`${s.id}.required`] ?? s.source);
    }
    if (!p.description && s.description) out = { ...out, description: s.description };
    return out;
  });

  const primaryParams = new Set(primary.params.map((p) => p.name.toLowerCase()));
  for (const p of secondary.params) {
    if (primaryParams.has(p.name.toLowerCase())) continue;
    for (const [k, v] of Object.entries(secondary.facts)) if (k.startsWith(`${p.id}.`)) facts[k] = v;
  }

  let result = primary.result;
  if (!result && secondary.result) {
    result = secondary.result;
    filled('result', secondary.result.source);
  }

  // A secondary type fills a gap only where the merged spec refers to it: a type the primary left as an
  // unknown name is the link stage's to borrow from the page that documents it, not the secondary's guess.
  const typeNames = new Set(primary.types.map((t) => t.name));
  const roots = [...params.map((p) => p.type), ...(result ? [result.type] : []), ...primary.types.map((t) => t.type)];
  const filling = reachableTypes(
    roots,
    secondary.types.filter((t) => !typeNames.has(t.name)),
  );
  const types = [...primary.types, ...filling];

  const errorIds = new Set(primary.errors.map((e) => e.id));
  const errors = [...primary.errors, ...secondary.errors.filter((e) => !errorIds.has(e.id))];

  const exampleIds = new Set(primary.examples.map((e) => e.id));
  const examples: Example[] = [
    ...primary.examples,
    ...secondary.examples.map((e) => (exampleIds.has(e.id) ? { ...e, id: mergedExampleId(e.id, secondary.sources[0]?.reader ?? 'other') } : e)),
  ];

  // Top-level facts the secondary supplied because the primary lacked them keep the secondary's provenance.
  const lacked: Record<string, boolean> = {
    title: !primary.title,
    description: !primary.description,
    scope: primary.scope.length === 0,
    access: primary.access === null,
    deprecated: primary.deprecated === false && secondary.deprecated !== false,
    list: primary.list === null,
    systemErrors: primary.systemErrors === null,
  };
  for (const [key, missing] of Object.entries(lacked)) {
    const src = secondary.facts[key];
    if (missing && src) filled(key, src);
  }

  return {
    ...primary,
    title: primary.title || secondary.title,
    description: primary.description || secondary.description,
    scope: primary.scope.length ? primary.scope : secondary.scope,
    access: primary.access ?? secondary.access,
    deprecated: primary.deprecated !== false ? primary.deprecated : secondary.deprecated,
    params,
    // Groups name params by path: take the set of the spec whose params they are.
    alternatives: primary.alternatives.length
      ? primary.alternatives
      : secondary.alternatives.filter((a) => a.params.every((p) => params.some((x) => x.name === p.split('.')[0]))),
    paramsDocumented: primary.paramsDocumented === 'missing' ? secondary.paramsDocumented : primary.paramsDocumented,
    result,
    types,
    errors,
    systemErrors: primary.systemErrors ?? secondary.systemErrors,
    list: primary.list ?? secondary.list,
    examples,
    seeAlso: [...new Set([...primary.seeAlso, ...secondary.seeAlso])].sort(compareStrings),
    facts: Object.fromEntries(Object.entries(facts).sort(([a], [b]) => compareStrings(a, b))),
    sources: [...primary.sources, ...secondary.sources],
    warnings: [...primary.warnings, ...secondary.warnings],
  };
}

/** Keep primary entries (merged with their secondary twin, matched case-insensitively), then secondary-only ones. */
function mergeByName<T extends Param | Field>(primary: T[], secondary: T[], merge: (p: T, s: T) => T): T[] {
  const key = (x: T) => x.name.toLowerCase();
  const second = new Map(secondary.map((s) => [key(s), s]));
  const out = primary.map((p) => {
    const s = second.get(key(p));
    second.delete(key(p));
    return s ? merge(p, s) : p;
  });
  return [...out, ...second.values()];
}
