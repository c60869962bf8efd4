/** meta.ts: scope, who may call, description and title from a page's intro. */
import { describe, expect, it } from 'vitest';
import { humanTitle, readAccess, readDescription, readScope } from '../../../../generator/sources/yfm/extract/meta.ts';
import { nodesOf } from '../../../support/yfm.ts';

describe('readScope', () => {
  it.each([
    ['> Scope: [`crm`](../../scopes/permissions.md)\n>\n> Who can execute the method: any user', ['crm'], 1],
    ['Intro.\n\n> Scope: [`crm`](x), [`user_brief`](y), [`crm`](z)', ['crm', 'user_brief'], 3],
    ['> Scope: task depending on the entity', ['task'], 1],
    ['No scope here.', [], undefined],
  ])('%j', (text, scopes, line) => {
    expect(readScope(nodesOf(text))).toEqual({ scopes, line });
  });
});

describe('readAccess', () => {
  it.each([
    ['> Scope: `crm`\n>\n> Who can execute the method: any user with `read` access', 'any user with read access'],
    ['> Who can perform the method: administrator', 'administrator'],
    ['> Scope: `crm`', null],
  ])('%j', (text, want) => {
    expect(readAccess(nodesOf(text))?.value ?? null).toBe(want);
  });
});

describe('humanTitle and readDescription', () => {
  it.each([
    ['Get a Deal by ID crm.deal.get', ['crm.deal.get'], 'Get a Deal by ID'],
    ['Get Fields (`sale.basketitem.getFields`)', ['sale.basketitem.getFields'], 'Get Fields'],
    ['crm.deal.get', ['crm.deal.get'], 'crm.deal.get'],
  ])('humanTitle(%j)', (h1, names, want) => {
    expect(humanTitle(h1, names)).toBe(want);
  });

  it('takes the intro paragraphs, one per line, not the blockquote', () => {
    expect(readDescription(nodesOf('> Scope: `crm`\n\nThe method returns a deal.\n\nIt needs an id.'))).toBe('The method returns a deal.\nIt needs an id.');
  });
});
