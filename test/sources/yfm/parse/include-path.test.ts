/** include-path.ts: where an include target points, relative to the including file. */
import { describe, expect, it } from 'vitest';
import { includeCandidates, normalizePath, splitTarget } from '../../../../generator/sources/yfm/parse/include-path.ts';

describe('normalizePath', () => {
  it.each([
    ['a/./b//c', 'a/b/c'],
    ['a/b/../c', 'a/c'],
    ['a\\b', 'a/b'],
    ['../x', null],
    ['/_includes/x.md', '_includes/x.md'],
  ])('%j → %j', (p, want) => {
    expect(normalizePath(p)).toBe(want);
  });
});

describe('splitTarget', () => {
  it.each([
    ['x.md', { path: 'x.md', hash: null }],
    ['x.md#part', { path: 'x.md', hash: 'part' }],
    ['x.md?v=1#part', { path: 'x.md', hash: 'part' }],
    ['x.md?v=1', { path: 'x.md', hash: null }],
  ])('%j → %j', (target, want) => {
    expect(splitTarget(target)).toEqual(want);
  });
});

describe('includeCandidates', () => {
  it.each([
    ['api-reference/crm/deals/deal-get.md', '../../../_includes/x.md', ['_includes/x.md']],
    ['api-reference/crm/deal-get.md', './../_includes/x.md#sec', ['api-reference/_includes/x.md']],
    // A bare path is tried from the page, then from the corpus root.
    ['api-reference/crm/deal-get.md', '_includes/x.md', ['api-reference/crm/_includes/x.md', '_includes/x.md']],
    ['api-reference/crm/deal-get.md', '/_includes/x.md', ['_includes/x.md']],
    ['a.md', '../../x.md', []],
    ['a.md', '#only-a-hash', []],
  ])('from %s, %s', (from, target, want) => {
    expect(includeCandidates(from, target)).toEqual(want);
  });
});
