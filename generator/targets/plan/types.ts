/** The plan's data: what every target reads (named types, methods, their names, groups and scopes). */
import type { ErrorCatalogue, MethodSpec, NamedType, Param } from '../../spec/schema.ts';
import type { EntityResolution } from './method-facts.ts';
import type { MethodNames } from './naming.ts';

/** Where a named type is declared: a REST namespace, the one Vibe group, or the shared catalogues. */
export type TypeHome = { kind: 'namespace'; namespace: string } | { kind: 'vibe' } | { kind: 'shared' };

/** One named type of the output. */
export interface TypeDecl {
  name: string;
  home: TypeHome;
  named: NamedType;
  /** Where the refs inside `named.type` resolve. */
  scope: TypeScope;
  /** Method names or catalogue id that declare it (for the docs). */
  origins: string[];
  /**
   * Set for a name that only points at other declarations: a declarer's name for a variant another
   * method hosts (one target), or a namespace name over differing variants (their union).
   */
  aliasOf?: TypeDecl[];
}

/** Ref resolution for one spec or catalogue (never to an alias). */
export interface TypeScope {
  resolve(ref: { name: string; shared?: boolean | undefined }): TypeDecl | undefined;
}

/** List facts of a list method. */
export interface ListPlan {
  /** The entity the list filters, selects and sorts by. */
  entity: EntityResolution;
}

/** Where a Vibe operation's params travel, and which parts it declares (absent part → `{}` for path/query, `never` for body). */
export interface VibePlan {
  params: Record<'path' | 'query' | 'body', Param[]>;
  /** Where filter/select/order go: the query of GET/DELETE, else the body. */
  listIn: 'query' | 'body';
  declares: Record<'path' | 'query' | 'body', boolean>;
}

/** One emitted method or operation. */
export interface PlanMethod {
  spec: MethodSpec;
  names: MethodNames;
  scope: TypeScope;
  /** REST namespace ("crm") or Vibe entity ("contacts"). */
  group: string;
  /** Key in the method maps: the method name, or "GET /v1/contacts/{id}" for Vibe. */
  key: string;
  list: ListPlan | undefined;
  vibe: VibePlan | undefined;
}

/** The decisions shared by every target (read-only once built). */
export interface Plan {
  /** REST methods by namespace (namespaces sorted; methods by key, then id). */
  restByGroup: Map<string, PlanMethod[]>;
  /** Vibe operations by entity (entities sorted; operations by key, then id). */
  vibeByGroup: Map<string, PlanMethod[]>;
  /** REST methods, all namespaces, by key then id. */
  rest: PlanMethod[];
  /** Vibe operations, by key then id. */
  vibe: PlanMethod[];
  /** Named types of a home (`namespace:<ns>`, `vibe`, `shared`), sorted by name. */
  typesOf(home: TypeHome): TypeDecl[];
  /** Every home that declares a type, sorted by key. */
  homes: TypeHome[];
  restErrors: ErrorCatalogue | undefined;
  vibeErrors: ErrorCatalogue | undefined;
  /** A method of the input by api and name (case-insensitive, preferring `restVersion`). */
  findMethod(api: 'rest' | 'vibe', method: string, restVersion?: '1' | '3'): PlanMethod | undefined;
}

/** The map key of a home. */
export function homeKey(h: TypeHome): string {
  return h.kind === 'namespace' ? `namespace:${h.namespace}` : h.kind;
}
