/** Coverage of a spec set: what the docs yielded, per section, as numbers a person or a CI can read. */
import type { MethodSpec, PageRecord, TypeRef, Warning } from '../spec/schema.ts';
import type { SpecSet } from '../spec/spec-set.ts';
import { compareStrings } from '../spec/serialize.ts';
import { countFacts, type FactCounts } from './fact-counts.ts';
import { countOpaqueResults, type OpaqueResultCount } from './opaque-results.ts';

/**
 * Counts of one section. Types follow the schema's definition (ScalarName): a param typed `unknown` is
 * untyped (no type could be read); one typed `any` is documented as open (the docs say any value) and is
 * counted apart, not as typed: typed + open + untyped = params.
 */
export interface SectionCoverage {
  section: string;
  pages: number;
  methods: number;
  deprecated: number;
  params: number;
  /** Params with a type narrower than any value. */
  paramsTyped: number;
  /** Params the docs type as any value (`any` at the top). */
  paramsOpen: number;
  /** Params whose type could not be read (`unknown` at the top). */
  paramsUntyped: number;
  paramsRequiredUnknown: number;
  paramsInferred: number;
  /** Results whose type is neither `unknown` nor `any` at the top. */
  resultsTyped: number;
  errorCodes: number;
  errorsWithoutCode: number;
  /** Every type node (scalars, containers, refs) under params, results and named types. */
  typeRefs: number;
  /** Of those, `unknown` scalars. */
  typeRefsUnknown: number;
  /** Of those, `any` scalars. */
  typeRefsAny: number;
  truncatedPages: number;
  skipped: Record<string, number>;
  warnings: Record<string, number>;
}

export interface CoverageReport {
  totals: SectionCoverage;
  sections: SectionCoverage[];
  /** How the facts pages state were read (error statuses, filter operators, result sources, …), over the whole set. */
  facts: FactCounts;
  /** Current REST methods whose result a caller can read no typed field from, each with why (the issue's ≤ 3% target). */
  opaque: OpaqueResultCount;
  warnings: Warning[];
  pages: Array<{ path: string; methods: string[]; skipped?: string; truncated?: boolean }>;
  /** Each Vibe page with what it yielded: the issue asks that cut pages be visible page by page. */
  vibePages: Array<{ path: string; operations: string[]; entityTypes: string[]; truncated: boolean; skipped?: string }>;
}

/** The report section of a source path: the folder under api-reference/, else the first folder. */
export function sectionOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'api-reference' && parts.length > 2) return parts[1]!;
  return parts.length > 1 ? parts[0]! : '(files)';
}

function empty(section: string): SectionCoverage {
  return {
    section,
    pages: 0,
    methods: 0,
    deprecated: 0,
    params: 0,
    paramsTyped: 0,
    paramsOpen: 0,
    paramsUntyped: 0,
    paramsRequiredUnknown: 0,
    paramsInferred: 0,
    resultsTyped: 0,
    errorCodes: 0,
    errorsWithoutCode: 0,
    typeRefs: 0,
    typeRefsUnknown: 0,
    typeRefsAny: 0,
    truncatedPages: 0,
    skipped: {},
    warnings: {},
  };
}

function isUnknown(t: TypeRef): boolean {
  return t.kind === 'scalar' && t.name === 'unknown';
}

function isAny(t: TypeRef): boolean {
  return t.kind === 'scalar' && t.name === 'any';
}

/** Count every type reference in a type, and the unknown and any ones. */
function countRefs(t: TypeRef, acc: { all: number; unknown: number; any: number }): void {
  acc.all++;
  if (isUnknown(t)) acc.unknown++;
  if (isAny(t)) acc.any++;
  if (t.kind === 'array') countRefs(t.items, acc);
  else if (t.kind === 'map') countRefs(t.values, acc);
  else if (t.kind === 'union') t.anyOf.forEach((m) => countRefs(m, acc));
  else if (t.kind === 'object') {
    t.fields.forEach((f) => countRefs(f.type, acc));
    if (t.additional) countRefs(t.additional, acc);
  }
}

function addSpec(c: SectionCoverage, spec: MethodSpec): void {
  c.methods++;
  if (spec.deprecated !== false) c.deprecated++;
  for (const p of spec.params) {
    c.params++;
    if (isUnknown(p.type)) c.paramsUntyped++;
    else if (isAny(p.type)) c.paramsOpen++;
    else c.paramsTyped++;
    if (p.required === 'unknown') c.paramsRequiredUnknown++;
    if (p.source.how === 'inferred' || spec.facts[`${p.id}.type`]?.how === 'inferred') c.paramsInferred++;
  }
  if (spec.result && !isUnknown(spec.result.type) && !isAny(spec.result.type)) c.resultsTyped++;
  for (const e of spec.errors) {
    if (e.code) c.errorCodes++;
    else c.errorsWithoutCode++;
  }
  const refs = { all: 0, unknown: 0, any: 0 };
  spec.params.forEach((p) => countRefs(p.type, refs));
  if (spec.result) countRefs(spec.result.type, refs);
  spec.types.forEach((t) => countRefs(t.type, refs));
  c.typeRefs += refs.all;
  c.typeRefsUnknown += refs.unknown;
  c.typeRefsAny += refs.any;
  for (const w of spec.warnings) c.warnings[w.code] = (c.warnings[w.code] ?? 0) + 1;
}

function addPage(c: SectionCoverage, page: PageRecord): void {
  c.pages++;
  if (page.skipped) {
    // Readers may name the page in the reason ('guide page "Errors": …'); the report counts kinds.
    const kind = page.skipped.replace(/\s*["(:].*$/s, '') || page.skipped;
    c.skipped[kind] = (c.skipped[kind] ?? 0) + 1;
  }
  if (page.truncated) c.truncatedPages++;
  for (const w of page.warnings) c.warnings[w.code] = (c.warnings[w.code] ?? 0) + 1;
}

function sum(into: SectionCoverage, c: SectionCoverage): void {
  for (const k of Object.keys(c) as Array<keyof SectionCoverage>) {
    const v = c[k];
    if (typeof v === 'number') (into[k] as number) += v;
  }
  for (const [k, v] of Object.entries(c.skipped)) into.skipped[k] = (into.skipped[k] ?? 0) + v;
  for (const [k, v] of Object.entries(c.warnings)) into.warnings[k] = (into.warnings[k] ?? 0) + v;
}

/** Compute the coverage report of a spec set. */
export function computeCoverage(set: SpecSet): CoverageReport {
  const sections = new Map<string, SectionCoverage>();
  const get = (s: string) => sections.get(s) ?? sections.set(s, empty(s)).get(s)!;
  for (const page of set.pages) addPage(get(sectionOf(page.path)), page);
  for (const spec of set.specs) addSpec(get(sectionOf(spec.sources[0]?.path ?? '(unknown)')), spec);
  const list = [...sections.values()].sort((a, b) => compareStrings(a.section, b.section));
  const totals = empty('TOTAL');
  list.forEach((c) => sum(totals, c));
  const warnings = [...set.specs.flatMap((s) => s.warnings), ...set.pages.flatMap((p) => p.warnings)].sort(
    (a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.code, b.code),
  );
  const pages = set.pages.map((p) => ({
    path: p.path,
    methods: p.methods,
    ...(p.skipped ? { skipped: p.skipped } : {}),
    ...(p.truncated ? { truncated: true } : {}),
  }));
  const byId = new Map(set.specs.map((s) => [s.id, s]));
  const vibePages = set.pages
    .filter((p) => p.reader === 'vibe-page' || p.reader === 'vibe-entity-page' || p.methods.some((m) => m.startsWith('vibe:')))
    .map((p) => ({
      path: p.path,
      operations: p.methods,
      entityTypes: [...new Set(p.methods.flatMap((m) => byId.get(m)?.types.map((t) => t.name) ?? []))].sort(compareStrings),
      truncated: Boolean(p.truncated),
      ...(p.skipped ? { skipped: p.skipped } : {}),
    }));
  return { totals, sections: list, facts: countFacts(set.specs), opaque: countOpaqueResults(set), warnings, pages, vibePages };
}
