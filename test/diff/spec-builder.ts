/**
 * Small hand-written spec pairs for the differ tests: a minimal valid MethodSpec (validated with the real
 * schema, so every fixture is a spec the pipeline could have written), a SpecSet around it, and a helper
 * that diffs two sets through the public `diffSpecSets` and lists what it reported.
 */
import { expect } from 'vitest';
import { diffSpecSets, type DiffOptions } from '../../generator/diff/diff.ts';
import type { Change, DiffReport } from '../../generator/diff/report-schema.ts';
import { DiffReport as DiffReportSchema } from '../../generator/diff/report-schema.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import {
  MethodSpec,
  TypeCatalogue,
  type Alternative,
  type Deprecation,
  type ErrorEntry,
  type Field,
  type ListSemantics,
  type NamedType,
  type Param,
  type Provenance,
  type TypeRef,
} from '../../generator/spec/schema.ts';

export const src = (file = 'api-reference/x.md', line = 1): Provenance => ({ file, line, how: 'read' });

// Type shorthands.
export const str: TypeRef = { kind: 'scalar', name: 'string' };
export const int: TypeRef = { kind: 'scalar', name: 'integer' };
export const num: TypeRef = { kind: 'scalar', name: 'number' };
export const bool: TypeRef = { kind: 'scalar', name: 'boolean' };
export const anyT: TypeRef = { kind: 'scalar', name: 'any' };
export const nul: TypeRef = { kind: 'scalar', name: 'null' };
export const date: TypeRef = { kind: 'scalar', name: 'string', format: 'date' };
export const datetime: TypeRef = { kind: 'scalar', name: 'string', format: 'datetime' };
export const yn: TypeRef = { kind: 'scalar', name: 'string', format: 'yn' };
export const arr = (items: TypeRef): TypeRef => ({ kind: 'array', items });
export const map = (values: TypeRef): TypeRef => ({ kind: 'map', values });
export const obj = (...fields: Field[]): TypeRef => ({ kind: 'object', fields });
export const ref = (name: string, shared?: boolean): TypeRef => ({ kind: 'ref', name, ...(shared ? { shared } : {}) });
export const union = (...anyOf: TypeRef[]): TypeRef => ({ kind: 'union', anyOf });
export const strEnum = (...values: string[]): TypeRef => ({ kind: 'enum', base: 'string', values: values.map((value) => ({ value })), open: false });
export const intEnum = (...values: number[]): TypeRef => ({ kind: 'enum', base: 'integer', values: values.map((value) => ({ value })), open: false });

/** A field of an object type. */
export function field(name: string, type: TypeRef = str, more: Partial<Field> = {}): Field {
  return { id: `f:${name}`, name, type, required: false, source: src(), ...more };
}

/** A method param. */
export function param(name: string, type: TypeRef = str, more: Partial<Param> = {}): Param {
  return { id: `param:${name}`, name, type, required: false, source: src(), ...more };
}

/** A named type declared by a spec. */
export function named(name: string, type: TypeRef, description?: string): NamedType {
  return { name, type, source: src(), ...(description ? { description } : {}) };
}

/** A documented error. */
export function error(code: string | null, status: number | null = 400, message = 'something failed'): ErrorEntry {
  return { id: code === null ? `error:msg:${message.replace(/\W+/g, '-')}` : `error:${code}`, code, status, message, source: src() };
}

/** An "at least one of" group. */
export function alternative(...params: string[]): Alternative {
  return { id: `alt:${params.join('|')}`, params, source: src() };
}

/** A deprecation mark. */
export function deprecated(successor: string | null = null): Deprecation {
  return { successor, source: src() };
}

/** List semantics of a paged list method. */
export function list(more: Partial<ListSemantics> = {}, operators: string[] = ['', '!', '>']): ListSemantics {
  return {
    paging: 'start',
    pageSize: 50,
    idCursor: false,
    filter: { param: 'filter', syntax: 'prefix', operators, logic: false },
    select: null,
    order: null,
    entity: null,
    source: src(),
    ...more,
  };
}

export interface SpecOverrides {
  params?: Param[];
  result?: TypeRef | null;
  resultDescription?: string;
  types?: NamedType[];
  errors?: ErrorEntry[];
  list?: ListSemantics | null;
  deprecated?: Deprecation;
  scope?: string[];
  alternatives?: Alternative[];
  restVersion?: '1' | '3';
  description?: string;
  /** The doc file the method was read from (sources and facts). */
  file?: string;
}

/** A minimal valid REST method spec named `name`, validated with the spec schema. */
export function spec(name: string, o: SpecOverrides = {}): MethodSpec {
  const restVersion = o.restVersion ?? '1';
  const file = o.file ?? `api-reference/${name.split('.')[0]}/${name}.md`;
  const raw = {
    specVersion: 2,
    id: `rest:${name.toLowerCase()}${restVersion === '3' ? '@v3' : ''}`,
    api: 'rest',
    method: name,
    restVersion,
    title: name,
    description: o.description ?? `The method ${name} does what its name says.`,
    scope: o.scope ?? ['crm'],
    access: null,
    deprecated: o.deprecated ?? false,
    params: o.params ?? [],
    alternatives: o.alternatives ?? [],
    paramsDocumented: 'table',
    result: o.result === null ? null : { type: o.result ?? int, ...(o.resultDescription ? { description: o.resultDescription } : {}), source: src(file, 20) },
    types: o.types ?? [],
    errors: o.errors ?? [],
    systemErrors: 'rest',
    list: o.list ?? null,
    examples: [],
    seeAlso: [],
    facts: { title: src(file, 1), scope: src(file, 5), description: src(file, 3) },
    sources: [{ path: file, reader: 'yfm-markdown', sha256: '0'.repeat(64) }],
    warnings: [],
  };
  return MethodSpec.parse(raw);
}

/** A shared type catalogue, validated. */
export function catalogue(id: string, ...types: NamedType[]): TypeCatalogue {
  return TypeCatalogue.parse({ specVersion: 2, id, types });
}

/** A spec set of these specs (and shared type catalogues). */
export function specSet(specs: MethodSpec[], typeCatalogues: TypeCatalogue[] = []): SpecSet {
  return { specs, errorCatalogues: [], typeCatalogues, pages: [] };
}

/** Diff two sets (or two single specs) through the public entry point; the report is checked against its schema. */
export function diff(before: SpecSet | MethodSpec, after: SpecSet | MethodSpec, opts: Partial<DiffOptions> = {}): DiffReport {
  const asSet = (x: SpecSet | MethodSpec): SpecSet => ('specs' in x ? x : specSet([x]));
  const report = diffSpecSets(asSet(before), asSet(after), { oldLabel: 'old', newLabel: 'new', ...opts });
  return DiffReportSchema.parse(report);
}

/** The `[rule, path]` of every change, in report order. */
export function rulesAndPaths(r: DiffReport): Array<[string, string]> {
  return r.changes.map((c) => [c.rule, c.path]);
}

/** The one change reported, after checking that it is the only one and has this rule and path. */
export function only(r: DiffReport, rule: string, path: string): Change {
  expect(rulesAndPaths(r)).toEqual([[rule, path]]);
  return r.changes[0]!;
}

/** Assert no change at all. */
export function none(r: DiffReport): void {
  expect(rulesAndPaths(r)).toEqual([]);
}
