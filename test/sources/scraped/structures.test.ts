/** structures.ts: Name/Description tables that document the fields of a structure. */
import { describe, expect, it } from 'vitest';
import { classifyCaption, docFieldsOf, parseNameCell } from '../../../generator/sources/scraped/structures.ts';
import type { FlatTable } from '../../../generator/sources/scraped/tables.ts';
import { createNotes } from '../../../generator/sources/scraped/notes.ts';

describe('classifyCaption', () => {
  it.each([
    ['Type lead', { kind: 'name', name: 'lead' }],
    ['contact', { kind: 'name', name: 'contact' }],
    ['Structure of the `deal` object:', { kind: 'name', name: 'deal' }],
    ['Fields', { kind: 'pseudo', deprecated: false }],
    ['Deprecated Fields', { kind: 'pseudo', deprecated: true }],
    ['Fields for external data source connections', { kind: 'pseudo', deprecated: false }],
    [undefined, { kind: 'none' }],
  ])('%j → %j', (caption, want) => {
    expect(classifyCaption(caption)).toEqual(want);
  });
});

describe('parseNameCell', () => {
  it.each([
    ['id*', { name: 'id', marker: 'required' }],
    ['weight**', { name: 'weight', marker: 'footnote' }],
    ['CHAT_ID^*^', { name: 'CHAT_ID', marker: 'required' }],
    ['`NAME`', { name: 'NAME', marker: 'none' }],
    ['UF_*', { name: 'UF_*', marker: 'none' }],
  ])('%j → %j', (cell, want) => {
    expect(parseNameCell(cell)).toEqual(want);
  });
});

describe('docFieldsOf', () => {
  const row = (line: number, name: string, desc: string) => ({
    line,
    complete: true,
    cells: [
      { text: name, line: line + 1 },
      { text: desc, line: line + 2 },
    ],
  });
  const table: FlatTable = {
    header: ['Name', 'Description'],
    start: 1,
    end: 25,
    before: [],
    rows: [
      row(4, 'ID', 'Identifier'),
      row(7, 'NAME*', 'Deprecated. Use TITLE'),
      row(10, 'TITLE', 'Title'),
      row(13, 'PHONE', 'Phone'),
      row(16, 'UF_*', 'Custom fields'),
      // A capitalised word with no description among UPPER_CASE names is a description whose name was lost.
      row(19, 'Messenger', ''),
      row(22, 'The value is returned as a string.', ''),
    ],
  };

  it('reads names, markers and descriptions, marks custom and deprecated rows, and skips rows that lost their name', () => {
    const notes = createNotes('p.txt');
    expect(docFieldsOf(table, { deprecated: false }, notes)).toEqual([
      { name: 'ID', description: 'Identifier', line: 5, deprecated: false, marker: 'none', custom: false },
      { name: 'NAME', description: 'Deprecated. Use TITLE', line: 8, deprecated: true, marker: 'required', custom: false },
      { name: 'TITLE', description: 'Title', line: 11, deprecated: false, marker: 'none', custom: false },
      { name: 'PHONE', description: 'Phone', line: 14, deprecated: false, marker: 'none', custom: false },
      { name: 'UF_*', description: 'Custom fields', line: 17, deprecated: false, marker: 'none', custom: true },
    ]);
    expect(notes.warnings.map((w) => [w.code, w.line])).toEqual([
      ['lost-row-name', 19],
      ['lost-row-name', 22],
    ]);
  });
});
