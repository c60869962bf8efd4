/**
 * The plan: every decision more than one target (and more than one part of a target) depends on,
 * made once and in a deterministic order — which specs are emitted, their names, which group each
 * declaration lives in, how a `ref` resolves, and the per-method facts (list entity, Vibe param
 * locations). Targets only read it; it knows nothing of TypeScript (the target's NamingPolicy says
 * which names it cannot declare).
 *
 * Named types (`spec.types[]`) are deduplicated per REST namespace (one "Vibe" group for Vibe):
 * - when every method of the namespace declaring a type name declares it the same way (same structure,
 *   refs compared by the structure they point to; descriptions ignored), it is one declaration named
 *   `<Namespace><Type>` (`contact` in crm → `CrmContact`);
 * - when they differ, every declaring method M gets its own name `<M><Type>` (`CrmDealGetContact`), a
 *   pure function of (M, type name): each variant is declared under the name of its first declarer
 *   by id, the other declarers' names are aliases of it; and `<Namespace><Type>` stays, as the union
 *   of the variants. A spec declaring one name twice (a Vibe create: request and response) is two
 *   declarers, the second identified as `<id>#<type>#2`.
 * Shared catalogue types keep their own name (`CrmMultifield`; "Vibe" prefix for catalogues whose id
 * starts with "vibe"). Name collisions: see `resolveCollisions` in naming.ts.
 *
 * What adding a method can do to existing names — never remove one; but:
 * - `<Namespace><Type>` becomes the union of the variants when the new method declares the type
 *   differently (the name stays, its type widens; each declarer gets its own name, added);
 * - a declarer's name becomes an alias of an equal declaration hosted by a new method with a smaller id;
 * - a genuine collision: the newcomer takes a plain name only when it wants exactly that name and is
 *   better by (rank, canonical method spelling, smaller id) — `crm.contact.get` added where only
 *   `Crm.contact.get` existed, or a type `Department` added beside `department` in one namespace;
 *   the former holder then gets `_<idTag(id)>`.
 */
import type { ErrorCatalogue, MethodSpec, NamedType, TypeCatalogue, TypeRef, Wire } from '../../spec/schema.ts';
import { compareStrings } from '../../spec/serialize.ts';
import { hasListParams, paramLocation, resolveEntity } from './method-facts.ts';
import {
  isCanonicalMethodName,
  methodBaseName,
  methodNames,
  namespaced,
  namespaceOf,
  pascalCase,
  refineMethodBase,
  refineTypeName,
  resolveCollisions,
  typeName,
  typeWord,
  type NameClaim,
  type NamingPolicy,
} from './naming.ts';
import { vibeEntityOf, vibeOperationKey } from './placement.ts';
import { homeKey, type Plan, type PlanMethod, type TypeDecl, type TypeHome, type TypeScope, type VibePlan } from './types.ts';

export type { Plan, PlanMethod, TypeDecl, TypeHome, TypeScope } from './types.ts';
// The plan's public face: what the targets' parts may read.
export { documentedCodes, hasListParams, informative, listItemRef, type EntityInfo } from './method-facts.ts';
export { camelCase, namespaceOf, type NamingPolicy } from './naming.ts';
export { fileStem, vibeOperationKey } from './placement.ts';
export { deref } from './deref.ts';
export { ynFlagPaths } from './flag-paths.ts';
export { scalarKind, type ScalarKind } from './scalar-kind.ts';

/** What a plan is built from: the spec set's methods and catalogues. */
export interface PlanInput {
  /** Any order; REST and Vibe mixed. */
  specs: MethodSpec[];
  /** 'rest-system-errors' (api rest) and 'vibe-errors' (api vibe), possibly absent. */
  errorCatalogues: ErrorCatalogue[];
  /** Shared named types (refs with shared:true), possibly empty. */
  typeCatalogues: TypeCatalogue[];
}

/**
 * Claim ranks: on a genuine collision a catalogue type keeps its name over a namespace type, and that
 * over a declaring method's own name. A namespace name ranks the same whether it is one declaration
 * or the union of variants, so a split never changes who keeps a name.
 */
const RANK = { method: 0, declarer: 1, namespace: 2, catalogue: 3 } as const;

/** One declaration of a named type by a method. */
interface Declarer {
  spec: MethodSpec;
  named: NamedType;
  /** `<method id>#<type name>`, plus `#2` for a second declaration of the name in the same spec. */
  id: string;
}

/** Build the plan. Input order never matters: everything is sorted with a code-unit comparator. */
export function buildPlan(input: PlanInput, policy: NamingPolicy): Plan {
  const specs = normalizeSpecs(input.specs);
  const rawShared = collectShared(input.typeCatalogues);

  // 1. Method names: a pure function of the method name; a collision between two ids is told apart by the ids.
  const baseClaims: NameClaim<MethodSpec>[] = specs.map((spec) => ({
    element: spec,
    name: refineMethodBase(methodBaseName(spec), policy),
    id: spec.id,
    rank: RANK.method,
    canonical: isCanonicalMethodName(spec.method),
  }));
  const baseOf = resolveCollisions(baseClaims);

  // 2. Named types: shared catalogue types, then per-namespace types (deduplicated by structure).
  const typeClaims: NameClaim<TypeDecl>[] = [];
  // Type names differing only in case or separators (`Department` / `department`) are all "canonical":
  // the smallest id keeps the plain name, as the code-unit order gave it before.
  const claim = (decl: TypeDecl, desired: string, id: string, rank: number) =>
    typeClaims.push({ element: decl, name: refineTypeName(typeName(desired), policy), id, rank, canonical: true });
  const placeholderScope: TypeScope = { resolve: () => undefined }; // replaced once every decl exists
  const sharedLookup = new Map<string, TypeDecl>(); // `${group}:${name}`
  for (const entry of rawShared.entries) {
    const prefix = entry.group === 'vibe' ? 'Vibe' : '';
    const decl: TypeDecl = { name: '', home: { kind: 'shared' }, named: entry.named, scope: placeholderScope, origins: [entry.catalogueId] };
    claim(decl, `${prefix}${pascalCase(entry.named.name)}`, `${entry.catalogueId}#${entry.named.name}`, RANK.catalogue);
    entry.decl = decl;
    const key = `${entry.group}:${entry.named.name}`;
    if (!sharedLookup.has(key)) sharedLookup.set(key, decl);
  }
  const resolveShared = (name: string, group: 'rest' | 'vibe'): TypeDecl | undefined =>
    sharedLookup.get(`${group}:${name}`) ?? sharedLookup.get(`${group === 'rest' ? 'vibe' : 'rest'}:${name}`);
  for (const entry of rawShared.entries) {
    const own = new Map(rawShared.entries.filter((e) => e.catalogueId === entry.catalogueId).map((e) => [e.named.name, e]));
    entry.decl!.scope = { resolve: (ref) => own.get(ref.name)?.decl ?? resolveShared(ref.name, entry.group) };
  }

  // Local named types, grouped by (namespace, type name) and deduplicated by structure.
  const localDecls = new Map<MethodSpec, Map<string, TypeDecl>>();
  type Group = { home: TypeHome; prefix: string; specs: MethodSpec[] };
  const groups = new Map<string, Group>();
  for (const spec of specs) {
    const isVibe = spec.api === 'vibe';
    const ns = isVibe ? 'vibe' : namespaceOf(spec.method);
    const gkey = `${spec.api}:${ns}`;
    const g: Group = groups.get(gkey) ?? {
      home: isVibe ? { kind: 'vibe' } : { kind: 'namespace', namespace: ns },
      prefix: isVibe ? 'Vibe' : pascalCase(ns),
      specs: [],
    };
    g.specs.push(spec);
    groups.set(gkey, g);
    localDecls.set(spec, new Map());
  }
  const decls: TypeDecl[] = rawShared.entries.map((e) => e.decl!);
  for (const gkey of [...groups.keys()].sort(compareStrings)) {
    const g = groups.get(gkey)!;
    // type name → structural key → declarations of that variant (specs in id order). A spec may declare
    // one name twice (a Vibe create: request and response shapes): each declaration is its own
    // declarer, the second identified as `<id>#<name>#2`.
    const variants = new Map<string, Map<string, Declarer[]>>();
    for (const spec of g.specs) {
      const local = new Map(spec.types.map((t) => [t.name, t]));
      const seen = new Map<string, number>();
      for (const t of spec.types) {
        const nth = (seen.get(t.name) ?? 0) + 1;
        seen.set(t.name, nth);
        const key = structuralKey(t.type, local, new Set([t.name]));
        const byKey = variants.get(t.name) ?? new Map<string, Declarer[]>();
        const list = byKey.get(key) ?? [];
        if (!list.some((d) => d.spec === spec)) list.push({ spec, named: t, id: nth === 1 ? `${spec.id}#${t.name}` : `${spec.id}#${t.name}#${nth}` });
        byKey.set(key, list);
        variants.set(t.name, byKey);
      }
    }
    for (const name of [...variants.keys()].sort(compareStrings)) {
      const byKey = variants.get(name)!;
      const nsId = `${gkey}#${name}`;
      if (byKey.size === 1) {
        const declaring = [...byKey.values()][0]!;
        const decl: TypeDecl = { name: '', home: g.home, named: declaring[0]!.named, scope: placeholderScope, origins: declaring.map((d) => d.spec.method) };
        claim(decl, namespaced(g.prefix, name), nsId, RANK.namespace);
        decls.push(decl);
        for (const d of declaring) localDecls.get(d.spec)!.set(name, decl);
        continue;
      }
      const hosts: TypeDecl[] = [];
      for (const declaring of byKey.values()) {
        const origins = declaring.map((d) => d.spec.method);
        const host: TypeDecl = { name: '', home: g.home, named: declaring[0]!.named, scope: placeholderScope, origins };
        hosts.push(host);
        for (const [i, d] of declaring.entries()) {
          const own = i === 0 ? host : { name: '', home: g.home, named: d.named, scope: placeholderScope, origins: [d.spec.method], aliasOf: [host] };
          claim(own, `${baseOf.get(d.spec)!}${typeWord(name)}`, d.id, RANK.declarer);
          decls.push(own);
          localDecls.get(d.spec)!.set(name, host);
        }
      }
      const union: TypeDecl = {
        name: '',
        home: g.home,
        named: hosts[0]!.named,
        scope: placeholderScope,
        origins: hosts.flatMap((h) => h.origins),
        aliasOf: hosts,
      };
      claim(union, namespaced(g.prefix, name), nsId, RANK.namespace);
      decls.push(union);
    }
  }
  for (const [decl, name] of resolveCollisions(typeClaims)) decl.name = name;

  const scopeOf = (spec: MethodSpec): TypeScope => {
    const local = localDecls.get(spec)!;
    return {
      resolve: (ref) => (ref.shared ? (resolveShared(ref.name, spec.api) ?? local.get(ref.name)) : (local.get(ref.name) ?? resolveShared(ref.name, spec.api))),
    };
  };
  for (const [spec, local] of localDecls) {
    const scope = scopeOf(spec);
    for (const decl of local.values()) if (decl.scope === placeholderScope) decl.scope = scope;
  }
  for (const d of decls) if (d.aliasOf && d.scope === placeholderScope) d.scope = d.aliasOf[0]!.scope;

  // 3. Methods.
  const all: PlanMethod[] = specs.map((spec) => {
    const isVibe = spec.api === 'vibe';
    const key = isVibe ? vibeOperationKey(spec) : spec.method;
    return {
      spec,
      names: methodNames(baseOf.get(spec)!),
      scope: scopeOf(spec),
      group: isVibe ? vibeEntityOf(spec) : namespaceOf(spec.method),
      key,
      list: undefined,
      vibe: isVibe ? vibePlan(spec, key) : undefined,
    };
  });
  // Index for findMethod: by api and lower-cased method name, id and key.
  const index = new Map<string, PlanMethod[]>();
  for (const m of all) {
    for (const k of new Set([m.spec.method.toLowerCase(), m.spec.id.toLowerCase(), m.key.toLowerCase()])) {
      const key = `${m.spec.api}\u0000${k}`;
      index.set(key, [...(index.get(key) ?? []), m]);
    }
  }
  const findMethod = (api: 'rest' | 'vibe', method: string, restVersion?: '1' | '3') => {
    const hits = index.get(`${api}\u0000${method.toLowerCase()}`) ?? [];
    return (
      hits.find((m) => m.spec.method === method && (m.spec.restVersion ?? '1') === (restVersion ?? '1')) ??
      hits.find((m) => (m.spec.restVersion ?? '1') === (restVersion ?? '1')) ??
      hits[0]
    );
  };
  for (const m of all) if (m.spec.list) m.list = { entity: resolveEntity(m, findMethod) };

  const byKey = (a: PlanMethod, b: PlanMethod) => compareStrings(a.key, b.key) || compareStrings(a.spec.id, b.spec.id);
  const rest = all.filter((m) => m.spec.api === 'rest').sort(byKey);
  const vibe = all.filter((m) => m.spec.api === 'vibe').sort(byKey);
  const byGroup = (list: PlanMethod[]) => {
    const map = new Map<string, PlanMethod[]>();
    for (const m of list) map.set(m.group, [...(map.get(m.group) ?? []), m]);
    return new Map([...map.entries()].sort(([a], [b]) => compareStrings(a, b)));
  };
  const typesByHome = new Map<string, { home: TypeHome; decls: TypeDecl[] }>();
  for (const d of decls) {
    const k = homeKey(d.home);
    const entry = typesByHome.get(k) ?? { home: d.home, decls: [] };
    entry.decls.push(d);
    typesByHome.set(k, entry);
  }
  for (const e of typesByHome.values()) e.decls.sort((a, b) => compareStrings(a.name, b.name));
  const homeKeys = [...typesByHome.keys()].sort(compareStrings);

  return {
    restByGroup: byGroup(rest),
    vibeByGroup: byGroup(vibe),
    rest,
    vibe,
    typesOf: (home) => typesByHome.get(homeKey(home))?.decls ?? [],
    homes: homeKeys.map((k) => typesByHome.get(k)!.home),
    restErrors: pickCatalogue(input.errorCatalogues, 'rest'),
    vibeErrors: pickCatalogue(input.errorCatalogues, 'vibe'),
    findMethod,
  };
}

/** Where each param of a Vibe operation travels and which of path/query/body it declares. */
function vibePlan(spec: MethodSpec, key: string): VibePlan {
  const verb = spec.http?.verb ?? key.split(' ')[0];
  const listIn = verb === 'GET' || verb === 'DELETE' ? 'query' : 'body';
  const at = (where: string) => spec.params.filter((p) => paramLocation(spec, key, p) === where);
  const params = { path: at('path'), query: at('query'), body: at('body') };
  const declares = { path: false, query: false, body: false };
  for (const where of ['path', 'query', 'body'] as const) {
    declares[where] = params[where].length > 0 || (where === listIn && hasListParams(spec));
  }
  return { params, listIn, declares };
}

/** Sort specs by id (code units) and drop exact duplicates (same api, method and REST version). */
function normalizeSpecs(specs: MethodSpec[]): MethodSpec[] {
  const sorted = [...specs].sort(
    (a, b) =>
      compareStrings(a.id, b.id) ||
      compareStrings(a.method, b.method) ||
      compareStrings(a.sources[0]?.path ?? '', b.sources[0]?.path ?? '') ||
      compareStrings(JSON.stringify(a), JSON.stringify(b)),
  );
  const seen = new Set<string>();
  return sorted.filter((s) => {
    const key = `${s.api}\u0000${s.method}\u0000${s.restVersion ?? '1'}\u0000${s.api === 'vibe' ? vibeOperationKey(s) : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pickCatalogue(list: ErrorCatalogue[], api: 'rest' | 'vibe'): ErrorCatalogue | undefined {
  const preferred = api === 'rest' ? 'rest-system-errors' : 'vibe-errors';
  const sorted = [...list].sort((a, b) => compareStrings(a.id, b.id));
  return sorted.find((c) => c.id === preferred) ?? sorted.find((c) => c.api === api);
}

interface SharedEntry {
  catalogueId: string;
  group: 'rest' | 'vibe';
  named: NamedType;
  decl?: TypeDecl;
}
interface RawShared {
  entries: SharedEntry[];
}

/** Catalogue types in (catalogue id, type name) order. */
function collectShared(catalogues: TypeCatalogue[]): RawShared {
  const entries: SharedEntry[] = [];
  for (const cat of [...catalogues].sort((a, b) => compareStrings(a.id, b.id))) {
    const group = cat.id.toLowerCase().startsWith('vibe') ? 'vibe' : 'rest';
    const seen = new Set<string>();
    for (const t of [...cat.types].sort((a, b) => compareStrings(a.name, b.name))) {
      if (seen.has(t.name)) continue;
      seen.add(t.name);
      entries.push({ catalogueId: cat.id, group, named: t });
    }
  }
  return { entries };
}

/**
 * A key equal for two types exactly when they would print the same declaration (docs aside): local refs
 * are expanded to the structure they point to, so two `contact` types that refer to different
 * `multifield`s stay apart.
 */
function structuralKey(t: TypeRef, local: Map<string, NamedType>, seen: Set<string>): string {
  const k = (x: TypeRef) => structuralKey(x, local, seen);
  switch (t.kind) {
    case 'scalar':
      return `s:${t.name}:${t.format ?? ''}${wireKey(t.wire)}`;
    case 'array':
      return `[${k(t.items)}]`;
    case 'map':
      return `m:${t.keys ?? ''}(${k(t.values)})`;
    case 'enum':
      return `e:${t.base}:${t.open}:${JSON.stringify(t.values.map((v) => v.value))}${wireKey(t.wire)}`;
    case 'union':
      return `u(${t.anyOf.map(k).join('|')})`;
    case 'object':
      return `{${t.fields
        .map((f) => `${JSON.stringify(f.name)}${f.required === true ? '!' : '?'}:${k(f.type)}${f.emptyArray ? '|[]' : ''}`)
        .join(',')}|${t.additional ? k(t.additional) : ''}|${(t.additionalKeys ?? []).join(',')}}`;
    case 'ref': {
      const target = t.shared ? undefined : local.get(t.name);
      if (!target) return `@${t.name}`;
      if (seen.has(t.name)) return `#${t.name}(~)`;
      const inner = new Set(seen).add(t.name);
      return `#${t.name}(${structuralKey(target.type, local, inner)})`;
    }
  }
}

/** What of a wire record changes the emitted type (the form, other forms, null), not where it was read. */
function wireKey(w: Wire | undefined): string {
  return w ? `~${w.sends}${w.also ? `+${w.also.join('+')}` : ''}${w.nullable ? '?' : ''}` : '';
}
