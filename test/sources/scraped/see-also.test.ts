/** see-also.ts: the related methods under "Continue Learning". */
import { describe, expect, it } from 'vitest';
import { readSeeAlso } from '../../../generator/sources/scraped/see-also.ts';
import { pageOf } from '../../support/scraped.ts';

describe('readSeeAlso', () => {
  const { page, notes } = pageOf(
    'Get Contact crm.contact.get',
    'Continue Learning',
    '- Add Contact crm.contact.add',
    '- Get Contact crm.contact.get',
    'Not a list item crm.deal.get',
    '* Update a Deal Using crm.deal.fields crm.deal.update',
    '• Add Contact crm.contact.add',
  );
  const section = { role: 'continue' as const, line: 2, heading: 'Continue Learning', start: 3, end: 8 };

  it('lists one method per list item (the last named), in page order, without repeats or the page itself', () => {
    expect(readSeeAlso(page, section, 'crm.contact.get', notes)).toEqual(['crm.contact.add', 'crm.deal.update']);
    expect(notes.facts['seeAlso']).toEqual({ file: 'p.txt', line: 2, how: 'read', evidence: 'continue-learning' });
  });

  it('is empty without a section', () => {
    expect(readSeeAlso(page, undefined, 'crm.contact.get', notes)).toEqual([]);
  });
});
