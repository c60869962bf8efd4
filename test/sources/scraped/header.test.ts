/** header.ts: scope, who may call, and the intro prose between the title and the first section. */
import { describe, expect, it } from 'vitest';
import { isBoilerplate, readIntro, readScopeAccess } from '../../../generator/sources/scraped/header.ts';
import { pageOf } from '../../support/scraped.ts';

describe('readScopeAccess', () => {
  it('reads a scope glued to "Who can execute the method" on the line after "Scope:"', () => {
    const { page, notes } = pageOf('Get X x.get', 'Scope:', 'crmWho can execute the method: any user', 'Intro.');
    expect(readScopeAccess(page, 2, 5, notes)).toEqual({
      scope: ['crm'],
      access: 'any user',
      lines: [2, 3],
      scopeSource: { file: 'p.txt', line: 2, how: 'read', evidence: 'scope-line' },
      accessSource: { file: 'p.txt', line: 3, how: 'read', evidence: 'who-can-line' },
    });
    expect(notes.warnings).toEqual([]);
  });

  it('reads several scope codes once each, and access on a line of its own', () => {
    const { page, notes } = pageOf('T', 'Scope: crm, task crm', 'Who can perform the method: administrators');
    expect(readScopeAccess(page, 2, 4, notes)).toMatchObject({ scope: ['crm', 'task'], access: 'administrators', lines: [2, 3] });
  });

  it('reports prose where scope codes belong, and missing lines', () => {
    const { page, notes } = pageOf('T', 'Scope: depends on the entity type of the item');
    expect(readScopeAccess(page, 2, 3, notes)).toMatchObject({ scope: [], access: null });
    expect(notes.warnings.map((w) => w.code)).toEqual(['scope-prose', 'no-access']);
    const empty = pageOf('T', 'Intro.');
    expect(readScopeAccess(empty.page, 2, 3, empty.notes).scope).toEqual([]);
    expect(empty.notes.warnings.map((w) => w.code)).toEqual(['no-scope', 'no-access']);
  });
});

describe('readIntro', () => {
  it.each([
    ['If you are developing integrations for Bitrix24 using AI tools, read this', true],
    ['How to Use Examples in Documentation', true],
    ['The method returns a deal.', false],
  ])('isBoilerplate(%j) is %s', (line, want) => {
    expect(isBoilerplate(line)).toBe(want);
  });

  it('joins the non-empty header lines that are not skipped or boilerplate, citing the first', () => {
    const { page } = pageOf('T', 'Scope: crm', '', 'How to Use Examples in Documentation', 'The method gets a deal.', 'It needs an id.');
    expect(readIntro(page, 2, 7, new Set([2]))).toEqual({ text: 'The method gets a deal.\nIt needs an id.', line: 5 });
    expect(readIntro(page, 2, 4, new Set([2]))).toEqual({ text: '' });
  });
});
