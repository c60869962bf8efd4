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

  it('reads the Revision column of older pages as a header word', () => {
    // corpus/history/b24restdocs-2026-02-04/api-reference/chats/chat-update/im-chat-update-avatar.md:27-32
    const old = [
      '#|',
      '|| **Parameter** | **Example** | **Description** | **Revision** ||',
      '|| **CHAT_ID^*^**',
      '[`unknown`](x.md) | `13` | Chat identifier | 18 ||',
      '|#',
    ];
    const view = viewTable(tableOf(old.join('\n')));
    expect(view.header).toEqual(['parameter', 'example', 'description', 'revision']);
    expect(view.rows).toHaveLength(1);
  });

  it('reads two header words sharing a cell as a header', () => {
    // corpus/history/b24restdocs-2026-02-04/api-reference/crm/quote/crm-quote-add.md:42-45
    const old = ['#|', '||  **Parameter** / **Type**| **Description** ||', '|| **fields**', '[`unknown`](x.md) | Set of fields ||', '|#'];
    const view = viewTable(tableOf(old.join('\n')));
    expect(view.header).toEqual(['parameter / type', 'description']);
    expect(view.rows).toHaveLength(1);
  });

  it('has no header when the first row is data', () => {
    const view = viewTable(tableOf(['#|', '|| 1 | one ||', '|| 2 | two ||', '|#'].join('\n')));
    expect(view.header).toBeNull();
    expect(view.rows).toHaveLength(2);
  });
});
