/** tables.ts: flattened `|` tables read back into rows of cells. */
import { describe, expect, it } from 'vitest';
import { captionOf, columnIndex, linesAfter, readTables } from '../../../generator/sources/scraped/tables.ts';
import { pageOf } from '../../support/scraped.ts';

const TABLE = ['Parameter fields', '|', 'Name |', 'Description |', '|', 'NAME* |', 'First name |', '|', 'PHONE |', 'Phone |', 'Trailing prose.'];

describe('readTables', () => {
  it('reads the header, one row per `|` line and the caption before the table', () => {
    const { page, notes } = pageOf('Title', ...TABLE);
    const [table, ...more] = readTables(page, 2, 13, notes);
    expect(more).toEqual([]);
    expect(table?.header).toEqual(['Name', 'Description']);
    expect(table?.rows.map((r) => [r.line, r.complete, r.cells.map((c) => c.text)])).toEqual([
      [6, true, ['NAME*', 'First name']],
      [9, true, ['PHONE', 'Phone']],
    ]);
    expect(captionOf(table!)).toEqual({ text: 'Parameter fields', line: 2 });
    expect(columnIndex(table!, /^description$/i)).toBe(1);
    expect(columnIndex(table!, /^type$/i)).toBe(-1);
    expect(linesAfter(page, [table!], 2, 13)).toEqual([{ text: 'Trailing prose.', line: 12 }]);
  });

  it('marks a row cut by the end of the range as incomplete', () => {
    const { page, notes } = pageOf('Title', '|', 'Name |', 'Description |', '|', 'NAME |');
    const [table] = readTables(page, 2, 7, notes);
    expect(table?.rows.map((r) => [r.complete, r.cells.map((c) => c.text)])).toEqual([[false, ['NAME']]]);
  });

  it('finds no table in prose', () => {
    const { page, notes } = pageOf('Title', 'Just text.', 'More text.');
    expect(readTables(page, 1, 4, notes)).toEqual([]);
  });
});
