/** result.ts: naming the result type after the method, and field ids as paths from their owner. */
import { describe, expect, it } from 'vitest';
import { typeNameFromMethod } from '../../../generator/sources/scraped/result.ts';

describe('typeNameFromMethod', () => {
  it.each([
    ['crm.contact.get', 'contact'],
    ['crm.company.contact.items.get', 'company_contact_items'],
    ['user.get', 'user'],
    ['CRM.Deal.List', 'deal'],
  ])('%s → %s', (method, want) => {
    expect(typeNameFromMethod(method)).toBe(want);
  });
});
