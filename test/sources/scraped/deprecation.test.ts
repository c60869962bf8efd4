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
