/** What a mock built from a spec set can do: the methods it serves an example for, those it synthesises, those whose params it validates. */
import type { MethodSpec } from '../spec/schema.ts';
import type { MockCatalog } from './catalog.ts';
import { documentedResponse } from './synth.ts';

export interface MockCoverage {
  /** Per API (`rest`, `rest3`, `vibe`): methods, of which answered with the documented example, synthesised from the result type, paged lists, with validatable params. */
  apis: Record<string, { methods: number; example: number; synthesised: number; lists: number; validated: number }>;
}

/** Whether the mock validates anything of this method's params: a documented params table, or a required param, or an "at least one of" group. */
export function hasValidatableParams(spec: MethodSpec): boolean {
  return spec.paramsDocumented === 'table' || spec.params.some((p) => p.required === true) || spec.alternatives.length > 0;
}

/** Count what the catalogue offers. */
export function mockCoverage(catalog: MockCatalog): MockCoverage {
  const apis: MockCoverage['apis'] = {};
  const add = (api: string, spec: MethodSpec) => {
    const a = (apis[api] ??= { methods: 0, example: 0, synthesised: 0, lists: 0, validated: 0 });
    a.methods++;
    if (documentedResponse(spec)) a.example++;
    else a.synthesised++;
    if (spec.list) a.lists++;
    if (hasValidatableParams(spec)) a.validated++;
  };
  for (const s of catalog.rest.values()) add('rest', s);
  for (const s of catalog.v3.values()) add('rest3', s);
  for (const r of catalog.vibe) add('vibe', r.spec);
  return { apis };
}
