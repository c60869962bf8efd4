/** The link stage as a whole: readings in, the spec set out, the same whatever the order or the grouping of pages. */
import { describe, expect, it } from 'vitest';
import { linkSpecSet } from '../../generator/link/index.ts';
import { REST_SYSTEM_ERRORS } from '../../generator/sources/common/rest-system-errors.ts';
import { canonicalErrorCatalogue } from '../../generator/spec/canonical.ts';
import type { PageReading } from '../../generator/sources/types.ts';
import { SPEC_VERSION, type ErrorCatalogue, type MethodSpec } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';

const reading = (path: string, specs: MethodSpec[], extra: Partial<PageReading['output']> = {}): PageReading => ({
  path,
  reader: 'yfm-markdown',
  output: { specs, warnings: [], ...extra },
});

describe('linkSpecSet', () => {
  it('falls back to the built-in REST system errors only when no page gave the catalogue', () => {
    expect(linkSpecSet([reading('a.md', [restSpec('a.get', {}, 'a.md')])]).errorCatalogues).toEqual([canonicalErrorCatalogue(REST_SYSTEM_ERRORS)]);
    const read: ErrorCatalogue = { specVersion: SPEC_VERSION, id: 'rest-system-errors', api: 'rest', errors: [] };
    const set = linkSpecSet([reading('_includes/system-errors.md', [], { errorCatalogues: [read], skipped: 'include' })]);
    expect(set.errorCatalogues).toEqual([read]);
  });

  it('leaves an invalid spec out and says so on its page (never silently)', () => {
    const bad = { ...restSpec('a.get', {}, 'a.md'), id: 42 } as unknown as MethodSpec;
    const set = linkSpecSet([reading('a.md', [bad])]);
    expect(set.specs).toEqual([]);
    const w = set.pages[0]!.warnings;
    expect(w.map((x) => x.code)).toEqual(['invalid-spec']);
    expect(w[0]!.message).toMatch(/^42 does not match the spec schema and was left out: id: /);
  });

  it('records what each page yielded, with the warnings of specs that were left out', () => {
    const current = restSpec('a.get', { warnings: [{ code: 'kept', message: 'on the spec', file: 'api/a.md' }] }, 'api/a.md');
    const outdated = restSpec('a.get', { warnings: [{ code: 'old', message: 'on the dropped spec', file: 'api/outdated/a.md' }] }, 'api/outdated/a.md');
    const set = linkSpecSet([
      reading('api/outdated/a.md', [outdated]),
      reading('api/a.md', [current]),
      reading('api/overview.md', [], { skipped: 'overview' }),
    ]);
    expect(set.pages.map((p) => [p.path, p.methods, p.skipped ?? null, p.warnings.map((w) => w.code)])).toEqual([
      ['api/a.md', ['rest:a.get'], null, []],
      ['api/outdated/a.md', ['rest:a.get'], null, ['duplicate-method', 'old']],
      ['api/overview.md', [], 'overview', []],
    ]);
    expect(set.specs[0]!.warnings.map((w) => w.code)).toEqual(['kept']);
  });

  it('gives the same set whatever order the pages come in', () => {
    const rs = [
      reading('b.md', [restSpec('b.get', {}, 'b.md')]),
      reading('a.md', [restSpec('a.get', {}, 'a.md')]),
      reading('c.txt', [restSpec('a.get', {}, 'c.txt', 'scraped-text')]),
    ];
    expect(JSON.stringify(linkSpecSet([...rs].reverse()))).toBe(JSON.stringify(linkSpecSet(rs)));
  });
});
