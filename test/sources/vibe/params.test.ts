/** params.ts: the include list, "no parameters" prose, and one param per name. */
import { describe, expect, it } from 'vitest';
import { includeList, includeParam, saysNoParams } from '../../../generator/sources/vibe/params.ts';
import { linesOf } from '../../support/vibe.ts';

describe('includeList', () => {
  it.each([
    [['Intro', 'Available includes: company, requisite.'], { values: ['company', 'requisite'], line: 2 }],
    [['Available include: `storage`'], { values: ['storage'], line: 1 }],
    [['Available includes: company and contacts'], { values: ['company', 'contacts'], line: 1 }],
    [['No includes here'], null],
  ])('%j', (texts, want) => {
    expect(includeList(linesOf(...texts))).toEqual(want);
  });

  it('makes the include param an array of the closed set of names', () => {
    const source = { file: 'p.txt', line: 2, how: 'read' as const };
    expect(includeParam(['company'], 'query', source, 'Related data')).toEqual({
      id: 'param:include',
      name: 'include',
      in: 'query',
      type: { kind: 'array', items: { kind: 'enum', base: 'string', values: [{ value: 'company' }], open: false } },
      required: false,
      description: 'Related data',
      source,
    });
  });
});

describe('saysNoParams', () => {
  it.each([
    [['No parameters.'], true],
    [['  No request parameters are needed'], true],
    [['Parameters: none'], false],
    [['There are no parameters'], false],
  ])('%j → %s', (texts, want) => {
    expect(saysNoParams(linesOf(...texts))).toBe(want);
  });
});
