/** deprecation.ts: the DEPRECATED note and its successor method. */
import { describe, expect, it } from 'vitest';
import { readDeprecation, successorIn } from '../../../generator/sources/scraped/deprecation.ts';
import { pageOf } from '../../support/scraped.ts';

describe('successorIn', () => {
  it.each([
    ['The method is deprecated. Please use crm.item.get.', 'crm.item.get'],
    ['It has been replaced by the new method crm.item.list', 'crm.item.list'],
    ['Instead, use tasks.task.update', 'tasks.task.update'],
    // No "use": the only method named is the successor.
    ['See crm.item.add for the universal method.', 'crm.item.add'],
    ['Compare crm.item.add with crm.item.update.', null],
    ['This method is no longer supported.', null],
  ])('%j → %j', (note, want) => {
    expect(successorIn(note)).toBe(want);
  });
});

describe('readDeprecation', () => {
  it('reads the note after a DEPRECATED line and skips blank lines to its body', () => {
    const { page, notes } = pageOf('Get Deal crm.deal.get', 'DEPRECATED', '', 'Please use crm.item.get.', 'Method Parameters');
    expect(readDeprecation(page, 2, 5, 'Get Deal crm.deal.get', 1, notes)).toEqual({
      deprecated: { successor: 'crm.item.get', note: 'Please use crm.item.get.', source: { file: 'p.txt', line: 2, how: 'read', evidence: 'deprecated-note' } },
      lines: [2, 4],
    });
    expect(notes.warnings).toEqual([]);
  });

  it('warns when the note names no successor', () => {
    const { page, notes } = pageOf('Get X x.y.get', 'Deprecated:', 'Do not use it.');
    expect(readDeprecation(page, 2, 4, 'Get X x.y.get', 1, notes).deprecated).toMatchObject({ successor: null, note: 'Do not use it.' });
    expect(notes.warnings.map((w) => [w.code, w.line])).toEqual([['deprecated-no-successor', 2]]);
  });

  it('reads a deprecation said in the title, and nothing from a page without one', () => {
    const { page, notes } = pageOf('Get X (deprecated) x.y.get', 'Some intro.');
    expect(readDeprecation(page, 2, 3, 'Get X (deprecated) x.y.get', 1, notes)).toEqual({
      deprecated: { successor: null, note: 'Get X (deprecated) x.y.get', source: { file: 'p.txt', line: 1, how: 'read', evidence: 'title' } },
      lines: [],
    });
    expect(readDeprecation(page, 2, 3, 'Get X x.y.get', 1, notes)).toEqual({ deprecated: false, lines: [] });
  });
});

describe('readDeprecation: the wordings of other render dates', () => {
  // Lines as the scrape flattens `{% note warning "<title>" %}<body>{% endnote %}`; titles and bodies are the
  // corpus history's (crm.company.add, crm.company.delete, crm.product.delete, crm.enum.activitystatus).
  it.each([
    ['Method Development Stopped', 'The method crm.company.add continues to function, but there is a more relevant alternative crm.item.add.', 'crm.item.add'],
    [
      'Method Development Halted',
      'The method crm.company.delete is still operational, but there is a more relevant alternative crm.item.delete.',
      'crm.item.delete',
    ],
    [
      'Method development has been halted',
      'The method crm.company.list continues to function, but there is a more current equivalent crm.item.list.',
      'crm.item.list',
    ],
    ['Method development halted', 'The method crm.deal.get continues to function, but there is a more relevant alternative: crm.item.get.', 'crm.item.get'],
    ['Method development has been discontinued', 'The method crm.lead.fields continues to work, but use crm.item.fields.', 'crm.item.fields'],
    [
      'Development of the method has been halted since version tasks 25.700.0',
      'The method task.item.add continues to function, but there is a more relevant alternative tasks.task.add.',
      'tasks.task.add',
    ],
    // A family of methods names no one successor.
    ['Method Development Stopped', 'The method crm.product.delete is still operational, but there are more relevant alternatives catalog.product.*.', null],
  ])('%s / %s → %j', (title, body, successor) => {
    const { page, notes } = pageOf('Create Company crm.company.add', 'Scope: crm', title, body, 'The method adds a company.', 'Method Parameters');
    expect(readDeprecation(page, 2, 6, 'Create Company crm.company.add', 1, notes)).toEqual({
      deprecated: { successor, note: body, source: { file: 'p.txt', line: 3, how: 'read', evidence: 'deprecated-note' } },
      lines: [3, 4],
    });
  });

  it('reads a body sentence whose title the render dropped', () => {
    const body = 'The method crm.company.add continues to function, but there is a more relevant alternative crm.item.add.';
    const { page, notes } = pageOf('Create Company crm.company.add', body, 'Method Parameters');
    expect(readDeprecation(page, 2, 3, 'Create Company crm.company.add', 1, notes).deprecated).toEqual({
      successor: 'crm.item.add',
      note: body,
      source: { file: 'p.txt', line: 2, how: 'read', evidence: 'deprecation-prose' },
    });
  });

  it('reads a section note on a family of methods, which names no one successor', () => {
    // crm.deal.* pages, a note with an empty title.
    const body =
      'Development of the crm.deal.* methods has been discontinued. For new development, use the universal methods crm.item.* with entityTypeId = 2.';
    const { page, notes } = pageOf('Get Deal crm.deal.get', body, 'Method Parameters');
    expect(readDeprecation(page, 2, 3, 'Get Deal crm.deal.get', 1, notes).deprecated).toMatchObject({ successor: null, note: body });
  });

  it('does not take an ordinary intro or a note of another kind for deprecation', () => {
    const { page, notes } = pageOf(
      'Get Deal crm.deal.get',
      'Method Feature',
      'Some incorrect values may not lead to a 400 error.',
      'The method crm.deal.get returns a deal.',
    );
    expect(readDeprecation(page, 2, 5, 'Get Deal crm.deal.get', 1, notes)).toEqual({ deprecated: false, lines: [] });
  });
});
