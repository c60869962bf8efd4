/** Small given specs for the target tests: a method with only the facts a test is about. */
import { MethodSpec, type TypeRef } from '../../generator/spec/schema.ts';

const source = { file: 'given.md', how: 'read' as const };

/** A REST (or Vibe) method spec with defaults for everything not given. */
export function method(over: Partial<MethodSpec> & Pick<MethodSpec, 'method'>): MethodSpec {
  return MethodSpec.parse({
    specVersion: 1,
    id: `${over.api ?? 'rest'}:${over.method}${over.restVersion === '3' ? '@v3' : ''}`,
    api: 'rest',
    restVersion: '1',
    title: over.method,
    description: '',
    scope: [],
    access: null,
    deprecated: false,
    params: [],
    paramsDocumented: 'table',
    result: null,
    types: [],
    errors: [],
    systemErrors: 'rest',
    list: null,
    examples: [],
    seeAlso: [],
    facts: {},
    sources: [],
    warnings: [],
    ...over,
  });
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
