/** see-also.ts: the methods the "Continue Learning" links point to. */
import { describe, expect, it } from 'vitest';
import { methodNameOfFile, readSeeAlso, resolveLink } from '../../../../generator/sources/yfm/extract/see-also.ts';
import { nodesOf } from '../../../support/yfm.ts';

describe('resolveLink', () => {
  it.each([
    ['./crm-deal-add.md', 'api-reference/crm/deals/crm-deal-add.md'],
    ['../contacts/crm-contact-get.md#anchor', 'api-reference/crm/contacts/crm-contact-get.md'],
    ['crm-deal-list.html', 'api-reference/crm/deals/crm-deal-list.md'],
    ['/api-reference/index.md', 'api-reference/index.md'],
    ['https://example.com/x.md', null],
    ['#anchor', null],
    ['../image.png', null],
  ])('%j', (url, want) => {
    expect(resolveLink('api-reference/crm/deals/crm-deal-get.md', url)).toBe(want);
  });
});

describe('methodNameOfFile', () => {
  it.each([
    ['a/crm-deal-add.md', '# Add a deal crm.deal.add\n\ntext', 'crm.deal.add'],
    // Of several names, the one matching the file name.
    ['a/crm-deal-update.md', '# Update crm.deal.add results with crm.deal.update', 'crm.deal.update'],
    ['a/overview.md', '# Deals overview', null],
    ['a/x.md', 'No heading here', null],
  ])('%s', (path, text, want) => {
    expect(methodNameOfFile(path, text)).toBe(want);
  });
});

describe('readSeeAlso', () => {
  it('names each link by its text when it is a method, else by the H1 of the page it targets', () => {
    const files: Record<string, string> = { 'api/deals/crm-deal-list.md': '# Get a list of deals crm.deal.list' };
    const nodes = nodesOf(
      '- [crm.deal.add](./crm-deal-add.md)\n- [List deals](./crm-deal-list.md)\n- [Get](./crm-deal-get.md)\n- [Missing](./gone.md)\n- [crm.deal.add](./again.md)',
    );
    expect(readSeeAlso(nodes, 'api/deals/crm-deal-get.md', (p) => files[p], ['crm.deal.get'])).toEqual(['crm.deal.add', 'crm.deal.list']);
  });
});
