/**
 * The methods a mock portal answers, indexed the way requests name them: REST 1 by lower-cased name
 * (the portal reads method names in any case), REST 3.0 by name, Vibe by verb and path template.
 */
import type { SpecSet } from '../spec/spec-set.ts';
import type { ErrorEntry, MethodSpec, NamedType, TypeRef } from '../spec/schema.ts';

/** One Vibe operation: its verb, its path as a pattern (`{id}` → a capture), and the spec. */
export interface VibeRoute {
  verb: string;
  pattern: RegExp;
  names: string[];
  spec: MethodSpec;
}

export interface MockCatalog {
  rest: Map<string, MethodSpec>;
  v3: Map<string, MethodSpec>;
  vibe: VibeRoute[];
  /** Shared named types (specs/_shared/rest-types*.json), by name. */
  shared: Map<string, NamedType>;
  /** The shared system errors by code (specs/_shared/rest-system-errors.json, vibe-errors.json). */
  systemErrors: Map<string, ErrorEntry>;
  vibeErrors: Map<string, ErrorEntry>;
}

/**
 * Whether method `name` is in `only`: an exact name (any case), a namespace prefix ending in `.*`
 * (`crm.*`), or a bare namespace (`crm`); no `only` selects everything.
 */
export function selected(name: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  const n = name.toLowerCase();
  return only.some((raw) => {
    const o = raw.toLowerCase();
    if (o.endsWith('.*')) return n.startsWith(o.slice(0, -1));
    return n === o || n.startsWith(`${o}.`);
  });
}

/** Index a spec set (optionally only some methods) for the mock. */
export function buildCatalog(set: SpecSet, only?: readonly string[]): MockCatalog {
  const cat: MockCatalog = { rest: new Map(), v3: new Map(), vibe: [], shared: new Map(), systemErrors: new Map(), vibeErrors: new Map() };
  for (const spec of set.specs) {
    if (!selected(spec.method, only) && !(spec.http && selected(`${spec.http.verb} ${spec.http.path}`, only))) continue;
    if (spec.api === 'vibe' && spec.http) cat.vibe.push(vibeRoute(spec));
    else if (spec.restVersion === '3') cat.v3.set(spec.method.toLowerCase(), spec);
    else cat.rest.set(spec.method.toLowerCase(), spec);
  }
  // A literal path segment beats a parameter (`/v1/contacts/fields` before `/v1/contacts/{id}`).
  cat.vibe.sort((a, b) => a.names.length - b.names.length);
  for (const c of set.typeCatalogues) for (const t of c.types) cat.shared.set(t.name, t);
  for (const c of set.errorCatalogues) {
    const into = c.api === 'vibe' ? cat.vibeErrors : cat.systemErrors;
    for (const e of c.errors) if (e.code) into.set(e.code, e);
  }
  return cat;
}

/** A Vibe operation's route: `/v1/contacts/{id}` matches `/v1/contacts/71` with `id` = "71". */
function vibeRoute(spec: MethodSpec): VibeRoute {
  const names: string[] = [];
  const path = spec.http!.path;
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '([^/]+)';
    })
    .join('');
  return { verb: spec.http!.verb, pattern: new RegExp(`^${source}/?$`), names, spec };
}

/** The Vibe operation for a request, with its path params; undefined when no documented path matches. */
export function matchVibe(cat: MockCatalog, verb: string, path: string): { route: VibeRoute; path: Record<string, string> } | undefined {
  for (const route of cat.vibe) {
    if (route.verb !== verb) continue;
    const m = route.pattern.exec(path);
    if (m) return { route, path: Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
  }
  return undefined;
}

/** Follow `ref`s to the type they name (the method's own types, then the shared catalogues); undefined when a name is not declared. */
export function resolveType(t: TypeRef, spec: MethodSpec, cat: MockCatalog): TypeRef | undefined {
  let cur: TypeRef | undefined = t;
  for (let hops = 0; cur?.kind === 'ref' && hops < 10; hops++) {
    const name: string = cur.name;
    const own: NamedType | undefined = cur.shared ? undefined : spec.types.find((n) => n.name === name);
    cur = (own ?? cat.shared.get(name))?.type;
  }
  return cur?.kind === 'ref' ? undefined : cur;
}
