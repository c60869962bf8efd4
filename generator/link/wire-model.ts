/**
 * The wire model: how the portal sends each result scalar, decided from the docs' response examples.
 *
 * Every result type is walked alongside the JSON `result` of the method's response examples; each scalar
 * the walk reaches records the form its value shows (a numeric string "43", a number, "Y"/"N", true/false,
 * null). Then every numeric or boolean scalar reachable from a result gets a `wire` record:
 *   - seen in an example: the form it shows (`how: 'read'`, evidence `response-example`; every other form
 *     the examples show goes to `also`); an entity type documented by a `.fields` page is seen in the
 *     example items of the list it types (`list-response-example:<list>`). An example whose values do not
 *     have the result's shape (field descriptors where the type lists fields) is no evidence;
 *   - not seen, but the method's example shows its other values of the same kind: their majority
 *     (`inferred`, `method-response-example`), since one page's example comes from one portal answer;
 *   - no example: the majority of the method's family (REST 1 / REST 3.0 / Vibe, by entity then namespace), then of
 *     its API (`inferred`, `namespace-majority:…` / `api-majority:…`); an API with no example at all keeps
 *     its JSON form (`api-default:…`).
 * Scalars of other kinds (plain strings, dates) get a record only when an example shows them as null or
 * in a form other than a string. Shared catalogue types get none: the methods sharing one send it differently.
 * Tallies count scalars (one vote per scalar per method), kept apart for a bare scalar result (`result: 43`).
 * Pure: specs and catalogues in, annotated copies out.
 */
import type { Field, MethodSpec, NamedType, Provenance, TypeCatalogue, TypeRef, Wire, WireForm } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';
import { mapTypeLeaves } from '../spec/type-walk.ts';
import { restSpecFinder } from './type-refs.ts';
import { WIRE_MAJORITIES, type WireMajorities } from './wire-majorities.ts';

/** A leaf that carries a wire record: a scalar, or an enum (an integer enum may arrive as "1"). */
type Scalar = Extract<TypeRef, { kind: 'scalar' } | { kind: 'enum' }>;

/** Which family of wire forms a scalar belongs to: numbers, flags, or anything else. */
export type WireKind = 'numeric' | 'flag' | 'other';

/** Numbers travel as numbers or numeric strings; flags as Y/N, booleans or 0/1. */
export function wireKind(t: Scalar): WireKind {
  if (t.kind === 'enum') return t.base === 'integer' ? 'numeric' : 'other';
  if (t.name === 'integer' || t.name === 'number') return 'numeric';
  if (t.name === 'boolean' || (t.name === 'string' && t.format === 'yn')) return 'flag';
  return 'other';
}

const NUMERIC_TEXT = /^-?\d+(?:\.\d+)?$/;

/** The wire form a JSON value shows for a scalar of the given kind; null when the value says nothing about it. */
export function observedForm(kind: WireKind, value: unknown): WireForm | null {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return kind === 'flag' ? 'boolean' : null;
  if (typeof value !== 'string') return null;
  if (kind === 'flag' && (value === 'Y' || value === 'N')) return 'yn';
  if (kind === 'flag') return value === '0' || value === '1' ? 'numeric-string' : 'string';
  // An empty string in a numeric field is how Bitrix sends "no value" (`"COMPANY_ID": ""`): still a string on the wire.
  if (kind === 'numeric') return value === '' || NUMERIC_TEXT.test(value) ? 'numeric-string' : 'string';
  return 'string';
}

/** What the examples showed for one scalar. */
interface Seen {
  forms: Map<WireForm, number>;
  nullable: boolean;
  /** The list method whose example items showed the value (an entity type documented by a `.fields` page). */
  via?: string;
}

/** Form counts of one kind, for a method, a family or an API. */
type Tally = Record<'numeric' | 'flag', Map<WireForm, number>>;
const tally = (): Tally => ({ numeric: new Map(), flag: new Map() });
const bump = (m: Map<WireForm, number>, f: WireForm, n = 1): Map<WireForm, number> => m.set(f, (m.get(f) ?? 0) + n);

// Ties go to the string forms: they are what REST 1, the bulk of the corpus, sends.
const TIE_ORDER: readonly WireForm[] = ['numeric-string', 'yn', 'string', 'number', 'boolean'];

/** The most frequent form (ties by TIE_ORDER); null when nothing was counted. */
export function majority(m: ReadonlyMap<WireForm, number>): WireForm | null {
  let best: WireForm | null = null;
  for (const f of TIE_ORDER) if ((m.get(f) ?? 0) > 0 && (best === null || m.get(f)! > m.get(best)!)) best = f;
  return best;
}

/**
 * The API family of a spec (`rest1`, `rest3`, `vibe`), its namespace and its entity within the namespace
 * (`crm` and `crm.item`: the classic CRM methods send strings, the `crm.item.*` controllers numbers).
 */
export function wireFamily(s: Pick<MethodSpec, 'api' | 'restVersion' | 'method'>): { api: string; namespace: string; entity: string } {
  const api = s.api === 'vibe' ? 'vibe' : s.restVersion === '3' ? 'rest3' : 'rest1';
  const parts = s.method.toLowerCase().split('.');
  if (parts.length < 2) return { api, namespace: '_root', entity: '_root' };
  return { api, namespace: parts[0]!, entity: parts.length > 2 ? `${parts[0]}.${parts[1]}` : parts[0]! };
}

/** The JSON `result` of each success response example of a spec. */
export function responseResults(s: Pick<MethodSpec, 'examples'>): unknown[] {
  return responseExamples(s).map((e) => e.result);
}

/** Each success response example of a spec: its JSON `result`, with where the example is. */
export function responseExamples(s: Pick<MethodSpec, 'examples'>): Array<{ result: unknown; source: Provenance }> {
  const out: Array<{ result: unknown; source: Provenance }> = [];
  for (const e of s.examples) {
    if (e.kind !== 'response' || e.json === null || typeof e.json !== 'object' || Array.isArray(e.json)) continue;
    const body = e.json as Record<string, unknown>;
    if ('result' in body && !('error' in body)) out.push({ result: body.result, source: e.source });
  }
  return out;
}

/** Looks up the named type a ref points to. */
export type Resolve = (ref: Extract<TypeRef, { kind: 'ref' }>) => NamedType | undefined;

/** What a walk of a type alongside a value calls: each scalar the value reaches, and optionally each field it holds. */
export interface ValueVisitor {
  scalar(leaf: Scalar, value: unknown): void;
  /** A field of an object type the value has (with the value there), before the walk goes into it. */
  field?(f: Field, value: unknown): void;
}

/**
 * Walk `t` alongside `value`, calling `see` on every scalar the value reaches (with the value there), or the
 * visitor's `scalar` and `field`. Refs are followed once per (type, value) pair on the current path, so
 * recursive types terminate.
 */
export function walkWithValue(t: TypeRef, value: unknown, resolve: Resolve, see: ValueVisitor['scalar'] | ValueVisitor): void {
  walk(t, value, resolve, typeof see === 'function' ? { scalar: see } : see, new Set());
}

function walk(t: TypeRef, value: unknown, resolve: Resolve, visit: ValueVisitor, path: Set<NamedType>): void {
  switch (t.kind) {
    case 'scalar':
      return visit.scalar(t, value);
    case 'array':
      if (Array.isArray(value)) for (const v of value) walk(t.items, v, resolve, visit, path);
      return;
    case 'map':
      if (isRecord(value)) for (const k of Object.keys(value).sort(compareStrings)) walk(t.values, value[k], resolve, visit, path);
      return;
    case 'object':
      if (!isRecord(value)) return;
      for (const f of t.fields) {
        if (!Object.hasOwn(value, f.name)) continue;
        visit.field?.(f, value[f.name]);
        walk(f.type, value[f.name], resolve, visit, path);
      }
      return;
    case 'union': {
      // A null or a value of the shape of one member: walk the member it fits (the first that does).
      const member = t.anyOf.find((m) => fits(m, value, resolve));
      if (member) walk(member, value, resolve, visit, path);
      return;
    }
    case 'ref': {
      const named = resolve(t);
      if (!named || path.has(named)) return;
      path.add(named);
      walk(named.type, value, resolve, visit, path);
      path.delete(named);
      return;
    }
    case 'enum':
      return visit.scalar(t, value);
  }
}

/** Whether a value has the JSON shape of a union member (scalars by their wire kind, null only for null). */
function fits(t: TypeRef, value: unknown, resolve: Resolve): boolean {
  if (t.kind === 'ref') {
    const named = resolve(t);
    return named ? fits(named.type, value, resolve) : false;
  }
  if (value === null) return t.kind === 'scalar' && t.name === 'null';
  if (t.kind === 'array') return Array.isArray(value);
  if (t.kind === 'object' || t.kind === 'map') return isRecord(value);
  if (t.kind === 'enum') return typeof value === 'string' || typeof value === 'number';
  if (t.kind !== 'scalar') return false;
  if (t.name === 'null') return false;
  if (t.name === 'any' || t.name === 'unknown') return true;
  return observedForm(wireKind(t), value) !== null;
}

/** A JSON object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where a scalar sits: the whole result (`result: 43`, `result: true`) or a field inside it. */
export type WirePosition = 'result' | 'field';

/**
 * What the walk of every example saw, by scalar (object identity), with tallies per method, family and
 * API. Tallies count scalars, not values (each scalar seen in a method's examples votes its majority form
 * once), kept apart by position: a bare `result: 43` of an `add` says nothing about an entity's fields.
 */
export interface Observations {
  /** By spec id, then scalar: a spec that took another's result (linked-results) shares its objects, not its examples. */
  seen: Map<string, Map<Scalar, Seen>>;
  /** Scalars of the shared catalogues, seen in any spec's examples. */
  seenShared: Map<Scalar, Seen>;
  byMethod: Map<string, Tally>;
  byFamily: Map<string, Tally>;
  byApi: Map<string, Tally>;
}

/** Key of a tally: what it counts, and at which position. */
export const tallyKey = (scope: string, position: WirePosition): string => `${scope}|${position}`;

/** Walk every spec's result alongside its response examples. */
export function observeWire(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): Observations {
  const shared = sharedResolver(catalogues);
  const obs: Observations = { seen: new Map(), seenShared: new Map(), byMethod: new Map(), byFamily: new Map(), byApi: new Map() };
  const sharedLeaves = new Set<Scalar>();
  for (const t of shared.values()) collectLeaves(t.type, sharedLeaves);
  for (const s of specs) {
    if (!s.result) continue;
    const resolve = resolverOf(s, shared);
    const own = new Map<Scalar, Seen>();
    obs.seen.set(s.id, own);
    const position = positionOf(s.result.type, resolve);
    const { api, namespace, entity } = wireFamily(s);
    const counts = [
      at(obs.byMethod, tallyKey(s.id, position)),
      at(obs.byFamily, tallyKey(`${api}:${namespace}`, position)),
      ...(entity === namespace ? [] : [at(obs.byFamily, tallyKey(`${api}:${entity}`, position))]),
      at(obs.byApi, tallyKey(api, position)),
    ];
    const sightings: Array<[Scalar, unknown]> = [];
    for (const value of responseResults(s)) walkWithValue(s.result.type, value, resolve, (leaf, v) => void sightings.push([leaf, v]));
    // An example whose values do not have the result's shape (a `.fields` page shows field descriptors
    // where the type lists the entity's fields) says nothing about the wire forms: it is left out.
    if (!showsTheType(sightings)) continue;
    const mine = new Map<Scalar, Map<WireForm, number>>();
    for (const [leaf, v] of sightings) {
      const store = sharedLeaves.has(leaf) ? obs.seenShared : own;
      const entry = store.get(leaf) ?? { forms: new Map(), nullable: false };
      if (v === null) entry.nullable = true;
      const form = v === null || v === undefined ? null : observedForm(wireKind(leaf), v);
      if (form) {
        bump(entry.forms, form);
        mine.set(leaf, bump(mine.get(leaf) ?? new Map<WireForm, number>(), form));
      }
      if (v === null || form) store.set(leaf, entry);
    }
    for (const [leaf, forms] of mine) {
      const kind = wireKind(leaf);
      const form = majority(forms);
      if (kind !== 'other' && form) for (const c of counts) bump(c[kind], form);
    }
  }
  observeListItems(specs, obs, shared, sharedLeaves);
  return obs;
}

/**
 * A list whose items the page leaves untyped is typed by its entity (list.entity: crm.company.list → the
 * fields of crm.company.fields). The list's example items are then what shows the entity's wire forms:
 * they are walked against the entity type and recorded on the spec that declares it (`via` the list).
 */
function observeListItems(specs: readonly MethodSpec[], obs: Observations, shared: ReadonlyMap<string, NamedType>, sharedLeaves: ReadonlySet<Scalar>): void {
  const find = restSpecFinder(specs);
  for (const s of specs) {
    const entity = s.list?.entity;
    if (!entity || s.api !== 'rest') continue;
    const owner = find(entity.method, s.restVersion);
    if (!owner || owner === s || !owner.types.some((t) => t.name === entity.type)) continue;
    const items = responseResults(s).flatMap(listItems);
    const sightings: Array<[Scalar, unknown]> = [];
    const resolve = resolverOf(owner, shared);
    for (const item of items) walkWithValue({ kind: 'ref', name: entity.type }, item, resolve, (leaf, v) => void sightings.push([leaf, v]));
    if (sightings.length === 0 || !showsTheType(sightings)) continue;
    const own = obs.seen.get(owner.id) ?? new Map<Scalar, Seen>();
    obs.seen.set(owner.id, own);
    // The owner's fields no item shows follow the forms the items show (as a method's own example would).
    const tally = owner.result ? at(obs.byMethod, tallyKey(owner.id, positionOf(owner.result.type, resolve))) : undefined;
    const votes = new Map<Scalar, Map<WireForm, number>>();
    for (const [leaf, v] of sightings) {
      const store = sharedLeaves.has(leaf) ? obs.seenShared : own;
      const form = v === null || v === undefined ? null : observedForm(wireKind(leaf), v);
      if (v !== null && !form) continue;
      const entry = store.get(leaf) ?? { forms: new Map(), nullable: false, via: s.method };
      if (v === null) entry.nullable = true;
      if (form) {
        bump(entry.forms, form);
        votes.set(leaf, bump(votes.get(leaf) ?? new Map<WireForm, number>(), form));
      }
      store.set(leaf, entry);
    }
    for (const [leaf, forms] of votes) {
      const kind = wireKind(leaf);
      const form = majority(forms);
      if (tally && kind !== 'other' && form) bump(tally[kind], form);
    }
  }
}

/** The items of a list result: the array itself, or the one array an object holds (`{ items: [...] }`). */
function listItems(result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  if (!isRecord(result)) return [];
  const arrays = Object.values(result).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0]! : [];
}

/** Whether more of the scalars an example reaches hold a scalar than an object or array (where the type says scalar). */
function showsTheType(sightings: ReadonlyArray<readonly [Scalar, unknown]>): boolean {
  let fit = 0;
  let misfit = 0;
  for (const [leaf, v] of sightings) {
    if (leaf.kind === 'scalar' && (leaf.name === 'any' || leaf.name === 'unknown')) continue;
    if (v !== null && typeof v === 'object') misfit++;
    else fit++;
  }
  return misfit === 0 || fit > misfit;
}

/** Every scalar and enum leaf of a type (not following refs). */
function collectLeaves(t: TypeRef, out: Set<Scalar>): void {
  mapTypeLeaves(t, (leaf) => {
    if (leaf.kind === 'scalar' || leaf.kind === 'enum') out.add(leaf);
    return leaf;
  });
}

/** `result` when the result itself is a scalar (through refs and nullable unions), else `field`. */
function positionOf(t: TypeRef, resolve: Resolve): WirePosition {
  if (t.kind === 'ref') {
    const named = resolve(t);
    return named ? positionOf(named.type, resolve) : 'field';
  }
  if (t.kind === 'union') return t.anyOf.every((m) => positionOf(m, resolve) === 'result') ? 'result' : 'field';
  return t.kind === 'scalar' || t.kind === 'enum' ? 'result' : 'field';
}

const at = (m: Map<string, Tally>, key: string): Tally => {
  let t = m.get(key);
  if (!t) m.set(key, (t = tally()));
  return t;
};

/** Shared refs → the catalogue type of that name (first catalogue in id order that has it). */
export function sharedResolver(catalogues: readonly TypeCatalogue[]): Map<string, NamedType> {
  const out = new Map<string, NamedType>();
  for (const c of [...catalogues].sort((a, b) => compareStrings(a.id, b.id))) for (const t of c.types) if (!out.has(t.name)) out.set(t.name, t);
  return out;
}

/** Refs of a spec → its own named types, or the shared catalogue's for shared refs. */
export function resolverOf(s: MethodSpec, shared: ReadonlyMap<string, NamedType>): Resolve {
  const local = new Map(s.types.map((t) => [t.name, t]));
  return (ref) => (ref.shared ? shared.get(ref.name) : local.get(ref.name));
}

/** The wire record of one scalar: what the examples showed, else the first majority that exists. */
function decide(
  leaf: Scalar,
  seenIn: ReadonlyMap<Scalar, Seen> | undefined,
  fallbacks: ReadonlyArray<readonly [evidence: string, tally: Tally | undefined]>,
  apiDefault: WireForm,
): Wire | null {
  const kind = wireKind(leaf);
  const seen = seenIn?.get(leaf);
  const nullable = seen?.nullable ? { nullable: true } : {};
  const read = seen ? majority(seen.forms) : null;
  if (read) {
    if (kind === 'other' && read === 'string' && !seen?.nullable && seen!.forms.size === 1) return null;
    // Every form an example shows is a form the portal sends: the types must accept each.
    const others = [...seen!.forms.keys()].filter((f) => f !== read).sort(compareStrings);
    const evidence = seen!.via ? `list-response-example:${seen!.via}` : 'response-example';
    return { sends: read, ...nullable, ...(others.length > 0 ? { also: others } : {}), how: 'read', evidence };
  }
  if (kind === 'other')
    return seen?.nullable
      ? { sends: 'string', nullable: true, how: 'read', evidence: seen.via ? `list-response-example:${seen.via}` : 'response-example' }
      : null;
  // A flag the docs write as Y/N is sent as the letters: the page says so, no majority needed.
  if (leaf.kind === 'scalar' && leaf.name === 'string' && leaf.format === 'yn') return { sends: 'yn', ...nullable, how: 'inferred', evidence: 'docs-values' };
  for (const [evidence, t] of fallbacks) {
    const form = t ? majority(t[kind]) : null;
    if (form) return { sends: form, ...nullable, how: 'inferred', evidence };
  }
  return {
    sends: kind === 'flag' ? 'boolean' : apiDefault,
    ...nullable,
    how: 'inferred',
    evidence: fallbacks.at(-1)![0].replace(/^api-majority/, 'api-default'),
  };
}

/** Apply `decide` to every scalar of a type (not following refs: named types are annotated where they live). */
function annotate(t: TypeRef, choose: (leaf: Scalar) => Wire | null): TypeRef {
  return mapTypeLeaves(t, (leaf) => {
    if (leaf.kind !== 'scalar' && leaf.kind !== 'enum') return leaf;
    const wire = choose(leaf);
    if (!wire) return leaf;
    return { ...leaf, wire };
  });
}

/** Local named types reachable from a spec's result. */
function resultTypeNames(s: MethodSpec): Set<string> {
  const local = new Map(s.types.map((t) => [t.name, t]));
  const out = new Set<string>();
  const queue: TypeRef[] = s.result ? [s.result.type] : [];
  while (queue.length) {
    mapTypeLeaves(queue.pop()!, (leaf) => {
      if (leaf.kind === 'ref' && !leaf.shared && !out.has(leaf.name) && local.has(leaf.name)) {
        out.add(leaf.name);
        queue.push(local.get(leaf.name)!.type);
      }
      return leaf;
    });
  }
  return out;
}

/** The JSON form an API uses for numbers when nothing was observed: REST 1 is form-shaped, the others JSON. */
const API_DEFAULT: Record<string, WireForm> = { rest1: 'numeric-string', rest3: 'number', vibe: 'number' };

/** Every result scalar of every spec (and of the shared catalogues results reach) annotated with its wire form. */
export function linkWireModel(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): { specs: MethodSpec[]; typeCatalogues: TypeCatalogue[] } {
  const obs = observeWire(specs, catalogues);
  const shared = sharedResolver(catalogues);
  const annotated = specs.map((s) => {
    if (!s.result) return s;
    const { api, namespace, entity } = wireFamily(s);
    const position = positionOf(s.result.type, resolverOf(s, shared));
    // The method's own examples, then the measured majorities of its family (a fixed table, so a page read
    // alone decides as it does in the corpus).
    const fallbacks = [
      ['method-response-example', obs.byMethod.get(tallyKey(s.id, position))],
      [`namespace-majority:${api}:${entity}`, measuredTally(tallyKey(`${api}:${entity}`, position))],
      [`namespace-majority:${api}:${namespace}`, measuredTally(tallyKey(`${api}:${namespace}`, position))],
      [`api-majority:${api}`, measuredTally(tallyKey(api, position))],
    ] as const;
    const choose = (leaf: Scalar) => decide(leaf, obs.seen.get(s.id), fallbacks, API_DEFAULT[api] ?? 'number');
    const names = resultTypeNames(s);
    return {
      ...s,
      result: { ...s.result, type: annotate(s.result.type, choose) },
      types: s.types.map((t) => (names.has(t.name) ? { ...t, type: annotate(t.type, choose) } : t)),
    };
  });
  // Catalogue types (crm_multifield, product rows) get no record: methods that share one send it in different
  // forms (their examples show its integers as numbers and as strings), so no one form is the type's.
  return { specs: annotated, typeCatalogues: [...catalogues] };
}

/** A measured majority (wire-majorities.ts) as a tally. */
function measuredTally(key: string): Tally | undefined {
  const m = WIRE_MAJORITIES[key];
  if (!m) return undefined;
  const t = tally();
  if (m.numeric) t.numeric.set(m.numeric, 1);
  if (m.flag) t.flag.set(m.flag, 1);
  return t;
}

/**
 * The majority wire form of numbers and flags per family, entity, namespace and API (keys as `tallyKey`), as
 * the response examples of `specs` show them: what wire-majorities.ts records for the corpus.
 */
export function measureWireMajorities(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): WireMajorities {
  const obs = observeWire(specs, catalogues);
  const out: WireMajorities = {};
  for (const [key, t] of [...obs.byFamily, ...obs.byApi].sort(([a], [b]) => compareStrings(a, b))) {
    const numeric = majority(t.numeric);
    const flag = majority(t.flag);
    if (numeric || flag) out[key] = { ...(numeric ? { numeric } : {}), ...(flag ? { flag } : {}) };
  }
  return out;
}
