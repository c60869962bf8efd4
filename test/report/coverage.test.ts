import { describe, expect, it } from 'vitest';
import { computeCoverage, sectionOf } from '../../generator/report/coverage.ts';
import { renderMarkdown, renderTable } from '../../generator/report/render.ts';
import { parseFolder, SEEDS_DIR } from '../helpers.ts';
import type { Param, TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';

describe('coverage report', () => {
  it('assigns sections from source paths', () => {
    expect(sectionOf('api-reference/crm/contacts/crm-contact-get.md')).toBe('crm');
    expect(sectionOf('vibecode/docs_errors.txt')).toBe('vibecode');
    expect(sectionOf('x.txt')).toBe('(files)');
  });

  it('counts what the seeds yielded', () => {
    const set = parseFolder(SEEDS_DIR);
    const r = computeCoverage(set);
    expect(r.totals.pages).toBe(5);
    expect(r.totals.methods).toBe(5);
    const params = set.specs.reduce((n, s) => n + s.params.length, 0);
    expect(r.totals.params).toBe(params);
    expect(r.totals.paramsTyped + r.totals.paramsOpen + r.totals.paramsUntyped).toBe(params);
    // crm.contact.get's id type is inferred from the request example, so at least one param counts as inferred.
    expect(r.totals.paramsInferred).toBeGreaterThanOrEqual(1);
    expect(r.totals.truncatedPages).toBe(set.pages.filter((p) => p.truncated).length);
    const warnings = set.specs.reduce((n, s) => n + s.warnings.length, 0) + set.pages.reduce((n, p) => n + p.warnings.length, 0);
    expect(Object.values(r.totals.warnings).reduce((a, b) => a + b, 0)).toBe(warnings);
    expect(r.vibePages).toEqual([
      expect.objectContaining({ path: 'seeds/vibe.contacts.get.txt', operations: ['vibe:GET /v1/contacts/{id}'], entityTypes: ['contact'] }),
    ]);
    expect(renderTable(r)).toMatch(/^section\s+pages\s+methods/);
    expect(renderTable(r)).toContain('seeds/vibe.contacts.get.txt: 1 ops · contact');
    expect(renderMarkdown(r, true)).toContain('| seeds |');
    // The opaque-result measure: one line of "Facts read", and each opaque result listed with why.
    const line = `opaque results: ${r.opaque.opaque.length} of ${r.opaque.methods} current REST methods`;
    expect(renderTable(r)).toContain(line);
    expect(renderMarkdown(r)).toContain(line);
    for (const o of r.opaque.opaque) {
      expect(renderMarkdown(r)).toContain(`- ${o.id}`);
      expect(renderTable(r, true)).toContain(`  ${o.id}${o.list ? ' (list)' : ''}: ${o.evidence}: ${o.why}`);
    }
  });

  it('counts `any` as documented-open and `unknown` as untyped, for params, results and nested refs', () => {
    const source = { file: 'api-reference/crm/x.md', how: 'read' as const };
    const param = (name: string, type: TypeRef): Param => ({ id: `param:${name}`, name, type, required: true, source });
    const any: TypeRef = { kind: 'scalar', name: 'any' };
    const unknown: TypeRef = { kind: 'scalar', name: 'unknown' };
    const spec = restSpec(
      'x',
      {
        paramsDocumented: 'table',
        params: [param('id', { kind: 'scalar', name: 'integer' }), param('value', any), param('extra', unknown), param('list', { kind: 'array', items: any })],
        result: { type: any, source },
      },
      source.file,
    );
    const c = computeCoverage({ specs: [spec], errorCatalogues: [], typeCatalogues: [], pages: [] }).totals;
    // Given: integer, any, unknown, array<any> params and an `any` result.
    // Want: typed = integer and the array; open = any; untyped = unknown; the any result is not "typed";
    // 6 type nodes (4 params + the array's items + the result), 3 of them any, 1 unknown.
    expect([c.paramsTyped, c.paramsOpen, c.paramsUntyped, c.resultsTyped]).toEqual([2, 1, 1, 0]);
    expect([c.typeRefs, c.typeRefsAny, c.typeRefsUnknown]).toEqual([6, 3, 1]);
  });
});
