/**
 * The canonical form of a spec: every collection in a defined order, so the same facts always give the
 * same bytes whatever order the readers and the link passes produced them in.
 *
 * Kept in document order, because the order carries meaning and one page fixes it:
 * - `params`, the `fields` of an object type: the order the docs list them (emitted in that order);
 * - enum `values`, union `anyOf`: the order the docs write them ("string | string[]");
 * - example `json` and `default` values: documented data, never reordered;
 * - `sources`: the primary source first, then those that filled its gaps (the link stage's ranking, itself
 *   independent of input order): `sources[0]` is the page a spec is cited by.
 * Sorted (code-unit order, never locale order), because they are sets:
 * - `scope`, `seeAlso`, `aliases`, `additionalKeys`, list `operators`/`objectOperators`/`masks`: as strings;
 * - `alternatives`: by id, their `params` as strings (a group is a set: "`A` or `B`" is "`B` or `A`");
 * - `facts`: by key; `types` (and catalogue types): by name; `errors`: by id; `examples`: by id in
 *   natural order ("request:2" before "request:10");
 * - `warnings`: by file, code, message, then line (line last, so a doc edit that moves lines cannot
 *   reorder warnings whose text differs; see the provenance sidecar in spec-set.ts).
 */
import type { ErrorCatalogue, ErrorEntry, Field, MethodSpec, NamedType, PageRecord, Provenance, TypeCatalogue, TypeRef, Warning } from './schema.ts';

/** Locale- and ICU-independent string order (code units), so output never depends on the machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit order, except that runs of digits compare as numbers ("request:2" < "request:10"). */
export function compareNatural(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    // Odd parts of a split on a capture group are the digit runs.
    const c = i % 2 === 1 ? Number(x) - Number(y) || compareStrings(x, y) : compareStrings(x, y);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

/** The order of warnings: file, code, message, then line. */
export function compareWarnings(a: Warning, b: Warning): number {
  return compareStrings(a.file, b.file) || compareStrings(a.code, b.code) || compareStrings(a.message, b.message) || (a.line ?? 0) - (b.line ?? 0);
}

const sortedStrings = (xs: readonly string[]): string[] => [...xs].sort(compareStrings);
const byName = (a: { name: string }, b: { name: string }) => compareStrings(a.name, b.name);
const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/** A type with every nested set in canonical order (fields, enum values and union members keep theirs). */
export function canonicalType(t: TypeRef): TypeRef {
  switch (t.kind) {
    case 'array':
      return { ...t, items: canonicalType(t.items) };
    case 'map':
      return { ...t, values: canonicalType(t.values) };
    case 'union':
      return { ...t, anyOf: t.anyOf.map(canonicalType) };
    case 'object':
      return {
        ...t,
        fields: t.fields.map(canonicalField),
        ...(t.additional ? { additional: canonicalType(t.additional) } : {}),
        ...(t.additionalKeys ? { additionalKeys: sortedStrings(t.additionalKeys) } : {}),
      };
    default:
      return t;
  }
}

function canonicalField(f: Field): Field {
  return { ...f, type: canonicalType(f.type), ...(f.aliases ? { aliases: sortedStrings(f.aliases) } : {}) };
}

function canonicalNamedTypes(types: readonly NamedType[]): NamedType[] {
  return types.map((t) => ({ ...t, type: canonicalType(t.type) })).sort(byName);
}

function canonicalErrors(errors: readonly ErrorEntry[]): ErrorEntry[] {
  return [...errors].sort(byId);
}

function canonicalFacts(facts: Record<string, Provenance>): Record<string, Provenance> {
  return Object.fromEntries(
    Object.keys(facts)
      .sort(compareStrings)
      .map((k) => [k, facts[k]!]),
  );
}

/** A spec with every collection in canonical order; idempotent, and does not change the input. */
export function canonicalSpec(spec: MethodSpec): MethodSpec {
  const list = spec.list;
  return {
    ...spec,
    scope: sortedStrings(spec.scope),
    params: spec.params.map((p) => ({ ...p, type: canonicalType(p.type), ...(p.aliases ? { aliases: sortedStrings(p.aliases) } : {}) })),
    alternatives: (spec.alternatives ?? []).map((a) => ({ ...a, params: sortedStrings(a.params) })).sort(byId),
    result: spec.result ? { ...spec.result, type: canonicalType(spec.result.type) } : null,
    types: canonicalNamedTypes(spec.types),
    errors: canonicalErrors(spec.errors),
    list: list && {
      ...list,
      filter: list.filter && {
        ...list.filter,
        operators: sortedStrings(list.filter.operators),
        ...(list.filter.objectOperators ? { objectOperators: sortedStrings(list.filter.objectOperators) } : {}),
      },
      select: list.select && { ...list.select, masks: sortedStrings(list.select.masks) },
    },
    examples: [...spec.examples].sort((a, b) => compareNatural(a.id, b.id)),
    seeAlso: sortedStrings(spec.seeAlso),
    facts: canonicalFacts(spec.facts),
    warnings: [...spec.warnings].sort(compareWarnings),
  };
}

/** An error catalogue with its errors by id. */
export function canonicalErrorCatalogue(cat: ErrorCatalogue): ErrorCatalogue {
  return { ...cat, errors: canonicalErrors(cat.errors) };
}

/** A type catalogue with its types by name. */
export function canonicalTypeCatalogue(cat: TypeCatalogue): TypeCatalogue {
  return { ...cat, types: canonicalNamedTypes(cat.types) };
}

/** A page record with its method ids and warnings sorted. */
export function canonicalPage(page: PageRecord): PageRecord {
  return { ...page, methods: sortedStrings(page.methods), warnings: [...page.warnings].sort(compareWarnings) };
}
