// The mock against the committed specs/: a sample of methods answers with the response example their doc
// page shows, called with the request example the same page shows; and the validator accepts the docs' own
// request examples (the ones it refuses carry placeholders such as "your_invoice_id" or contradict their page).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type MockCatalog } from '../../generator/mock/catalog.ts';
import { callRest1, createPortalState } from '../../generator/mock/portal.ts';
import { TRANSPORT_PARAMS, validateParams } from '../../generator/mock/validate.ts';
import { loadSpecSet } from '../../generator/pipeline/inputs.ts';
import { defaultPaths } from '../../generator/pipeline/paths.mjs';
import type { MethodSpec } from '../../generator/spec/schema.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';

let set: SpecSet;
let catalog: MockCatalog;
beforeAll(async () => {
  set = await loadSpecSet(defaultPaths().specs);
  catalog = buildCatalog(set);
});

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const requestOf = (s: MethodSpec) => s.examples.find((e) => e.kind === 'request' && isObj(e.json))?.json as Record<string, unknown> | undefined;
const responseOf = (s: MethodSpec) =>
  s.examples.find((e) => e.kind === 'response' && isObj(e.json) && 'result' in e.json)?.json as { result: unknown } | undefined;
/** The example without the record id: the mock answers with the id asked for. */
const withoutId = (v: unknown) => (isObj(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'ID' && k !== 'id')) : v);

describe('documented examples', () => {
  it('a sample of 30 REST methods answers its documented response example', () => {
    const candidates = set.specs.filter((s) => s.api === 'rest' && s.restVersion !== '3' && !s.list && responseOf(s));
    const sample = candidates.filter((_, i) => i % Math.floor(candidates.length / 30) === 0).slice(0, 30);
    expect(sample).toHaveLength(30);
    const state = createPortalState(catalog);
    const served: string[] = [];
    const refused: string[] = [];
    for (const s of sample) {
      const answer = callRest1(state, s.method, requestOf(s) ?? {});
      if (answer.status !== 200) {
        refused.push(`${s.method}: ${JSON.stringify(answer.body)}`);
        continue;
      }
      expect(withoutId((answer.body as { result: unknown }).result), s.method).toEqual(withoutId(responseOf(s)!.result));
      served.push(s.method);
    }
    console.log(`served the example for ${served.length} of 30; refused their own request example: ${refused.join('; ') || 'none'}`);
    expect(served.length).toBeGreaterThanOrEqual(28);
  });

  it("the validator accepts at least 97% of the docs' JSON request examples (REST 1 and 3.0)", () => {
    let total = 0;
    const refused: Record<string, number> = {};
    for (const s of set.specs) {
      const req = s.api === 'rest' ? requestOf(s) : undefined;
      if (!req) continue;
      total++;
      const problem = validateParams(s, req, catalog, { unknown: true, tolerate: TRANSPORT_PARAMS })[0];
      if (problem) refused[problem.kind] = (refused[problem.kind] ?? 0) + 1;
    }
    const bad = Object.values(refused).reduce((a, b) => a + b, 0);
    console.log(`request examples accepted: ${total - bad} of ${total}; refused by problem: ${JSON.stringify(refused)}`);
    expect((total - bad) / total).toBeGreaterThanOrEqual(0.97);
  });
});
