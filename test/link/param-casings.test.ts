/** param-casings.ts: REST 1 params accept the other casings the page's own request examples use. */
import { describe, expect, it } from 'vitest';
import { acceptExampleCasings } from '../../generator/link/param-casings.ts';
import type { MethodSpec } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';
import { param, specOf } from '../support/yfm-corpus.ts';

const after = (s: MethodSpec) => acceptExampleCasings([s])[0]!;

describe('acceptExampleCasings on real pages', () => {
  it('user.get: `FILTER` also as `filter`, `sort`/`order` also as `SORT`/`ORDER`', () => {
    // user-get.md: the table row "|| **FILTER**"; the cURL examples: `-d '{"filter":{"NAME":"Iv%"}}'` and
    // `{"UF_DEPARTMENT": 1, "SORT": "ID", "ORDER": "asc", "start": 10}` (UF_DEPARTMENT is no param: left alone)
    const s = after(specOf('api-reference/user/user-get.md'));
    expect(param(s, 'FILTER').aliases).toEqual(['filter']);
    expect(param(s, 'sort').aliases).toEqual(['SORT']);
    expect(param(s, 'order').aliases).toEqual(['ORDER']);
    expect(s.params.some((p) => p.aliases?.includes('UF_DEPARTMENT'))).toBe(false);
    expect(s.facts['param:FILTER.aliases']).toMatchObject({ file: 'api-reference/user/user-get.md', how: 'read', evidence: 'request-example' });
  });

  it('crm.deal.get: `id` also as `ID`', () => {
    // crm-deal-get.md: "|| **id***" in the table; the cURL example sends `-d '{"ID":410}'`
    const s = after(specOf('api-reference/crm/deals/crm-deal-get.md'));
    expect(param(s, 'id')).toMatchObject({ required: true, aliases: ['ID'] });
  });
});

describe('acceptExampleCasings rules', () => {
  const source = { file: 'p.md', how: 'read' as const };
  const p = (name: string) => ({ id: `param:${name}`, name, type: { kind: 'scalar' as const, name: 'string' as const }, required: false, source });
  const example = (json: unknown) => ({ id: 'request:1', kind: 'request' as const, json, source });

  it('leaves REST 3.0 specs, `auth`, exact names and ambiguous casings alone', () => {
    const v3 = restSpec('x.get', { restVersion: '3', params: [p('id')], examples: [example({ ID: 1 })] });
    expect(after(v3)).toBe(v3);
    const both = restSpec('x.get', { params: [p('id'), p('ID')], examples: [example({ Id: 1, auth: 'x', id: 2 })] });
    expect(after(both)).toBe(both);
  });
});
