/** Small given specs for the target tests: a method with only the facts a test is about. */
import type { StatementStructures } from 'ts-morph';
import { MethodSpec, type ErrorCatalogue, type ListSemantics, type TypeCatalogue, type TypeRef } from '../../generator/spec/schema.ts';
import { buildPlan, type Plan } from '../../generator/targets/plan/index.ts';
import { typescriptNamingPolicy } from '../../generator/targets/typescript/common/identifiers.ts';
import { printFile } from '../../generator/targets/typescript/common/print.ts';
import { restSpec } from '../support/specs.ts';

const source = { file: 'given.md', how: 'read' as const };

/** A REST (or Vibe) method spec with defaults for everything not given. */
export function method(over: Partial<MethodSpec> & Pick<MethodSpec, 'method'>): MethodSpec {
  const id = `${over.api ?? 'rest'}:${over.method}${over.restVersion === '3' ? '@v3' : ''}`;
  return MethodSpec.parse(restSpec(over.method, { id, restVersion: '1', paramsDocumented: 'table', sources: [], ...over }));
}

/** List semantics of a spec: no paging facts, no filter/select/order unless given. */
export function list(over: Partial<ListSemantics>): ListSemantics {
  return { paging: 'start', pageSize: 50, idCursor: false, filter: null, select: null, order: null, entity: null, source, ...over };
}

/** A named type of a spec. */
export function named(name: string, type: TypeRef) {
  return { name, type, source };
}

/** An object type with optional string fields of the given names. */
export function obj(...fields: string[]): TypeRef {
  return { kind: 'object', fields: fields.map((f) => ({ id: `f.${f}`, name: f, type: { kind: 'scalar', name: 'string' }, required: 'unknown', source })) };
}

/** A result that is a ref to a named type. */
export function resultRef(name: string) {
  return { type: { kind: 'ref' as const, name }, source };
}

/** A param of a spec. */
export function param(name: string, over: Record<string, unknown> = {}) {
  return { id: `param:${name}`, name, type: { kind: 'scalar' as const, name: 'string' as const }, required: false, source, ...over };
}

/** The plan of some specs, with the TypeScript naming policy and no runtime. */
export function planOf(specs: MethodSpec[], typeCatalogues: TypeCatalogue[] = [], errorCatalogues: ErrorCatalogue[] = []): Plan {
  return buildPlan({ specs, typeCatalogues, errorCatalogues }, typescriptNamingPolicy(undefined));
}

/** Statements printed as a file, without the generated-file header line. */
export function printed(statements: StatementStructures[]): string {
  return printFile(statements).split('\n').slice(1).join('\n').trim();
}
