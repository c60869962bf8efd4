/** One policy for specs sharing an id: given candidates, want the kept spec and the warnings. */
import { describe, expect, it } from 'vitest';
import { candidateRank, resolveDuplicates } from '../../generator/link/duplicates.ts';
import type { ErrorEntry } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';

const err = (code: string, file: string): ErrorEntry => ({ id: `error:${code}`, code, status: 400, message: code, source: { file, how: 'read' } });

describe('resolveDuplicates', () => {
  it('keeps a spec with a unique id as it is', () => {
    const a = restSpec('crm.a.get');
    expect(resolveDuplicates([a])).toEqual({ specs: [a], warnings: [] });
  });

  it('markdown beside scraped text: markdown is primary, the scraped page fills its gaps', () => {
    const md = restSpec('crm.a.get', { errors: [err('A', 'api/a.md')] }, 'api/a.md');
    const scraped = restSpec('crm.a.get', { errors: [err('B', 'seeds/a.txt')], access: 'admins' }, 'seeds/a.txt', 'scraped-text');
    const { specs, warnings } = resolveDuplicates([scraped, md]);
    expect(warnings).toEqual([]);
    expect(specs).toHaveLength(1);
    expect(specs[0]!.sources.map((s) => s.path)).toEqual(['api/a.md', 'seeds/a.txt']);
    expect(specs[0]!.errors.map((e) => e.code)).toEqual(['A', 'B']);
    expect(specs[0]!.access).toBe('admins');
  });

  it('two markdown pages: the one outside an outdated folder wins whole, the other is named as ignored', () => {
    const current = restSpec('crm.a.get', { errors: [err('A', 'api/a.md')] }, 'api/z/a.md');
    const outdated = restSpec('crm.a.get', { errors: [err('OLD', 'api/outdated/a.md')] }, 'api/outdated/a.md');
    const { specs, warnings } = resolveDuplicates([outdated, current]);
    expect(specs.map((s) => s.errors.map((e) => e.code))).toEqual([['A']]);
    expect(warnings).toEqual([
      { code: 'duplicate-method', message: 'rest:crm.a.get is also documented on api/z/a.md; this page is ignored', file: 'api/outdated/a.md' },
    ]);
  });

  it("a page reached through a wildcard name loses to the method's own page", () => {
    const own = restSpec('user.option.get', {}, 'api/user-option-get.md');
    const wildcard = restSpec(
      'user.option.get',
      { facts: { method: { file: 'api/user-option.md', how: 'inferred', evidence: 'wildcard' } } },
      'api/user-option.md',
    );
    expect(resolveDuplicates([wildcard, own]).specs[0]!.sources[0]!.path).toBe('api/user-option-get.md');
  });

  it('ranks a whole page over a cut one, then the richer, then by path', () => {
    const cut = restSpec('x.get', { sources: [{ path: 'a.txt', reader: 'vibe-page', sha256: '0', truncated: true }] });
    const whole = restSpec('x.get', { sources: [{ path: 'b.txt', reader: 'vibe-page', sha256: '0' }] });
    expect(candidateRank(whole) < candidateRank(cut)).toBe(true);
    const rich = restSpec('x.get', { errors: [err('A', 'c')] }, 'z.md');
    const poor = restSpec('x.get', {}, 'a.md');
    expect(candidateRank(rich) < candidateRank(poor)).toBe(true);
  });

  it('does not depend on input order', () => {
    const specs = [restSpec('a.get', {}, 'p/1.md'), restSpec('a.get', {}, 'p/2.md'), restSpec('a.get', {}, 's.txt', 'scraped-text'), restSpec('b.get')];
    expect(resolveDuplicates([...specs].reverse())).toEqual(resolveDuplicates(specs));
  });
});
