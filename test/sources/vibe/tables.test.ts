/** tables.ts: Vibe tables in pipe and plain form, columns known by their header words. */
import { describe, expect, it } from 'vitest';
import { cellOf, hasRoles, isIncompleteRow, matchPlainHeader, readTables, rolesFor } from '../../../generator/sources/vibe/tables.ts';
import { linesOf } from '../../support/vibe.ts';

describe('rolesFor', () => {
  it.each([
    [
      ['Parameter', 'Type', 'Required', 'Description'],
      ['name', 'type', 'required', 'description'],
    ],
    [
      ['Field', 'Bitrix24 Name', 'Type', 'RO'],
      ['name', 'bitrixName', 'type', 'readOnly'],
    ],
    [
      ['HTTP', 'Code', 'Description'],
      ['status', 'code', 'description'],
    ],
    // "Method" is the verb beside a Path column, and a name without one.
    [
      ['Method', 'Path', 'Description', 'Bitrix24 Method'],
      ['verb', 'path', 'description', 'bitrixMethod'],
    ],
    [
      ['Relation', 'Type'],
      ['relation', 'relType'],
    ],
  ])('%j → %j', (header, want) => {
    expect(rolesFor(header)).toEqual(want);
  });
});

describe('matchPlainHeader', () => {
  it.each([
    ['Parameter Type Required Description', ['Parameter', 'Type', 'Required', 'Description']],
    ['Method Path Description Bitrix24 Method', ['Method', 'Path', 'Description', 'Bitrix24 Method']],
    ['HTTP Code Description', ['HTTP', 'Code', 'Description']],
    // Header words only, but no column that anchors a table.
    ['Name Description', null],
    ['Parameter Type of the contact', null],
    ['Description', null],
  ])('%j → %j', (text, want) => {
    expect(matchPlainHeader(text)).toEqual(want);
  });
});

describe('readTables', () => {
  it('reads a plain table: one row per line under the header, the description taking the rest', () => {
    const [table, ...more] = readTables(linesOf('Parameter Type Required Description', 'id number yes Contact ID', 'include string no Related data to add'));
    expect(more).toEqual([]);
    expect(table).toMatchObject({ line: 1, style: 'plain', roles: ['name', 'type', 'required', 'description'] });
    expect(table!.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ['id', 'number', 'yes', 'Contact ID']],
      [3, ['include', 'string', 'no', 'Related data to add']],
    ]);
    expect(cellOf(table!, table!.rows[1]!, 'description')).toBe('Related data to add');
    expect(cellOf(table!, table!.rows[1]!, 'default')).toBe('');
    expect(hasRoles(table!, 'name', 'type')).toBe(true);
    expect(hasRoles(table!, 'status')).toBe(false);
  });

  it('reads a pipe table whose rows spill over several lines', () => {
    const [table] = readTables(linesOf('| Parameter | Type | Required | Description |', '|---|---|---|---|', '| id (path) |', 'number | yes | Contact ID |'));
    expect(table?.style).toBe('pipe');
    expect(table?.rows.map((r) => r.cells.slice(1))).toEqual([['number', 'yes', 'Contact ID']]);
    expect(table?.rows[0]?.cells[0]).toMatch(/^id\b/);
  });

  it('tells a row cut before its type', () => {
    const table = {
      line: 1,
      endLine: 2,
      style: 'plain' as const,
      header: ['Field', 'Type'],
      roles: rolesFor(['Field', 'Type']),
      rows: [{ line: 2, cells: ['storageId', ''] }],
    };
    expect(isIncompleteRow(table, table.rows[0]!)).toBe(true);
    expect(isIncompleteRow(table, { line: 3, cells: ['id', 'number'] })).toBe(false);
  });
});
