/** Assemble a Vibe MethodSpec from what a page reader found, and keep only specs the schema accepts. */
import { MethodSpec, SPEC_VERSION, type ErrorEntry, type Example, type ListSemantics, type NamedType, type Param, type Provenance } from '../../spec/schema.ts';
import { vibeOperationId } from '../../spec/ids.ts';
import { compareStrings } from '../../spec/serialize.ts';
import { sourceFile, warn, type PageContext } from './context.ts';
import type { OperationShape } from './operation-name.ts';

export interface SpecParts {
  op: OperationShape;
  title: string;
  description: string;
  scope: string[];
  params: Param[];
  paramsDocumented: MethodSpec['paramsDocumented'];
  result: MethodSpec['result'];
  types: NamedType[];
  errors: ErrorEntry[];
  list: ListSemantics | null;
  examples: Example[];
  seeAlso: string[];
  facts: Record<string, Provenance>;
}

/** A spec for one operation of the page; null (and an `invalid-spec` warning) if it fails the schema. */
export function buildSpec(ctx: PageContext, parts: SpecParts): MethodSpec | null {
  const facts = Object.fromEntries(Object.entries(parts.facts).sort(([a], [b]) => compareStrings(a, b)));
  const candidate: MethodSpec = {
    specVersion: SPEC_VERSION,
    id: vibeOperationId(parts.op.verb, parts.op.path),
    api: 'vibe',
    method: parts.op.name,
    http: { verb: parts.op.verb, path: parts.op.path },
    title: parts.title,
    description: parts.description,
    scope: parts.scope,
    access: null,
    deprecated: false,
    params: parts.params,
    alternatives: [],
    paramsDocumented: parts.paramsDocumented,
    result: parts.result,
    types: [...parts.types].sort((a, b) => compareStrings(a.name, b.name)),
    errors: parts.errors,
    systemErrors: 'vibe',
    list: parts.list,
    examples: parts.examples,
    seeAlso: parts.seeAlso,
    facts,
    sources: [sourceFile(ctx)],
    // Page-level warnings (a cut page) concern every operation the page yields.
    warnings: [...ctx.warnings],
  };
  const parsed = MethodSpec.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  warn(ctx, 'invalid-spec', `${candidate.id}: dropped, it does not match the spec schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  return null;
}
