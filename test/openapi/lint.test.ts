/**
 * The export of the committed specs/ against a real OpenAPI 3.1 linter (Redocly's recommended ruleset:
 * no errors; warnings are counted and printed), and what every document must hold: one operation per spec,
 * unique operationIds, provenance on every operation, byte-identical output for any input order.
 */
import { createConfig, lint } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOpenApi, OPENAPI_APIS } from '../../generator/targets/openapi/index.ts';
import { loadTargetContext } from '../../generator/pipeline/inputs.ts';
import { emitDocuments, type Documents } from './documents.ts';
import { join } from 'node:path';

let docs: Documents;
beforeAll(async () => {
  docs = await emitDocuments();
  console.log(`openapi: emitted in ${docs.emitMs} ms; sizes ${OPENAPI_APIS.map((a) => `${a}.json ${(docs.text[a].length / 1e6).toFixed(2)} MB`).join(', ')}`);
});
afterAll(async () => docs?.cleanup());

const operations = (doc: Record<string, any>) => Object.values(doc['paths'] as Record<string, Record<string, any>>).flatMap((item) => Object.values(item)); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('OpenAPI documents of specs/', () => {
  for (const api of OPENAPI_APIS) {
    it(`${api}.json passes Redocly's recommended ruleset with no errors`, async () => {
      const config = await createConfig({ extends: ['recommended'] });
      const problems = await lint({ ref: join(docs.dir, `${api}.json`), config });
      const byRule = new Map<string, number>();
      for (const p of problems) byRule.set(`${p.severity} ${p.ruleId}`, (byRule.get(`${p.severity} ${p.ruleId}`) ?? 0) + 1);
      console.log(`openapi lint ${api}.json:`, Object.fromEntries([...byRule].sort()));
      const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
      expect(errors.slice(0, 20)).toEqual([]);
    });
  }

  it('holds one operation per spec of its API, with unique operationIds and provenance', () => {
    const expected = {
      rest: docs.set.specs.filter((s) => s.api === 'rest' && s.restVersion !== '3').length,
      rest3: docs.set.specs.filter((s) => s.restVersion === '3').length,
      vibe: docs.set.specs.filter((s) => s.api === 'vibe').length,
    };
    console.log('openapi operations:', Object.fromEntries(OPENAPI_APIS.map((a) => [a, operations(docs.json[a]).length])));
    for (const api of OPENAPI_APIS) {
      const ops = operations(docs.json[api]);
      expect(ops.length, api).toBe(expected[api]);
      expect(new Set(ops.map((o) => o.operationId)).size, api).toBe(ops.length);
      for (const o of ops) expect(o['x-b24-source']?.file, o.operationId).toMatch(/\.(md|txt)$/);
    }
    expect(expected.rest3).toBeGreaterThan(100);
    expect(expected.vibe).toBe(56);
  });

  it('carries what the docs say of crm.deal.list: filter operators, entity fields, the list envelope', () => {
    // api-reference/crm/deals/crm-deal-list.md documents the filter prefixes and the deal fields.
    const op = docs.json.rest['paths']['/crm.deal.list']['post'];
    const body = op.requestBody.content['application/json'].schema;
    expect(body.properties.filter['x-b24-filter-operators']).toEqual(expect.arrayContaining(['', '!', '>=', '@', '%']));
    const keys = new RegExp(body.properties.filter.propertyNames.pattern);
    for (const k of ['>=DATE_CREATE', '@ASSIGNED_BY_ID', 'STAGE_ID', 'UF_CRM_1']) expect(keys.test(k), k).toBe(true);
    expect(keys.test('>=NO_SUCH_FIELD')).toBe(false);
    const env = op.responses['200'].content['application/json'].schema;
    expect(Object.keys(env.properties)).toEqual(['result', 'time', 'total', 'next']);
    expect(op.tags).toEqual(['crm']);
    expect(op['x-b24-source'].file).toBe('api-reference/crm/deals/crm-deal-list.md');
    expect(op['x-b24-source'].line).toBeGreaterThan(0);
  });

  it('is byte-identical for the same specs in another order', async () => {
    const ctx = await loadTargetContext();
    const shuffled = {
      ...docs.set,
      specs: [...docs.set.specs].reverse(),
      errorCatalogues: [...docs.set.errorCatalogues].reverse(),
      typeCatalogues: [...docs.set.typeCatalogues].reverse(),
    };
    const again = emitOpenApi(shuffled, ctx, ['rest3', 'vibe']);
    expect(again.get('openapi/rest3.json')!.text === docs.text.rest3).toBe(true);
    expect(again.get('openapi/vibe.json')!.text === docs.text.vibe).toBe(true);
  });
});
