/** classify.ts: the kind of a page, and the dotted names in a title. */
import { describe, expect, it } from 'vitest';
import { classifyPage, dottedTokens } from '../../../../generator/sources/yfm/extract/classify.ts';
import type { Root } from '../../../../generator/sources/yfm/extract/nodes.ts';
import { outlinePage } from '../../../../generator/sources/yfm/extract/sections.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';

describe('dottedTokens', () => {
  it('§8 #22: names in parentheses or after a colon', () => {
    expect(dottedTokens('Get Fields (sale.basketitem.getFields)')).toEqual(['sale.basketitem.getFields']);
    expect(dottedTokens('Get List: lists.get')).toEqual(['lists.get']);
  });
});

describe('classifyPage', () => {
  it('classifies pages by path and H1', () => {
    const o = (t: string) => outlinePage({ type: 'root', children: md(`# ${t}`) } as unknown as Root);
    expect(classifyPage('api-reference/crm/contacts/crm-contact-get.md', o('Get Contact crm.contact.get'))).toBe('method');
    expect(classifyPage('api-reference/crm/events/x.md', o('Event onCrmContactAdd'))).toBe('event');
    expect(classifyPage('api-reference/catalog/x.md', o('Event on Adding CATALOG.PRICE.ON.ADD'))).toBe('event');
    expect(classifyPage('api-reference/crm/index.md', o('CRM'))).toBe('overview');
    expect(classifyPage('api-reference/widgets/crm/detail-tab.md', o('Tab CRM_XXX_DETAIL_TAB'))).toBe('placement');
    expect(classifyPage('api-reference/widgets/ui-interaction/bx24-placement-call.md', o('Call BX24.placement.call'))).toBe('js-sdk');
    expect(classifyPage('api-reference/crm/_includes/x.md', o('X'))).toBe('include');
    expect(classifyPage('tutorials/crm/x.md', o('How to add crm.item.add'))).toBe('guide');
  });
});
