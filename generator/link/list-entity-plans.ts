/**
 * The item structure a list method filters, selects and sorts by, found in a sibling method's spec.
 * Sibling results rarely are the item itself: `*.getFields` wraps the fields in one key
 * (`{payment: {…}}`), `*.field.list` in a list (`{items: […]}`), `*.get` in one key (`{store: …}`),
 * and many `*.fields` pages describe each field (`{type, isRequired, …}`) instead of listing the item's
 * fields. Everything here is pure: it reads specs and returns what to link; `list-entities.ts` applies it.
 */
import type { Example, Field, MethodSpec, NamedType, TypeCatalogue, TypeRef } from '../spec/schema.ts';
import { mapTypeName } from '../sources/index.ts';

/** Resolves a ref to the type it names (the spec's own types, else the shared catalogues). */
export type RefResolver = (ref: Extract<TypeRef, { kind: 'ref' }>) => TypeRef | undefined;

/** Per owner spec, the resolver of its refs: its own named types, else the first catalogue type of that name. */
export function resolversOver(catalogues: readonly TypeCatalogue[]): (owner: MethodSpec) => RefResolver {
  const shared = new Map<string, TypeRef>();
  for (const c of catalogues) for (const t of c.types) if (!shared.has(t.name)) shared.set(t.name, t.type);
  return (owner) => (ref) => (ref.shared ? undefined : owner.types.find((t) => t.name === ref.name)?.type) ?? shared.get(ref.name);
}

/** The item found under a type: the TypeRef written at its position, its fields, and the wrapper keys passed. */
export interface ItemHit {
  /** The type as written where the item sits (a ref, or an inline object). */
  at: TypeRef;
  fields: Field[];
  /** Wrapper keys passed on the way (`['payment']` for `{payment: {…}}`). */
  path: string[];
}

/** Keys of a field description (`rest_field_description`, `crm_rest_field_description`, REST 3.0 field lists). */
const DESCRIPTOR_FLAG = /^(isRequired|isReadOnly|isImmutable|isMultiple|isDynamic|required|filterable|sortable)$/;

/** True when fields describe *a* field (type plus flags) rather than being an entity's fields. */
export function isFieldDescriptor(fields: readonly Field[]): boolean {
  const names = fields.map((f) => f.name);
  return names.includes('type') && names.some((n) => DESCRIPTOR_FLAG.test(n)) && names.length <= 12;
}

/** The type a ref chain ends at (the ref itself when it resolves to nothing). */
export function follow(t: TypeRef, resolve: RefResolver): TypeRef {
  let cur = t;
  // Ref chains in specs are short; the bound only guards against cycles.
  for (let i = 0; i < 8 && cur.kind === 'ref'; i++) {
    const next = resolve(cur);
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

/**
 * The item structure under a type: itself when it is an object with at least two fields that is not a
 * field description; through arrays (`{items: [item]}`); through a one-key wrapper (`{payment: item}`);
 * through the key named after the entity (`noun`) when the result carries more (`{bot: item, user: …}`).
 * A one-field object is never an item (no entity filters by a single field): it is a wrapper or nothing.
 */
export function findItem(t: TypeRef, resolve: RefResolver, noun = '', depth = 0): ItemHit | null {
  if (depth > 3) return null;
  const r = follow(t, resolve);
  if (r.kind === 'array') return findItem(r.items, resolve, noun, depth + 1);
  // A fields method's map from the entity's field names (listed in a table of the page) to their descriptions.
  if (r.kind === 'map' && r.keysOf) return findItem({ kind: 'ref', name: r.keysOf }, resolve, noun, depth + 1);
  if (r.kind === 'union') {
    for (const m of r.anyOf) {
      const hit = findItem(m, resolve, noun, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (r.kind !== 'object' || r.fields.length === 0 || isFieldDescriptor(r.fields)) return null;
  const key = r.fields.length === 1 ? r.fields[0] : r.fields.find((f) => noun !== '' && f.name.toLowerCase() === noun.toLowerCase());
  if (key) {
    const inner = findItem(key.type, resolve, noun, depth + 1);
    if (inner) return { ...inner, path: [key.name, ...inner.path] };
    if (r.fields.length === 1) return null;
  }
  return { at: t, fields: r.fields, path: [] };
}

type Descriptor = { name: string; d: Record<string, unknown> };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Field descriptions in a JSON value: a map `{NAME: {type…}}`, a list `[{name|title, type…}]`, or either under one-key wrappers. */
function descriptorsIn(v: unknown, depth = 0): Descriptor[] | null {
  if (Array.isArray(v)) {
    const out: Descriptor[] = [];
    for (const x of v) {
      if (!isObject(x) || typeof x['type'] !== 'string') return null;
      const name = typeof x['name'] === 'string' ? x['name'] : typeof x['title'] === 'string' ? x['title'] : null;
      if (!name) return null;
      out.push({ name, d: x });
    }
    return out.length >= 2 ? out : null;
  }
  if (!isObject(v)) return null;
  const entries = Object.entries(v);
  if (entries.length >= 2 && entries.every(([, x]) => isObject(x) && typeof x['type'] === 'string')) {
    return entries.map(([name, d]) => ({ name, d: d as Record<string, unknown> }));
  }
  if (entries.length === 1 && depth < 2) return descriptorsIn(entries[0]?.[1], depth + 1);
  return null;
}

/** The spec type of a described field (`"type": "datetime"`, `"isMultiple": true`); a name the vocabulary lacks is `unknown`, its word kept. */
function describedType(d: Record<string, unknown>): TypeRef {
  const name = String(d['type']);
  const base = mapTypeName(name, null, { position: 'field', resolveLocal: () => null }) ?? { kind: 'scalar', name: 'unknown', docType: name };
  return d['isMultiple'] === true || d['multiple'] === true ? { kind: 'array', items: base } : base;
}

/**
 * The entity's fields as a `*.fields`/`*.getFields`/`*.field.list` response example shows them: the keys
 * of a field-description map, or the names of a field-description list. Null when the example shows neither.
 */
export function fieldsFromExample(examples: readonly Example[]): Field[] | null {
  for (const e of examples) {
    if (e.kind !== 'response' || !isObject(e.json)) continue;
    const found = descriptorsIn(e.json['result']);
    if (!found) continue;
    const seen = new Set<string>();
    const fields: Field[] = [];
    for (const { name, d } of found) {
      if (seen.has(name)) continue;
      seen.add(name);
      const title = typeof d['title'] === 'string' && d['title'] !== name ? d['title'] : undefined;
      fields.push({
        id: name,
        name,
        type: describedType(d),
        required: 'unknown',
        ...(d['isReadOnly'] === true ? { readOnly: true } : {}),
        ...(title ? { description: title } : {}),
        source: { ...e.source, how: 'inferred', evidence: 'response-example' },
      });
    }
    return fields;
  }
  return null;
}

/** Where in its owner spec a candidate type sits: the result, or a param. */
export type Site = { where: 'result' } | { where: 'param'; name: string };

/** What to link a list to: the owner spec, the type name, and a named type to add to the owner when it has none. */
export interface EntityPlan {
  owner: MethodSpec;
  type: string;
  /** A named type the owner must gain (a promoted inline item, a catalogue alias, example-built fields). */
  add?: NamedType;
  /** An inline item to replace by a ref to `add` (so it is declared once): its site and wrapper path. */
  inline?: { site: Site; path: string[] };
  /** The item's field names (to weigh candidates against the names the list page itself lists). */
  fieldNames: string[];
  evidence: string;
}

/**
 * The plan to link: the first candidate in priority order, unless the list page's own prose names fields
 * (`named`: code spans of its filter/select/order cells) and a later candidate has more of them — the
 * list's page is the better witness of which spelling (`IS_COMPLETE` or `isComplete`) it filters by.
 */
export function choosePlan(plans: readonly EntityPlan[], named: ReadonlySet<string>): EntityPlan | null {
  let best: EntityPlan | null = null;
  let bestHits = -1;
  for (const p of plans) {
    const hits = named.size >= 2 ? p.fieldNames.filter((n) => named.has(n)).length : 0;
    if (hits > bestHits) {
      best = p;
      bestHits = hits;
    }
  }
  return best;
}

/** Identifiers written as code in list-param prose (`ID`, `TEMPLATE_ID`), the names the list page lists. */
export function namedInProse(text: string): Set<string> {
  return new Set([...text.matchAll(/`([A-Za-z_][\w]*)`/g)].map((m) => m[1] ?? ''));
}

/** The name a new entity type gets in its owner spec (`payment_item` for sale.payment.*). */
export function itemTypeName(base: string): string {
  return `${(base.split('.').pop() ?? 'entity').replace(/[^\w]+/g, '_')}_item`;
}

/**
 * Plan the link of one candidate type in `owner` (a sibling's result or `fields` param): a named local ref
 * as it stands; an inline field list promoted to a named type (and replaced by a ref to it); a shared
 * catalogue structure behind an alias. Null when the type holds no item.
 */
export function planFromType(owner: MethodSpec, t: TypeRef | undefined, base: string, resolve: RefResolver, site: Site): EntityPlan | null {
  if (!t) return null;
  const hit = findItem(t, resolve, base.split('.').pop() ?? '');
  if (!hit) return null;
  const at = hit.at;
  const fieldNames = hit.fields.map((f) => f.name);
  if (at.kind === 'ref' && !at.shared && owner.types.some((x) => x.name === at.name)) {
    return { owner, type: at.name, fieldNames, evidence: hit.path.length ? 'unwrapped' : 'named' };
  }
  // Provenance points at the row or result the item was found under.
  const at0 = site.where === 'result' ? owner.result?.source : owner.params.find((p) => p.name === site.name)?.source;
  const source: NamedType['source'] = { ...(at0 ?? { file: owner.sources[0]?.path ?? '' }), how: 'inferred', evidence: `list-entity:${owner.method}` };
  // A fields method's whole result that lists the fields keeps its historical name (`contact_fields`).
  const whole = site.where === 'result' && hit.path.length === 0 && /\.(fields|getfields|field\.list)$/i.test(owner.method);
  const name = whole ? `${(base.split('.').pop() ?? 'entity').replace(/[^\w]+/g, '_')}_fields` : itemTypeName(base);
  const description = whole
    ? `Fields of ${base}, as ${owner.method} documents them`
    : `Item of ${base}${hit.path.length ? `, unwrapped from ${hit.path.join('.')}` : ''} (${owner.method})`;
  if (at.kind === 'ref') return { owner, type: name, add: { name, description, type: at, source }, fieldNames, evidence: 'unwrapped' };
  return {
    owner,
    type: name,
    add: { name, description, type: at, source: { ...source, evidence: 'promoted-inline' } },
    inline: { site, path: hit.path },
    fieldNames,
    evidence: hit.path.length ? 'unwrapped' : 'promoted-inline',
  };
}

/**
 * `t` with the inline item at `path` (wrapper keys; arrays are passed through) replaced by `ref`. Named
 * types met on the way are rewritten through `rewriteNamed`, so the item is declared once.
 */
export function replaceInline(
  t: TypeRef,
  path: readonly string[],
  ref: TypeRef,
  rewriteNamed: (name: string, f: (t: TypeRef) => TypeRef) => void,
  seen: ReadonlySet<string> = new Set(),
): TypeRef {
  if (t.kind === 'array') return { kind: 'array', items: replaceInline(t.items, path, ref, rewriteNamed, seen) };
  if (t.kind === 'ref') {
    // Each named type is entered once: recursive structures must not loop.
    if (!t.shared && !seen.has(t.name)) rewriteNamed(t.name, (inner) => replaceInline(inner, path, ref, rewriteNamed, new Set([...seen, t.name])));
    return t;
  }
  if (path.length === 0) return t.kind === 'object' ? ref : t;
  if (t.kind !== 'object') return t;
  return { ...t, fields: t.fields.map((f) => (f.name === path[0] ? { ...f, type: replaceInline(f.type, path.slice(1), ref, rewriteNamed, seen) } : f)) };
}

/** Plan the link to an entity built from a fields method's response example. */
export function planFromExample(owner: MethodSpec, base: string): EntityPlan | null {
  const fields = fieldsFromExample(owner.examples);
  if (!fields || fields.length < 2) return null;
  const name = itemTypeName(base);
  const source = fields[0]?.source ?? { file: owner.sources[0]?.path ?? '', how: 'inferred' as const };
  return {
    owner,
    type: name,
    add: { name, description: `Fields of ${base} as the ${owner.method} response example lists them`, type: { kind: 'object', fields }, source },
    fieldNames: fields.map((f) => f.name),
    evidence: 'response-example',
  };
}
