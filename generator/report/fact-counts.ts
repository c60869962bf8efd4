/**
 * Counts of how the facts a page states were read, over a spec set: error statuses and codes, filter
 * operators read or assumed, where result types come from, value lists, maps, required alternatives,
 * deprecation successors, nullable fields. Each counter measures one way a spec can fall short of its
 * page, so a reader change shows up as a before → after number.
 */
import type { Field, MethodSpec, Param, TypeRef } from '../spec/schema.ts';

/** The counters, each over every method spec of the set. */
export interface FactCounts {
  errors: {
    /** Error entries (method-specific, not the shared catalogues). */
    total: number;
    withStatus: number;
    withoutStatus: number;
    withoutCode: number;
    /** Specs with at least one error, every one without a status. */
    specsAllWithoutStatus: number;
  };
  filters: {
    /** List specs with a filter. */
    total: number;
    /** Operators read from the page (provenance `facts["list.filter.operators"]` how: read). */
    operatorsRead: number;
    /** Operators inferred (an overview page, a structure of keys, the standard set). */
    operatorsInferred: number;
    /** Filters with no operator provenance at all. */
    operatorsWithoutProvenance: number;
    /** `filter-operators-assumed` warnings: the standard prefix set stands in for operators the page does not list. */
    operatorsAssumed: number;
    /** REST 3.0 array filters, and those of them with word operators (`in`, `between`). */
    v3: number;
    v3WithWords: number;
  };
  results: {
    /** Result types read or built from a table (incl. a field table without its `result` row). */
    fromTable: number;
    /** Inferred from a response example (or a literal in one). */
    fromExample: number;
    /** By convention: the method verb (REST), the operation kind (Vibe). */
    byConvention: number;
    /** Read from prose. */
    fromProse: number;
    /** Any other evidence. */
    other: number;
    /** No result at all. */
    none: number;
    /** `result-from-example` and `result-by-convention` warnings. */
    warnedFromExample: number;
    warnedByConvention: number;
  };
  /** Params and fields (anywhere: params, result, named types) whose type is a value list. */
  enums: { closed: number; open: number };
  /** `kind: 'map'` nodes anywhere in params, result and named types, and the specs that have one. */
  maps: { nodes: number; specs: number };
  /** Required-alternative groups ("at least one of `A` or `B`"), and the specs that have one. */
  alternatives: { groups: number; specs: number };
  deprecated: { withSuccessor: number; withoutSuccessor: number };
  /** Params and fields whose type is a union with `null`. */
  nullable: number;
}

/** Evidence words of a result's provenance, grouped by what the type was taken from. */
const RESULT_FROM_TABLE = new Set(['table', 'table-without-result-row']);
const RESULT_FROM_EXAMPLE = new Set(['response-example', 'response-literal']);
const RESULT_BY_CONVENTION = new Set(['method-verb-convention', 'operation-kind']);

/** The value list a param/field type is (directly, as array items, or as a union member), if any. */
function enumOf(t: TypeRef): Extract<TypeRef, { kind: 'enum' }> | undefined {
  if (t.kind === 'enum') return t;
  if (t.kind === 'array') return enumOf(t.items);
  if (t.kind === 'union') for (const m of t.anyOf) if (enumOf(m)) return enumOf(m);
  return undefined;
}

/** True for a union with a `null` member. */
function isNullable(t: TypeRef): boolean {
  return t.kind === 'union' && t.anyOf.some((m) => m.kind === 'scalar' && m.name === 'null');
}

/** Every field of a type, at any depth (object fields, through arrays, unions, maps, additional types). */
function fieldsIn(t: TypeRef, out: Field[]): void {
  if (t.kind === 'object') {
    for (const f of t.fields) {
      out.push(f);
      fieldsIn(f.type, out);
    }
    if (t.additional) fieldsIn(t.additional, out);
  } else if (t.kind === 'array') fieldsIn(t.items, out);
  else if (t.kind === 'map') fieldsIn(t.values, out);
  else if (t.kind === 'union') t.anyOf.forEach((m) => fieldsIn(m, out));
}

/** How many `map` nodes a type holds, at any depth. */
function mapNodes(t: TypeRef): number {
  switch (t.kind) {
    case 'map':
      return 1 + mapNodes(t.values);
    case 'array':
      return mapNodes(t.items);
    case 'union':
      return t.anyOf.reduce((n, m) => n + mapNodes(m), 0);
    case 'object':
      return t.fields.reduce((n, f) => n + mapNodes(f.type), 0) + (t.additional ? mapNodes(t.additional) : 0);
    default:
      return 0;
  }
}

/** Zeroed counters. */
export function emptyFactCounts(): FactCounts {
  return {
    errors: { total: 0, withStatus: 0, withoutStatus: 0, withoutCode: 0, specsAllWithoutStatus: 0 },
    filters: { total: 0, operatorsRead: 0, operatorsInferred: 0, operatorsWithoutProvenance: 0, operatorsAssumed: 0, v3: 0, v3WithWords: 0 },
    results: { fromTable: 0, fromExample: 0, byConvention: 0, fromProse: 0, other: 0, none: 0, warnedFromExample: 0, warnedByConvention: 0 },
    enums: { closed: 0, open: 0 },
    maps: { nodes: 0, specs: 0 },
    alternatives: { groups: 0, specs: 0 },
    deprecated: { withSuccessor: 0, withoutSuccessor: 0 },
    nullable: 0,
  };
}

/** Count the facts of a set of method specs. */
export function countFacts(specs: readonly MethodSpec[]): FactCounts {
  const c = emptyFactCounts();
  for (const spec of specs) addSpec(c, spec);
  return c;
}

function addSpec(c: FactCounts, spec: MethodSpec): void {
  for (const e of spec.errors) {
    c.errors.total++;
    if (e.status === null) c.errors.withoutStatus++;
    else c.errors.withStatus++;
    if (e.code === null) c.errors.withoutCode++;
  }
  if (spec.errors.length > 0 && spec.errors.every((e) => e.status === null)) c.errors.specsAllWithoutStatus++;

  const filter = spec.list?.filter;
  if (filter) {
    c.filters.total++;
    const how = spec.facts['list.filter.operators']?.how;
    if (how === 'read') c.filters.operatorsRead++;
    else if (how === 'inferred') c.filters.operatorsInferred++;
    else c.filters.operatorsWithoutProvenance++;
    if (filter.syntax === 'v3-array') {
      c.filters.v3++;
      if (filter.operators.some((o) => /^[a-z]/i.test(o))) c.filters.v3WithWords++;
    }
  }
  for (const w of spec.warnings) {
    if (w.code === 'filter-operators-assumed') c.filters.operatorsAssumed++;
    else if (w.code === 'result-from-example') c.results.warnedFromExample++;
    else if (w.code === 'result-by-convention') c.results.warnedByConvention++;
  }

  const evidence = spec.result?.source.evidence ?? '';
  if (!spec.result) c.results.none++;
  else if (RESULT_FROM_TABLE.has(evidence)) c.results.fromTable++;
  else if (RESULT_FROM_EXAMPLE.has(evidence)) c.results.fromExample++;
  else if (RESULT_BY_CONVENTION.has(evidence)) c.results.byConvention++;
  else if (evidence === 'prose') c.results.fromProse++;
  else c.results.other++;

  // Every param and every field, once: fields of named types are counted where they are declared.
  const types: TypeRef[] = [...spec.params.map((p) => p.type), ...(spec.result ? [spec.result.type] : []), ...spec.types.map((t) => t.type)];
  const fields: Field[] = [];
  types.forEach((t) => fieldsIn(t, fields));
  const typed: Array<Param | Field> = [...spec.params, ...fields];
  for (const x of typed) {
    const e = enumOf(x.type);
    if (e) {
      if (e.open) c.enums.open++;
      else c.enums.closed++;
    }
    if (isNullable(x.type)) c.nullable++;
  }

  const maps = types.reduce((n, t) => n + mapNodes(t), 0);
  c.maps.nodes += maps;
  if (maps > 0) c.maps.specs++;

  const alts = spec.alternatives.length;
  c.alternatives.groups += alts;
  if (alts > 0) c.alternatives.specs++;

  if (spec.deprecated !== false) {
    if (spec.deprecated.successor) c.deprecated.withSuccessor++;
    else c.deprecated.withoutSuccessor++;
  }
}
