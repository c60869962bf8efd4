/** table.ts: header rows, cell labels and cell markdown of YFM tables. */
import { describe, expect, it } from 'vitest';
import { cellLabel, cellMd, rowLine, viewTable } from '../../../../generator/sources/yfm/extract/table.ts';
import { cellsOf } from '../../../../generator/sources/yfm/extract/md.ts';
import { tableOf } from '../../../support/yfm.ts';

const PARAMS = [
  '#|',
  '|| **Name**',
  '`type` | **Description** ||',
  '|| **id***',
  '[`integer`](x.md) | Deal **id** ||',
  '|| **UF_\\***',
  '`string` | Custom ||',
  '|#',
].join('\n');

describe('viewTable', () => {
  it('takes a first row of header words as the header, and the rest as data', () => {
    const view = viewTable(tableOf(PARAMS));
    expect(view.header).toEqual(['name', 'description']);
    expect(view.rows.map(rowLine)).toEqual([4, 6]);
    const [id, uf] = view.rows.map((r) => cellsOf(r).map(cellMd));
    expect(id).toEqual(['**id***\n[`integer`](x.md)', 'Deal **id**']);
    // An escaped star inside a bold name is part of the name, and stays escaped.
    expect(uf?.[0]).toBe('**UF_\\***\n`string`');
    expect(cellLabel(cellsOf(view.rows[0]!)[0])).toBe('id*');
  });

  it('has no header when the first row is data', () => {
    const view = viewTable(tableOf(['#|', '|| 1 | one ||', '|| 2 | two ||', '|#'].join('\n')));
    expect(view.header).toBeNull();
    expect(view.rows).toHaveLength(2);
  });
});
