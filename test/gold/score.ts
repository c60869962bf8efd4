/**
 * Scores method specs against the gold truths (README.md): each truth fact is looked up in the spec's
 * own view of the same thing (params and result fields as dotted paths, with the coarse type classes the
 * truths use), and every mismatch is named, so a failing score says which fact of which page is wrong.
 */
import { EXAMPLE_ONLY } from '../../generator/link/example-only-keys.ts';
import type { MethodSpec, NamedType, TypeRef } from '../../generator/spec/schema.ts';

/** A coarse type class, as the truths write them. */
export type GoldType = 'integer' | 'number' | 'string' | 'boolean' | 'date' | 'datetime' | 'object' | 'array' | 'map' | 'file' | 'any' | 'null';

export interface GoldSlot {
  type: GoldType;
  required?: boolean | null;
  values?: Array<string | number | boolean>;
}

/** One truth file. */
export interface Truth {
  id: string;
  page: string;
  deprecated: false | { successor: string | null };
  params: Record<string, GoldSlot>;
  alternatives?: string[][];
  result: { type: GoldType; fields: Record<string, GoldSlot> } | null;
  errors: Record<string, number | null>;
  operators?: string[];
  notes?: string;
}

/** The facts a source can carry: a scraped render has no types, codes or result tables. */
export type Scope = 'full' | 'scraped';

/** Per-category counts: gold facts found (recall) and spec facts that are in the gold (precision). */
export interface Tally {
  gold: number;
  found: number;
  spec: number;
  right: number;
}

export const CATEGORIES = [
  'params',
  'paramTypes',
  'required',
  'values',
  'result',
  'resultTypes',
  'errors',
  'statuses',
  'deprecation',
  'operators',
  'alternatives',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface MethodScore {
  id: string;
  misses: string[];
  tallies: Record<Category, Tally>;
}

/** A spec's slot at one path: the type classes it admits, required, and enum values. */
interface SpecSlot {
  types: Set<string>;
  required: boolean | 'unknown';
  values?: string[];
}

type Resolve = (name: string, shared: boolean) => TypeRef | undefined;

const MAX_DEPTH = 8;

/** The classes a type admits: unions admit each member's; a ref is looked through. */
function classes(t: TypeRef, resolve: Resolve, seen: ReadonlySet<string> = new Set()): Set<string> {
  switch (t.kind) {
    case 'scalar':
      if (t.format === 'date' || t.format === 'datetime' || t.format === 'file') return new Set([t.format]);
      // A boolean the page types so but the wire carries as `Y`/`N`: still the page's boolean.
      if (t.format === 'yn') return new Set([t.name, 'boolean']);
      return new Set([t.name]);
    case 'enum': {
      // `0`/`1` or `Y`/`N` and nothing else: a boolean as the wire carries it.
      const vals = t.values.map((v) => String(v.value)).sort();
      const flag = !t.open && (vals.join() === '0,1' || vals.join() === 'N,Y');
      return new Set(flag ? [t.base, 'boolean'] : [t.base]);
    }
    case 'array':
    case 'object':
    case 'map':
      return new Set([t.kind]);
    case 'ref': {
      if (seen.has(t.name)) return new Set(['object']);
      const target = resolve(t.name, t.shared === true);
      return target ? classes(target, resolve, new Set([...seen, t.name])) : new Set(['object']);
    }
    case 'union':
      return new Set(t.anyOf.flatMap((m) => [...classes(m, resolve, seen)]));
  }
}

function enumValues(t: TypeRef, resolve: Resolve): string[] | undefined {
  if (t.kind === 'enum') return t.values.map((v) => String(v.value));
  if (t.kind === 'ref') {
    const target = resolve(t.name, t.shared === true);
    return target && target.kind !== 'ref' ? enumValues(target, resolve) : undefined;
  }
  if (t.kind === 'union') {
    const all = t.anyOf.flatMap((m) => enumValues(m, resolve) ?? []);
    return all.length ? all : undefined;
  }
  return undefined;
}

/** Every path below `path` in `t`, with its slot (objects' fields, array items `[]`, map values `{}`). */
function walk(t: TypeRef, path: string, resolve: Resolve, out: Map<string, SpecSlot>, depth = 0, seen: ReadonlySet<string> = new Set()): void {
  if (depth > MAX_DEPTH) return;
  switch (t.kind) {
    case 'ref': {
      if (seen.has(t.name)) return;
      const target = resolve(t.name, t.shared === true);
      if (target) walk(target, path, resolve, out, depth, new Set([...seen, t.name]));
      return;
    }
    case 'union':
      for (const m of t.anyOf) walk(m, path, resolve, out, depth, seen);
      return;
    case 'array':
      put(out, `${path}[]`, t.items, 'unknown', resolve);
      walk(t.items, `${path}[]`, resolve, out, depth + 1, seen);
      return;
    case 'map':
      put(out, `${path}{}`, t.values, 'unknown', resolve);
      walk(t.values, `${path}{}`, resolve, out, depth + 1, seen);
      return;
    case 'object':
      for (const f of t.fields) {
        // The gold records what the page's tables document. A field only an example shows is the spec's own
        // report of a gap in those tables (evidence EXAMPLE_ONLY, link/example-only-keys.ts), not a reading of them.
        if (f.source.evidence?.startsWith(EXAMPLE_ONLY)) continue;
        const p = path ? `${path}.${f.name}` : f.name;
        put(out, p, f.type, f.required, resolve);
        walk(f.type, p, resolve, out, depth + 1, seen);
      }
      // Keys the page gives as a pattern (`PROPERTY_PropertyId`, `UF_*`): one slot per documented prefix.
      if (t.additional) for (const prefix of t.additionalKeys ?? []) put(out, `${path ? `${path}.` : ''}${prefix}*`, t.additional, false, resolve);
      return;
    default:
      return;
  }
}

function put(out: Map<string, SpecSlot>, path: string, t: TypeRef, required: boolean | 'unknown', resolve: Resolve): void {
  const prev = out.get(path);
  const types = classes(t, resolve);
  const values = enumValues(t, resolve);
  if (prev) {
    for (const c of types) prev.types.add(c);
    return;
  }
  out.set(path, { types, required, ...(values ? { values } : {}) });
}

/** A resolver over a spec's own named types and the shared type catalogues. */
export function resolverFor(spec: MethodSpec, shared: readonly NamedType[]): Resolve {
  const own = new Map(spec.types.map((t) => [t.name, t.type]));
  const cat = new Map(shared.map((t) => [t.name, t.type]));
  return (name, isShared) => (isShared ? cat.get(name) : (own.get(name) ?? cat.get(name)));
}

/** The spec's params as paths ("fields.NAME", "fields.PHONE[].VALUE"). */
export function paramSlots(spec: MethodSpec, resolve: Resolve): Map<string, SpecSlot> {
  const out = new Map<string, SpecSlot>();
  for (const p of spec.params) {
    put(out, p.name, p.type, p.required, resolve);
    walk(p.type, p.name, resolve, out);
  }
  return out;
}

/** The spec's result as paths from "result". */
export function resultSlots(spec: MethodSpec, resolve: Resolve): Map<string, SpecSlot> {
  const out = new Map<string, SpecSlot>();
  if (!spec.result) return out;
  put(out, 'result', spec.result.type, true, resolve);
  walk(spec.result.type, 'result', resolve, out);
  return out;
}

/** The parent of a path: "a.b[].c" → "a.b[]", "a.b[]" → "a.b", "a" → "". */
function parentOf(path: string): string {
  if (path.endsWith('[]') || path.endsWith('{}')) return path.slice(0, -2);
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

/** The slot of a documented key pattern (`parent.PROPERTY_*`) that covers a name the page writes as a pattern. */
function byPattern(spec: Map<string, SpecSlot>, path: string): SpecSlot | undefined {
  const parent = parentOf(path);
  const name = path.slice(parent ? parent.length + 1 : 0);
  for (const [p, slot] of spec) {
    if (!p.endsWith('*') || parentOf(p) !== parent) continue;
    if (name.startsWith(p.slice(parent ? parent.length + 1 : 0, -1))) return slot;
  }
  return undefined;
}

/** The gold type matches when the spec admits it (`any` in the spec admits nothing in particular). */
function typeMatches(gold: GoldType, spec: SpecSlot): boolean {
  return spec.types.has(gold);
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

function emptyTallies(): Record<Category, Tally> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, { gold: 0, found: 0, spec: 0, right: 0 }])) as Record<Category, Tally>;
}

/** Count a fact that both the truth and the spec may state; `ok` says whether they agree. */
function fact(t: Tally, ok: boolean): void {
  t.gold++;
  t.spec++;
  if (ok) {
    t.found++;
    t.right++;
  }
}

/**
 * Compare gold slots with spec slots: recall over the gold paths; precision over the spec paths whose
 * parent the gold enumerates (a level the page documents), so fields of a linked entity do not count.
 */
function compareSlots(
  label: string,
  gold: Record<string, GoldSlot>,
  spec: Map<string, SpecSlot>,
  root: string,
  scope: Scope,
  presence: Tally,
  types: Tally | null,
  required: Tally | null,
  values: Tally | null,
  misses: string[],
  inGroup: ReadonlySet<string> = new Set(),
): void {
  const goldPaths = new Set(Object.keys(gold));
  for (const [path, g] of Object.entries(gold)) {
    presence.gold++;
    const s = spec.get(path) ?? byPattern(spec, path);
    if (!s) {
      misses.push(`${label} ${path}: missing`);
      continue;
    }
    presence.found++;
    if (types && scope === 'full') {
      const ok = typeMatches(g.type, s);
      fact(types, ok);
      if (!ok) misses.push(`${label} ${path}: type ${[...s.types].join('|')}, page says ${g.type}`);
    }
    if (required && g.required !== null && g.required !== undefined && !inGroup.has(path)) {
      const ok = s.required === g.required;
      fact(required, ok);
      if (!ok) misses.push(`${label} ${path}: required ${String(s.required)}, page says ${String(g.required)}`);
    }
    if (values && g.values && scope === 'full') {
      const got = s.values ?? spec.get(`${path}[]`)?.values;
      // `true`/`false` listed for a boolean are what `boolean` already says.
      const booleanSays = s.types.has('boolean') && sameSet(g.values.map(String), ['true', 'false']);
      const ok = booleanSays || (!!got && sameSet(got, g.values.map(String)));
      fact(values, ok);
      if (!ok) misses.push(`${label} ${path}: values ${got ? got.join(',') : '(none)'}, page lists ${g.values.join(',')}`);
    }
  }
  // Precision: named spec fields at the levels the page enumerates: the top-level params, and each path
  // with at least one gold child (a structure the page leaves to another page is not enumerated here).
  const levels = new Set<string>(root === '' ? [''] : []);
  for (const g of goldPaths) {
    const parent = parentOf(g);
    levels.add(parent);
    if (parent.endsWith('[]') || parent.endsWith('{}')) levels.add(parentOf(parent));
  }
  for (const path of spec.keys()) {
    if (path === root || path.endsWith('[]') || path.endsWith('{}') || path.endsWith('*')) continue;
    if (!levels.has(parentOf(path))) continue;
    presence.spec++;
    if (goldPaths.has(path)) presence.right++;
    else misses.push(`${label} ${path}: not on the page`);
  }
}

/** Score one spec against its truth. */
export function scoreMethod(truth: Truth, spec: MethodSpec | undefined, shared: readonly NamedType[], scope: Scope = 'full'): MethodScore {
  const tallies = emptyTallies();
  const misses: string[] = [];
  if (!spec) {
    return { id: truth.id, misses: ['no spec'], tallies: { ...tallies, params: { gold: 1, found: 0, spec: 0, right: 0 } } };
  }
  const resolve = resolverFor(spec, shared);

  // Params (dotted paths): a param of a top-level name the page documents only by example is not asked for.
  const gParams: Record<string, GoldSlot> = {};
  for (const [k, v] of Object.entries(truth.params)) gParams[k] = v;
  const sParams = paramSlots(spec, resolve);
  // Bitrix param names are case-insensitive at the top level: match the spec's spelling to the page's.
  compareSlots(
    'param',
    gParams,
    caseFold(sParams, Object.keys(gParams)),
    '',
    scope,
    tallies.params,
    tallies.paramTypes,
    tallies.required,
    tallies.values,
    misses,
    // A member of a group the page says one of must be given is not required on its own: the group says it.
    new Set(truth.alternatives?.flat() ?? []),
  );

  if (scope === 'full' && truth.result) {
    const sResult = resultSlots(spec, resolve);
    const root = sResult.get('result');
    const ok = !!root && typeMatches(truth.result.type, root);
    fact(tallies.resultTypes, ok);
    if (!ok) misses.push(`result: type ${root ? [...root.types].join('|') : '(none)'}, page says ${truth.result.type}`);
    compareSlots('result', truth.result.fields, sResult, 'result', scope, tallies.result, tallies.resultTypes, null, tallies.values, misses);
  }

  if (scope === 'full') {
    const specCodes = new Map(spec.errors.filter((e) => e.code !== null).map((e) => [e.code!, e.status]));
    for (const [code, status] of Object.entries(truth.errors)) {
      tallies.errors.gold++;
      if (!specCodes.has(code)) {
        misses.push(`error ${code}: missing`);
        continue;
      }
      tallies.errors.found++;
      if (status !== null) {
        const ok = specCodes.get(code) === status;
        fact(tallies.statuses, ok);
        if (!ok) misses.push(`error ${code}: status ${String(specCodes.get(code))}, page says ${status}`);
      }
    }
    for (const code of specCodes.keys()) {
      tallies.errors.spec++;
      if (code in truth.errors) tallies.errors.right++;
      else misses.push(`error ${code}: not on the page`);
    }
  }

  const gDep = truth.deprecated !== false;
  const sDep = spec.deprecated !== false;
  const depOk =
    gDep === sDep &&
    (!gDep || sameName((truth.deprecated as { successor: string | null }).successor, (spec.deprecated as { successor: string | null }).successor));
  fact(tallies.deprecation, depOk);
  if (!depOk)
    misses.push(
      `deprecated: spec ${JSON.stringify(sDep ? (spec.deprecated as { successor: unknown }).successor : false)}, page ${JSON.stringify(truth.deprecated)}`,
    );

  if (scope === 'full' && truth.operators) {
    const got = (spec.list?.filter?.operators ?? []).filter((o) => o !== '');
    const want = truth.operators.filter((o) => o !== '');
    const ok = sameSet(got, want);
    fact(tallies.operators, ok);
    if (!ok) misses.push(`operators: spec ${got.join(' ')}, page ${want.join(' ')}`);
  }

  // Recall over the page's groups, precision over the spec's: a truth without groups says the page has none.
  const goldGroups = truth.alternatives ?? [];
  const specGroups = spec.alternatives.map((a) => a.params);
  for (const g of goldGroups) {
    tallies.alternatives.gold++;
    if (specGroups.some((s) => sameSet(s, g))) tallies.alternatives.found++;
    else misses.push(`alternatives ${g.join('|')}: missing`);
  }
  for (const g of specGroups) {
    tallies.alternatives.spec++;
    if (goldGroups.some((t) => sameSet(t, g))) tallies.alternatives.right++;
    else misses.push(`alternatives ${g.join('|')}: not on the page`);
  }
  return { id: truth.id, misses, tallies };
}

/** Page names and spec names of the same param that differ only in case are the same param. */
function caseFold(slots: Map<string, SpecSlot>, goldPaths: readonly string[]): Map<string, SpecSlot> {
  const byLower = new Map(goldPaths.map((p) => [p.toLowerCase(), p]));
  const out = new Map<string, SpecSlot>();
  const exact = new Set(goldPaths);
  // A page may list two spellings as two params (department.get `sort` and `SORT`): an exact match wins.
  for (const [path, slot] of slots) out.set(exact.has(path) ? path : (byLower.get(path.toLowerCase()) ?? path), slot);
  return out;
}

function sameName(a: string | null, b: string | null): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/** Totals over methods: fully-right count and per-category precision/recall. */
export interface Summary {
  methods: number;
  fullyRight: number;
  rate: number;
  recall: Record<Category, number>;
  precision: Record<Category, number>;
}

/** Sum the tallies of many methods. */
export function summarize(scores: readonly MethodScore[]): Summary {
  const total = emptyTallies();
  for (const s of scores) {
    for (const c of CATEGORIES) {
      total[c].gold += s.tallies[c].gold;
      total[c].found += s.tallies[c].found;
      total[c].spec += s.tallies[c].spec;
      total[c].right += s.tallies[c].right;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const fullyRight = scores.filter((s) => s.misses.length === 0).length;
  return {
    methods: scores.length,
    fullyRight,
    rate: ratio(fullyRight, scores.length),
    recall: Object.fromEntries(CATEGORIES.map((c) => [c, ratio(total[c].found, total[c].gold)])) as Record<Category, number>,
    precision: Object.fromEntries(CATEGORIES.map((c) => [c, ratio(total[c].right, total[c].spec)])) as Record<Category, number>,
  };
}
