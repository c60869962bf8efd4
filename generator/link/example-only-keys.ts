/**
 * Keys a success example shows that the page's table does not list. A documented object (a record with a
 * field table, a page-local or shared named type) is sent with more keys than its table names:
 * crm-company-get.md's example carries ADDRESS / REG_ADDRESS_* beside the table's fields, tasks.task.list's
 * items the keys its WITH_* params switch on. The generated type must admit what the docs show, and a reader
 * must see it is a doc gap: each such key becomes an optional field (`required: false`, no presence) typed from
 * the example's JSON values (as result-from-example types them), `nullable` where an example shows null, with
 * provenance `how: 'read'`, evidence `response-example-only`, and a description saying the table does not list it.
 * Not added: keys an object's `additional`/`additionalKeys` already cover, keys that differ from a listed field only
 * in case or underscores (`responsibleId` for RESPONSIBLE_ID: the same field in another casing), keys that are ids
 * (`{"37": …}`) or instances of a custom-field pattern (UF_CRM_17…, PARENT_ID_156: the entity's fields page owns
 * those), keys of types a parameter uses (an output-only key must not widen what a call sends), and the keys of an
 * example object that is visibly another structure (no key in common with the table, or its listed keys holding values
 * of another kind: a wrapper level or a fields method's descriptions the reading missed).
 * A shared catalogue type (crm_rest_field_description) takes the keys every method's examples show in it, once,
 * with the methods named in its evidence and description: it is one structure, and each of those methods sends it.
 */
import type { Field, MethodSpec, NamedType, Provenance, TypeCatalogue, TypeRef } from '../spec/schema.ts';
import { fieldId, itemsPath, valuesPath } from '../spec/ids.ts';
import { compareStrings } from '../spec/serialize.ts';
import { inferJsonType, isKeyedByIds, mergeTypes } from '../sources/common/infer-json-type.ts';
import { isRecord } from '../sources/yfm/extract/result-wrapper.ts';
import { reachableTypes, refsOf } from './type-refs.ts';

/** Evidence of a field only a response example shows. */
export const EXAMPLE_ONLY = 'response-example-only';

/** One value an example shows at a place, with where it was shown. */
interface Shown {
  v: unknown;
  at: Provenance;
  method: string;
}

/** Result of the pass: the specs and the shared catalogues, each with the example-only keys added. */
export interface ExampleOnlyKeys {
  specs: MethodSpec[];
  typeCatalogues: TypeCatalogue[];
}

/** A key's form up to case and underscores (`responsibleId` and RESPONSIBLE_ID are one field). */
export const keyForm = (k: string): string => k.replace(/_/g, '').toLowerCase();

/**
 * A key that instantiates a custom-field pattern rather than naming a field: user fields (UF_CRM_1687…,
 * ufCrm5_…) and per-entity ids (PARENT_ID_156, parentId1224). The entity's fields page documents those patterns.
 */
const PATTERN_KEY = /^(?:UF_|uf[A-Z_])|_ID_\d+$|[a-z]Id\d+$/;

/** How deep refs are followed from a result (a structure referring to itself stops there). */
const MAX_DEPTH = 6;

/** Every spec and shared type with the keys its success examples show but its table does not list added. Pure. */
export function addExampleOnlyKeys(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): ExampleOnlyKeys {
  const sharedTypes = new Map(catalogues.flatMap((c) => c.types.map((t) => [t.name, t] as const)));
  // Shared types a parameter reaches stay as documented (their keys are also what a call sends).
  const sharedInputs = new Set(specs.flatMap(sharedParamTypes));
  const sharedShown = new Map<string, Shown[]>();
  const out = specs.map((s) => withSpecKeys(s, sharedTypes, sharedShown));
  const typeCatalogues = catalogues.map((c) => {
    const types = c.types.map((n) => {
      const shown = sharedShown.get(n.name);
      if (!shown || sharedInputs.has(n.name)) return n;
      const type = grow(n.type, shown, n.name, { shared: true, request: undefined, facts: undefined });
      return type === n.type ? n : { ...n, type };
    });
    return types.some((t, i) => t !== c.types[i]) ? { ...c, types } : c;
  });
  return { specs: out, typeCatalogues };
}

/** Names of the shared types a spec's params reach (inline, or through its own named types). */
function sharedParamTypes(s: MethodSpec): string[] {
  const roots = s.params.map((p) => p.type);
  return [...roots, ...reachableTypes(roots, s.types).map((n) => n.type)].flatMap((t) => refsOf(t).flatMap((r) => (r.shared ? [r.name] : [])));
}

/** The success examples' `result` values of a spec. */
function shownResults(s: MethodSpec): Shown[] {
  return s.examples.flatMap((e) =>
    e.kind === 'response' && isRecord(e.json) && !('error' in e.json) && 'result' in e.json
      ? [{ v: e.json['result'], at: { file: e.source.file, ...(e.source.line ? { line: e.source.line } : {}), how: 'read' as const }, method: s.method }]
      : [],
  );
}

/** What a spec's request examples ask for: the keys its select names and the WITH_* flags it sets (to say why a key is there). */
interface RequestHints {
  selected: Set<string>;
  flags: string[];
  /** The method takes a `select`. */
  select: boolean;
}

/** The select keys and WITH_* flags of a spec's request examples, and the switches its params offer. */
function requestHints(s: MethodSpec): RequestHints {
  const selected = new Set<string>();
  const flags = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (!isRecord(v) || depth > 2) return;
    for (const [k, x] of Object.entries(v)) {
      if (k.toLowerCase() === 'select' && Array.isArray(x)) for (const n of x) if (typeof n === 'string') selected.add(keyForm(n));
      if (/^WITH_/i.test(k) && x !== false && x !== 'N' && x !== 0) flags.add(k);
      visit(x, depth + 1);
    }
  };
  for (const e of s.examples) {
    if (e.kind !== 'request') continue;
    visit(e.json, 0);
    // A cURL body the shell splices (`"'"$(date …)"'"`) is not JSON: its select list and flags are read from the text.
    const raw = e.raw ?? '';
    const list = /["']?select["']?\s*(?:=>|:|=)\s*(?:\[|array\(|\{)([^\]){}]*)/i.exec(raw)?.[1] ?? '';
    for (const m of list.matchAll(/["']([A-Za-z_][\w.]*)["']/g)) selected.add(keyForm(m[1]!));
    for (const m of raw.matchAll(/["']?\b(WITH_[A-Z_]+)["']?\s*(?:=>|:|=)\s*(?:true|1|["']Y["'])/g)) flags.add(m[1]!);
  }
  // The method's own WITH_* switches (tasks.task.list's `params`), where no request example shows them parsed.
  const walk = (name: string, t: TypeRef): void => {
    if (/^WITH_/.test(name)) flags.add(name);
    if (t.kind === 'object') for (const f of t.fields) walk(f.name, f.type);
  };
  for (const p of s.params) walk(p.name, p.type);
  const select = s.params.some((p) => p.name.toLowerCase() === 'select');
  return { selected, flags: [...flags].sort(compareStrings), select };
}

/** How `grow` words and records what it adds. */
interface GrowContext {
  /** A shared type: its evidence and description name the methods whose examples show the key. */
  shared: boolean;
  request: RequestHints | undefined;
  /** The spec's facts, where a null an example shows is recorded (`<field id>.nullable`). */
  facts: MethodSpec['facts'] | undefined;
}

/** One spec with its example-only keys added to its result and its own named types; shared types' values are collected in `sharedShown`. */
function withSpecKeys(s: MethodSpec, sharedTypes: ReadonlyMap<string, NamedType>, sharedShown: Map<string, Shown[]>): MethodSpec {
  if (!s.result) return s;
  const results = shownResults(s);
  if (results.length === 0) return s;
  const inputs = new Set(
    reachableTypes(
      s.params.map((p) => p.type),
      s.types,
    ).map((n) => n.name),
  );
  const local = new Map(s.types.map((n) => [n.name, n]));
  const localShown = new Map<string, Shown[]>();
  // Where the examples reach each named type (refs followed from the result, at most MAX_DEPTH deep).
  const collect = (t: TypeRef, shown: readonly Shown[], depth: number): void => {
    if (depth > MAX_DEPTH || shown.length === 0) return;
    visitValues(t, shown, (ref, at) => {
      const bag = ref.shared ? sharedShown : localShown;
      bag.set(ref.name, [...(bag.get(ref.name) ?? []), ...at]);
      const named = ref.shared ? sharedTypes.get(ref.name) : local.get(ref.name);
      if (named) collect(named.type, at, depth + 1);
    });
  };
  collect(s.result.type, results, 0);

  const facts = { ...s.facts };
  const ctx: GrowContext = { shared: false, request: requestHints(s), facts };
  const type = grow(s.result.type, results, 'result', ctx);
  const types = s.types.map((n) => {
    const shown = localShown.get(n.name);
    if (!shown || inputs.has(n.name)) return n;
    const grown = grow(n.type, shown, n.name, ctx);
    return grown === n.type ? n : { ...n, type: grown };
  });
  if (type === s.result.type && types.every((t, i) => t === s.types[i])) return s;
  return { ...s, result: { ...s.result, type }, types, facts };
}

/** The values shown at each field of an object, by field name. */
function valuesOf(shown: readonly Shown[], name: string): Shown[] {
  return shown.flatMap((x) => (isRecord(x.v) && Object.hasOwn(x.v, name) ? [{ ...x, v: x.v[name] }] : []));
}

/** The items of the arrays (and the values of the objects: PHP keyed arrays) shown. */
function elementsOf(shown: readonly Shown[]): Shown[] {
  return shown.flatMap((x) => (Array.isArray(x.v) ? x.v : isRecord(x.v) ? Object.values(x.v) : []).map((v) => ({ ...x, v })));
}

/** Walks a type beside the values shown for it, calling `onRef` for each ref reached (not followed: the caller does). */
function visitValues(t: TypeRef, shown: readonly Shown[], onRef: (ref: Extract<TypeRef, { kind: 'ref' }>, shown: Shown[]) => void): void {
  if (shown.length === 0) return;
  switch (t.kind) {
    case 'object':
      for (const f of t.fields) visitValues(f.type, valuesOf(shown, f.name), onRef);
      return;
    case 'array':
      return visitValues(t.items, elementsOf(shown.filter((x) => Array.isArray(x.v))), onRef);
    case 'map':
      return visitValues(t.values, elementsOf(shown.filter((x) => isRecord(x.v))), onRef);
    case 'ref':
      return onRef(
        t,
        shown.filter((x) => isRecord(x.v) || Array.isArray(x.v)),
      );
    default:
      return;
  }
}

/** Whether an object's `additional` covers a key (any key when it names no prefixes). */
function coveredByAdditional(t: Extract<TypeRef, { kind: 'object' }>, key: string): boolean {
  if (!t.additional) return false;
  return !t.additionalKeys || t.additionalKeys.some((p) => key.startsWith(p));
}

/** `t` with the keys the shown values carry beyond its fields added (inline objects at any depth; refs are grown where they are defined). */
function grow(t: TypeRef, shown: readonly Shown[], path: string, ctx: GrowContext): TypeRef {
  if (shown.length === 0) return t;
  switch (t.kind) {
    case 'object': {
      if (t.fields.length === 0) return t; // an open object is result-from-example's, not a table's
      const fields = t.fields.map((f) => {
        const type = grow(f.type, valuesOf(shown, f.name), fieldId(path, f.name), ctx);
        return type === f.type ? f : { ...f, type };
      });
      const added = extraKeys(t, shown, path, ctx);
      return added.length === 0 && fields.every((f, i) => f === t.fields[i]) ? t : { ...t, fields: [...fields, ...added] };
    }
    case 'array': {
      const items = grow(t.items, elementsOf(shown.filter((x) => Array.isArray(x.v))), itemsPath(path), ctx);
      return items === t.items ? t : { ...t, items };
    }
    case 'map': {
      const values = grow(t.values, elementsOf(shown.filter((x) => isRecord(x.v))), valuesPath(path), ctx);
      return values === t.values ? t : { ...t, values };
    }
    default:
      return t;
  }
}

/** The fields for the keys the shown objects carry that `t` does not list, in first-shown order. */
function extraKeys(t: Extract<TypeRef, { kind: 'object' }>, shown: readonly Shown[], path: string, ctx: GrowContext): Field[] {
  const listed = new Set(t.fields.flatMap((f) => [f.name, ...(f.aliases ?? [])].map(keyForm)));
  const byKey = new Map<string, Shown[]>();
  for (const x of shown) {
    // An object sharing no key with the table is something else shown here (a wrapper level a page's
    // result misses, crm.category.fields' `fields`): its keys are not this structure's.
    if (!isRecord(x.v) || isKeyedByIds(x.v) || !Object.keys(x.v).some((k) => listed.has(keyForm(k))) || !agreesInKind(t, x.v)) continue;
    for (const [k, v] of Object.entries(x.v)) {
      if (listed.has(keyForm(k)) || coveredByAdditional(t, k) || PATTERN_KEY.test(k) || /^\d+$/.test(k)) continue;
      byKey.set(k, [...(byKey.get(k) ?? []), { ...x, v }]);
    }
  }
  return [...byKey].map(([name, values]) => exampleOnlyField(name, values, path, ctx));
}

/** The JSON kind a type admits: a scalar (or enum), an object (object, map, ref: a structure) or a list. */
function kindOf(t: TypeRef): 'scalar' | 'structure' | 'unknown' {
  if (t.kind === 'scalar') return t.name === 'any' || t.name === 'unknown' ? 'unknown' : 'scalar';
  if (t.kind === 'enum') return 'scalar';
  return t.kind === 'union' ? 'unknown' : 'structure';
}

/**
 * Whether the listed fields an object shows mostly hold values of their documented kind. A fields method
 * whose result was read as the entity (crm.lead.fields: `ADDRESS` string, the example a field description
 * `{type, isRequired, …}`) shows another structure under the same keys: its extra keys are not this one's.
 */
function agreesInKind(t: Extract<TypeRef, { kind: 'object' }>, v: Record<string, unknown>): boolean {
  let agree = 0;
  let differ = 0;
  for (const f of t.fields) {
    const x = v[f.name];
    const kind = kindOf(f.type);
    if (x === null || x === undefined || kind === 'unknown') continue;
    if ((typeof x === 'object') === (kind === 'structure')) agree++;
    else differ++;
  }
  return agree >= differ;
}

/** One example-only key as an optional field typed from every value shown for it. */
function exampleOnlyField(name: string, values: readonly Shown[], path: string, ctx: GrowContext): Field {
  const id = fieldId(path, name);
  const first = values[0]!;
  const methods = [...new Set(values.map((x) => x.method))].sort(compareStrings);
  const source: Provenance = { ...first.at, how: 'read', evidence: ctx.shared ? `${EXAMPLE_ONLY}: ${methods.join(', ')}` : EXAMPLE_ONLY };
  const typeSource: Provenance = { ...first.at, how: 'inferred', evidence: 'response-example' };
  const type = values
    .filter((x) => x.v !== null && x.v !== undefined)
    .map((x) => inferJsonType(x.v, id, { source: typeSource, stringFormats: true, idKeyedMaps: true }))
    .reduce<TypeRef>((a, b) => mergeTypes(a, b), { kind: 'scalar', name: 'unknown' });
  const nullable = values.some((x) => x.v === null);
  if (nullable && ctx.facts) ctx.facts[`${id}.nullable`] = source;
  return { id, name, type, required: false, description: describe(name, methods, ctx), ...(nullable ? { nullable: true } : {}), source };
}

/** Why the field is there: the table does not list it, and what in the request example asks for it when something does. */
function describe(name: string, methods: readonly string[], ctx: GrowContext): string {
  if (ctx.shared) return `Shown in the response examples of ${methods.join(', ')}; this structure's table does not list it (a gap in the docs).`;
  const base = "Shown in the page's response example; the page's table does not list it (a gap in the docs).";
  const hints = ctx.request;
  if (hints?.selected.has(keyForm(name))) return `${base} The request example selects it.`;
  if (hints && hints.flags.length > 0) {
    const by = `${hints.select ? 'its select or ' : ''}the ${hints.flags.join(', ')} param${hints.flags.length > 1 ? 's' : ''}`;
    return `${base} It may come only when the request asks for it (${by}).`;
  }
  return base;
}
