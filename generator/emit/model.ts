/**
 * The emit model: every decision that more than one emitter depends on, made once and in a
 * deterministic order — which specs are emitted, their names, which file each declaration lives in,
 * and how a `ref` resolves. Emitters only read it.
 *
 * Named types (`spec.types[]`): REST types are deduplicated per namespace. When every spec of the
 * namespace that declares a type name declares it the same way (same structure, refs compared by the
 * structure they point to; descriptions ignored), it is emitted once as `<Namespace><Type>`
 * (`contact` in crm → `CrmContact`). When the declarations differ, each variant is named after the first
 * method (by id) declaring it (`CrmDealGetContact`). Vibe types follow the same rule with one "Vibe"
 * namespace (`VibeContact`). Shared catalogue types keep their own name (`CrmMultifield`; "Vibe" prefix
 * for catalogues whose id starts with "vibe").
 */
import type { ErrorCatalogue, MethodSpec, NamedType, TypeCatalogue, TypeRef } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';
import {
  camelCase,
  exportedNamesOf,
  methodBaseName,
  namespaceOf,
  NameRegistry,
  pascalCase,
  type MethodNames,
} from './naming.ts';
import {
  restTypesFile,
  restZodFile,
  runtimeRelative,
  SHARED_TYPES_FILE,
  vibeEntityFile,
  VIBE_TYPES_FILE,
  ZOD_SHARED_FILE,
  ZOD_VIBE_FILE,
} from './paths.ts';

/** What `emitPackage` is given. */
export interface EmitInput {
  /** Any order; REST and Vibe mixed. */
  specs: MethodSpec[];
  /** 'rest-system-errors' (api rest) and 'vibe-errors' (api vibe), possibly absent. */
  errorCatalogues: ErrorCatalogue[];
  /** Shared named types (refs with shared:true), possibly empty. */
  typeCatalogues: TypeCatalogue[];
  /** Runtime source files (relative path → text) copied under src/runtime/. */
  runtime: Map<string, string>;
  packageVersion: string;
}

/** One emitted named type. */
export interface TypeDecl {
  tsName: string;
  zodName: string;
  /** TS file that declares it. */
  file: string;
  /** Zod file that declares its schema. */
  zodFile: string;
  named: NamedType;
  /** Where the refs inside `named.type` resolve. */
  scope: TypeScope;
  /** Method names or catalogue id that declare it (for the JSDoc). */
  origins: string[];
}

/** Ref resolution for one spec or catalogue. */
export interface TypeScope {
  resolve(ref: { name: string; shared?: boolean | undefined }): TypeDecl | undefined;
}

/** One emitted method or operation. */
export interface MethodModel {
  spec: MethodSpec;
  names: MethodNames;
  scope: TypeScope;
  /** REST namespace ("crm") or Vibe entity ("contacts"). */
  group: string;
  typesFile: string;
  zodFile: string;
  /** Key in `Methods`/`MethodsV3` (the method name) or `VibeOperations` ("GET /v1/contacts/{id}"). */
  key: string;
}

/** The decisions shared by every emitter (read-only once built). */
export interface EmitModel {
  rest: MethodModel[];
  vibe: MethodModel[];
  /** REST methods by types file, files sorted. */
  restByFile: Map<string, MethodModel[]>;
  /** Vibe operations by entity file, files sorted. */
  vibeByFile: Map<string, MethodModel[]>;
  /** Named types declared in each TS file (shared and Vibe files included), sorted by name. */
  declsByFile: Map<string, TypeDecl[]>;
  restErrors: ErrorCatalogue | undefined;
  vibeErrors: ErrorCatalogue | undefined;
  typeNames: NameRegistry;
  valueNames: NameRegistry;
  runtime: Map<string, string>;
  packageVersion: string;
  /** A method of the input by api and name (case-insensitive, preferring `restVersion`). */
  findMethod(api: 'rest' | 'vibe', method: string, restVersion?: '1' | '3'): MethodModel | undefined;
}

/** Type and value names the package itself declares or re-exports (never allocated to doc names). */
export const FIXED_TYPE_NAMES = [
  'Methods',
  'MethodsV3',
  'MethodParams',
  'MethodResult',
  'VibeOperations',
  'SystemErrorCode',
  'VibeSystemErrorCode',
  'PrefixedFilter',
  'PrefixedListFilter',
  'PrefixedRangeFilter',
  'CustomFieldKey',
  'CustomFieldFilter',
  'LogicFilter',
  'SortDirection',
  'V3FilterCondition',
  'V3Filter',
  'VibeFieldOperators',
  'VibeFilter',
  'VibeOperator',
] as const;
export const FIXED_VALUE_NAMES = [
  'createClient',
  'createVibeClient',
  'resultSchemas',
  'resultSchemasV3',
  'vibeResultSchemas',
  'SystemErrorCode',
  'VibeSystemErrorCode',
  'lenientString',
  'lenientNumber',
  'lenientBoolean',
  'lenientArray',
  'lenientRecord',
  'lenientObject',
  'lenientOwnObject',
  'ownProperties',
  'nullableString',
  'nullishString',
  'nullableNumber',
  'nullishNumber',
  'nullableBoolean',
  'nullishBoolean',
  'nullableUnknown',
  'nullishUnknown',
  'z',
] as const;

/** Build the model. Input order never matters: everything is sorted with a code-unit comparator. */
export function buildModel(input: EmitInput): EmitModel {
  const typeNames = new NameRegistry();
  const valueNames = new NameRegistry();
  typeNames.reserve(...FIXED_TYPE_NAMES);
  valueNames.reserve(...FIXED_VALUE_NAMES);
  const runtime = new Map([...input.runtime.entries()].map(([rel, text]) => [runtimeRelative(rel), text] as const));
  const runtimeIndex = runtime.get('index.ts');
  if (runtimeIndex !== undefined) {
    // index.ts re-exports the runtime's names: a doc type must not take one of them.
    const exported = exportedNamesOf(runtimeIndex);
    typeNames.reserve(...exported);
    valueNames.reserve(...exported);
  }

  const specs = normalizeSpecs(input.specs);
  const rawShared = collectShared(input.typeCatalogues);

  // 1. Method names: REST first, then Vibe, each by method name then id (code units). Among case
  // variants of one name ("crm.Contact.get", "crm.contact.get") the more lower-case one is taken as
  // canonical and keeps the plain name; the others get a numeric suffix.
  const swapCase = (x: string) => x.replace(/[A-Za-z]/g, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
  const ordered = [...specs].sort(
    (a, b) =>
      compareStrings(a.api, b.api) ||
      compareStrings(a.method.toLowerCase(), b.method.toLowerCase()) ||
      compareStrings(swapCase(a.method), swapCase(b.method)) ||
      compareStrings(a.restVersion ?? '1', b.restVersion ?? '1') ||
      compareStrings(a.id, b.id),
  );
  const namesBySpec = new Map<MethodSpec, MethodNames>();
  for (const spec of ordered) namesBySpec.set(spec, typeNames.allocateMethod(methodBaseName(spec), valueNames));

  // 2. Shared catalogue types (they get the short names), then per-namespace named types.
  const declsByFile = new Map<string, TypeDecl[]>();
  const addDecl = (d: TypeDecl) => {
    const list = declsByFile.get(d.file) ?? [];
    list.push(d);
    declsByFile.set(d.file, list);
  };
  const sharedLookup = new Map<string, TypeDecl>(); // `${group}:${name}`
  for (const entry of rawShared.entries) {
    const prefix = entry.group === 'vibe' ? 'Vibe' : '';
    const tsName = typeNames.allocate(`${prefix}${pascalCase(entry.named.name)}`);
    const decl: TypeDecl = {
      tsName,
      zodName: valueNames.allocate(`${camelCase(tsName)}Schema`),
      file: SHARED_TYPES_FILE,
      zodFile: ZOD_SHARED_FILE,
      named: entry.named,
      scope: undefined as unknown as TypeScope, // set below, once every shared decl exists
      origins: [entry.catalogueId],
    };
    entry.decl = decl;
    const key = `${entry.group}:${entry.named.name}`;
    if (!sharedLookup.has(key)) sharedLookup.set(key, decl);
    addDecl(decl);
  }
  const resolveShared = (name: string, group: 'rest' | 'vibe'): TypeDecl | undefined =>
    sharedLookup.get(`${group}:${name}`) ?? sharedLookup.get(`${group === 'rest' ? 'vibe' : 'rest'}:${name}`);
  for (const entry of rawShared.entries) {
    const own = new Map(rawShared.entries.filter((e) => e.catalogueId === entry.catalogueId).map((e) => [e.named.name, e]));
    entry.decl!.scope = {
      resolve: (ref) => own.get(ref.name)?.decl ?? resolveShared(ref.name, entry.group),
    };
  }

  // Local named types, grouped by (namespace, type name) and deduplicated by structure.
  const localDecls = new Map<MethodSpec, Map<string, TypeDecl>>();
  const groups = new Map<string, { file: string; zodFile: string; prefix: string; specs: MethodSpec[] }>();
  for (const spec of specs) {
    const isVibe = spec.api === 'vibe';
    const ns = isVibe ? 'vibe' : namespaceOf(spec.method);
    const gkey = `${spec.api}:${ns}`;
    const g = groups.get(gkey) ?? {
      file: isVibe ? VIBE_TYPES_FILE : restTypesFile(ns),
      zodFile: isVibe ? ZOD_VIBE_FILE : restZodFile(ns),
      prefix: isVibe ? 'Vibe' : pascalCase(ns),
      specs: [],
    };
    g.specs.push(spec);
    groups.set(gkey, g);
    localDecls.set(spec, new Map());
  }
  for (const gkey of [...groups.keys()].sort(compareStrings)) {
    const g = groups.get(gkey)!;
    // type name → structural key → specs declaring that variant (specs are in id order).
    const variants = new Map<string, Map<string, MethodSpec[]>>();
    for (const spec of g.specs) {
      const local = new Map(spec.types.map((t) => [t.name, t]));
      for (const t of spec.types) {
        const key = structuralKey(t.type, local, rawShared, new Set([t.name]));
        const byKey = variants.get(t.name) ?? new Map<string, MethodSpec[]>();
        const list = byKey.get(key) ?? [];
        if (!list.includes(spec)) list.push(spec);
        byKey.set(key, list);
        variants.set(t.name, byKey);
      }
    }
    for (const typeName of [...variants.keys()].sort(compareStrings)) {
      const byKey = variants.get(typeName)!;
      const single = byKey.size === 1;
      for (const declaring of byKey.values()) {
        const first = declaring[0]!;
        const named = first.types.find((t) => t.name === typeName)!;
        const desired = single ? namespaced(g.prefix, typeName) : `${namesBySpec.get(first)!.base}${pascalCase(typeName).replace(/^_/, '')}`;
        const tsName = typeNames.allocate(desired);
        const decl: TypeDecl = {
          tsName,
          zodName: valueNames.allocate(`${camelCase(tsName)}Schema`),
          file: g.file,
          zodFile: g.zodFile,
          named,
          scope: undefined as unknown as TypeScope,
          origins: declaring.map((s) => s.method),
        };
        addDecl(decl);
        for (const s of declaring) localDecls.get(s)!.set(typeName, decl);
      }
    }
  }
  const scopeOf = (spec: MethodSpec): TypeScope => {
    const local = localDecls.get(spec)!;
    return {
      resolve: (ref) =>
        ref.shared ? (resolveShared(ref.name, spec.api) ?? local.get(ref.name)) : (local.get(ref.name) ?? resolveShared(ref.name, spec.api)),
    };
  };
  for (const [spec, local] of localDecls) {
    const scope = scopeOf(spec);
    for (const decl of local.values()) if (decl.scope === undefined) decl.scope = scope;
  }
  for (const list of declsByFile.values()) list.sort((a, b) => compareStrings(a.tsName, b.tsName));

  // 3. Method models.
  const rest: MethodModel[] = [];
  const vibe: MethodModel[] = [];
  for (const spec of specs) {
    const names = namesBySpec.get(spec)!;
    if (spec.api === 'rest') {
      const ns = namespaceOf(spec.method);
      rest.push({ spec, names, scope: scopeOf(spec), group: ns, typesFile: restTypesFile(ns), zodFile: restZodFile(ns), key: spec.method });
    } else {
      const entity = vibeEntityOf(spec);
      vibe.push({ spec, names, scope: scopeOf(spec), group: entity, typesFile: vibeEntityFile(entity), zodFile: ZOD_VIBE_FILE, key: vibeOperationKey(spec) });
    }
  }
  const byFile = (list: MethodModel[]) => {
    const map = new Map<string, MethodModel[]>();
    for (const m of list) map.set(m.typesFile, [...(map.get(m.typesFile) ?? []), m]);
    return new Map([...map.entries()].sort(([a], [b]) => compareStrings(a, b)));
  };
  // Index for findMethod: by api and lower-cased method name, id and key.
  const index = new Map<string, MethodModel[]>();
  for (const m of [...rest, ...vibe]) {
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

  return {
    rest,
    vibe,
    restByFile: byFile(rest),
    vibeByFile: byFile(vibe),
    declsByFile,
    restErrors: pickCatalogue(input.errorCatalogues, 'rest'),
    vibeErrors: pickCatalogue(input.errorCatalogues, 'vibe'),
    typeNames,
    valueNames,
    runtime,
    packageVersion: input.packageVersion,
    findMethod,
  };
}

/** `<Namespace><Type>`, without doubling a namespace the type name already starts with (crm_multifield → CrmMultifield). */
function namespaced(prefix: string, typeName: string): string {
  const pascal = pascalCase(typeName).replace(/^_/, '');
  if (pascal.startsWith(prefix) && (pascal.length === prefix.length || /[A-Z0-9]/.test(pascal.charAt(prefix.length)))) {
    return pascal;
  }
  return `${prefix}${pascal}`;
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

/** The `VibeOperations` key: "VERB /v1/path", from `http` or else from the id ("vibe:GET /v1/contacts/{id}"). */
export function vibeOperationKey(spec: MethodSpec): string {
  if (spec.http) return `${spec.http.verb} ${spec.http.path}`;
  return spec.id.replace(/^vibe:/, '');
}

/** The Vibe entity of an operation: the first non-parameter path segment after the version ("/v1/contacts/{id}" → "contacts"). */
export function vibeEntityOf(spec: MethodSpec): string {
  const path = spec.http?.path ?? vibeOperationKey(spec).split(' ')[1] ?? '';
  const segs = path.split('/').filter((s) => s && !s.startsWith('{') && !s.startsWith(':'));
  const afterVersion = /^v\d+$/.test(segs[0] ?? '') ? segs.slice(1) : segs;
  return afterVersion[0] ?? spec.method.split('.')[0] ?? 'root';
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
  byName: Map<string, NamedType>;
}

/** Catalogue types in (catalogue id, type name) order; `byName` holds the first definition of each name. */
function collectShared(catalogues: TypeCatalogue[]): RawShared {
  const entries: SharedEntry[] = [];
  const byName = new Map<string, NamedType>();
  for (const cat of [...catalogues].sort((a, b) => compareStrings(a.id, b.id))) {
    const group = cat.id.toLowerCase().startsWith('vibe') ? 'vibe' : 'rest';
    const seen = new Set<string>();
    for (const t of [...cat.types].sort((a, b) => compareStrings(a.name, b.name))) {
      if (seen.has(t.name)) continue;
      seen.add(t.name);
      entries.push({ catalogueId: cat.id, group, named: t });
      if (!byName.has(t.name)) byName.set(t.name, t);
    }
  }
  return { entries, byName };
}

/**
 * A key equal for two types exactly when they would print the same declaration (docs aside): local refs
 * are expanded to the structure they point to, so two `contact` types that refer to different
 * `multifield`s stay apart.
 */
function structuralKey(t: TypeRef, local: Map<string, NamedType>, shared: RawShared, seen: Set<string>): string {
  const k = (x: TypeRef) => structuralKey(x, local, shared, seen);
  switch (t.kind) {
    case 'scalar':
      return `s:${t.name}:${t.format ?? ''}`;
    case 'array':
      return `[${k(t.items)}]`;
    case 'map':
      return `m:${t.keys ?? ''}(${k(t.values)})`;
    case 'enum':
      return `e:${t.base}:${t.open}:${JSON.stringify(t.values.map((v) => v.value))}`;
    case 'union':
      return `u(${t.anyOf.map(k).join('|')})`;
    case 'object':
      return `{${t.fields
        .map((f) => `${JSON.stringify(f.name)}${f.required === true ? '!' : '?'}:${k(f.type)}`)
        .join(',')}|${t.additional ? k(t.additional) : ''}|${(t.additionalKeys ?? []).join(',')}}`;
    case 'ref': {
      const target = t.shared ? undefined : local.get(t.name);
      if (!target) return `@${t.name}`;
      if (seen.has(t.name)) return `#${t.name}(~)`;
      const inner = new Set(seen).add(t.name);
      return `#${t.name}(${structuralKey(target.type, local, shared, inner)})`;
    }
  }
}
