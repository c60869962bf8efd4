/** errors.ts: error tables — column roles, code placeholders, v3 error-code paragraphs. */
import { describe, expect, it } from 'vitest';
import { errorColumnRoles, normalizeCode, readErrors, statedStatuses } from '../../../../generator/sources/yfm/extract/errors.ts';
import type { AnyNode } from '../../../../generator/sources/yfm/extract/nodes.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';

describe('error column roles', () => {
  it('assigns roles per header layout (§6)', () => {
    expect(errorColumnRoles(['code', 'description', 'value'])).toEqual(['code', 'message', 'description']);
    expect(errorColumnRoles(['code', 'description'])).toEqual(['code', 'description']);
    expect(errorColumnRoles(['field', 'error description', 'how to fix'])).toEqual(['field', 'message', 'description']);
    expect(errorColumnRoles(['status', 'code', 'description', 'value'])).toEqual(['status', 'code', 'message', 'description']);
    expect(errorColumnRoles(['code', 'error message', 'description'])).toEqual(['code', 'message', 'description']);
    expect(errorColumnRoles(['code', 'description', 'status'])).toEqual(['code', 'description', 'status']);
    expect(errorColumnRoles(['description', 'value'])).toEqual(['message', 'description']);
    expect(errorColumnRoles(['error text', 'description'])).toEqual(['message', 'description']);
  });
  it('normalizes placeholders and misplaced HTTP statuses', () => {
    for (const p of ['0', 'Empty value', 'Empty string', '-', '—', '']) expect(normalizeCode(p)).toEqual({ code: null, status: null });
    expect(normalizeCode('403')).toEqual({ code: null, status: 403 });
    expect(normalizeCode('`ACCESS_DENIED`')).toEqual({ code: 'ACCESS_DENIED', status: null });
    expect(normalizeCode('100')).toEqual({ code: '100', status: null });
    // humanresources-hcmlink-company-delete.md: `510` is the method's code (its example answers "error": 510), not an HTTP status.
    expect(normalizeCode('`510`')).toEqual({ code: '510', status: null });
  });

  it('reads each code of a cell that lists several (sale-basket-properties-add.md)', () => {
    const r = readErrors([table(row('**Code**', '**Description**'), row('`200240400001`, `200240400002`', 'Basket item (position) not found'))], 'p.md');
    expect(r.errors.map((e) => [e.code, e.description])).toEqual([
      ['200240400001', 'Basket item (position) not found'],
      ['200240400002', 'Basket item (position) not found'],
    ]);
  });
});

const cellOf = (s: string) => ({ type: 'yfmCell', children: md(s) });
const row = (...cells: string[]) => ({ type: 'yfmRow', children: cells.map(cellOf) });
const table = (...rows: ReturnType<typeof row>[]) => ({ type: 'yfmTable', children: rows }) as unknown as AnyNode;

describe('errors from a hand-built table', () => {
  it('reads codes, placeholders and v3 error-code paragraphs', () => {
    const nodes: AnyNode[] = [
      table(
        row('**Code**', '**Description**', '**Value**'),
        row('`ACCESS_DENIED`', 'Access denied', 'No rights'),
        row('`0`', '`ID is not defined`', 'No id'),
        row('`400`', '`ERROR_NOT_FOUND`', 'Missing'),
      ),
      ...md('Error Code: `BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION`'),
      table(row('**Field**', '**Error Description**', '**How to Fix**'), row('`title`', 'Required field `#FIELD#` is missing', 'Add it')),
      {
        type: 'yfmInclude',
        target: '../_includes/system-errors.md',
        resolvedPath: '_includes/system-errors.md',
        notitle: false,
        children: [],
      } as unknown as AnyNode,
    ];
    const r = readErrors(nodes, 'p.md');
    expect(r.systemErrors).toBe(true);
    expect(r.errors.map((e) => [e.code, e.status, e.message])).toEqual([
      ['ACCESS_DENIED', null, 'Access denied'],
      [null, null, 'ID is not defined'],
      [null, 400, 'ERROR_NOT_FOUND'],
      ['BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION', null, 'Required field `#FIELD#` is missing'],
    ]);
    expect(r.errors[1]?.id).toBe('error:msg:id-is-not-defined');
  });
});

describe('HTTP status stated in prose', () => {
  it.each([
    ['HTTP status: **400**', [400]],
    ['HTTP Status: **400**, **403**', [400, 403]],
    ['HTTP status: 404', [404]],
    // catalog-document-element-add.md and 45 other pages write "HTTP Code:".
    ['HTTP Code: **400**', [400]],
    ['HTTP statuses: **400**, **403**', [400, 403]],
    ['HTTP status: **40x**, **50x**', []],
    ['The status is 400', []],
  ])('%s → %j', (text, want) => expect(statedStatuses(text)).toEqual(want));

  // As catalog-catalog-is-offers.md writes it: one status above the error example, a table without a Status column.
  const codes = table(row('**Code**', '**Description**'), row('`100`', 'Parameter `id` not specified'), row('`0`', 'Other errors'));

  it('gives no table error a status when the section states two (humanresources-hcmlink-company-delete.md: "HTTP status: **200**, **403**")', () => {
    const r = readErrors([...md('HTTP status: **200**, **403**'), codes], 'p.md');
    expect(r.errors.map((e) => [e.code, e.status])).toEqual([
      ['100', null],
      [null, null],
    ]);
  });

  it('gives every table error the one status the section states, citing its line', () => {
    const r = readErrors([...md('HTTP status: **400**'), codes], 'p.md');
    expect(r.errors.map((e) => [e.code, e.status])).toEqual([
      ['100', 400],
      [null, 400],
    ]);
    expect([...r.statusLines.keys()]).toEqual(['error:100', 'error:msg:other-errors']);
  });

  it('leaves statuses unknown when the section states two (tasks-task-result-list-rest-v3.md: 400 and 403)', () => {
    const r = readErrors([...md('HTTP status: **400**'), codes, ...md('HTTP status: **403**')], 'p.md');
    expect(r.errors.map((e) => e.status)).toEqual([null, null]);
    expect(r.statusLines.size).toBe(0);
  });

  it('ignores a success status and reads "Error code:" written with a lower-case c', () => {
    const nodes = [
      ...md('HTTP status: **200**'),
      ...md('Error code: `BITRIX_REST_V3_EXCEPTION_INVALIDFILTEREXCEPTION`'),
      table(row('**Field**', '**Error Description**', '**How to Fix**'), row('`filter`', 'Unable to recognize the filter expression', 'Pass an array')),
    ];
    const r = readErrors(nodes, 'p.md');
    expect(r.errors.map((e) => [e.code, e.status])).toEqual([['BITRIX_REST_V3_EXCEPTION_INVALIDFILTEREXCEPTION', null]]);
  });
});

describe('codes only an error example shows', () => {
  // crm.activity.type.delete: the example's NOT_FOUND is in no table; the table lists four other codes.
  const page = ['HTTP status: **400**', '', '```json', '{', '    "error": "NOT_FOUND",', '    "error_description": "Not found."', '}', '```', ''].join('\n');

  it('crm.activity.type.delete: NOT_FOUND becomes an error read from the example, with the status stated above it', () => {
    const r = readErrors([...md(page), table(row('**Code**', '**Description**'), row('`ACCESS_DENIED`', 'Insufficient permissions'))], 'p.md');
    const nf = r.errors.find((e) => e.code === 'NOT_FOUND');
    expect(nf).toMatchObject({ id: 'error:NOT_FOUND', status: 400, message: 'Not found.', source: { how: 'read', evidence: 'error-example', line: 3 } });
    expect(r.statusLines.get('error:NOT_FOUND')).toBe(1);
    expect(r.errors.map((e) => e.code).sort()).toEqual(['ACCESS_DENIED', 'NOT_FOUND']);
  });

  it('gives no status when the page states none, and adds nothing the table already has', () => {
    const bare = readErrors(md(page.replace('HTTP status: **400**', 'An example:')), 'p.md');
    expect(bare.errors).toMatchObject([{ code: 'NOT_FOUND', status: null }]);
    const listed = readErrors([...md(page), table(row('**Code**', '**Description**'), row('`NOT_FOUND`', 'Not found'))], 'p.md');
    expect(listed.errors).toMatchObject([{ code: 'NOT_FOUND', source: { evidence: 'table' } }]);
  });

  // biconnector.connector.list, as the page writes it: "HTTP status: **200**" above the error example, then a
  // table without a Status column.
  const bi = [
    'HTTP status: **200**',
    '',
    '```json',
    '{',
    '    "error": "VALIDATION_SELECT_TYPE",',
    '    "error_description": "Parameter \\"select\\" must be array."',
    '}',
    '```',
    '',
  ].join('\n');
  const biTable = table(
    row('**Code**', '**Description**', '**Value**'),
    row('`VALIDATION_SELECT_TYPE`', 'Parameter "select" must be array.', 'The `select` parameter must be an array'),
    row('`VALIDATION_FILTER_TYPE`', 'Parameter "filter" must be array.', 'The `filter` parameter must be an array'),
  );

  it("biconnector.connector.list: the status stated above an error example is that code's, even a 200; the rest of the table is not told", () => {
    const r = readErrors([...md(bi), biTable], 'p.md');
    expect(r.errors.map((e) => [e.code, e.status])).toEqual([
      ['VALIDATION_SELECT_TYPE', 200],
      ['VALIDATION_FILTER_TYPE', null],
    ]);
    expect([...r.statusLines]).toEqual([['error:VALIDATION_SELECT_TYPE', 1]]);
  });

  it("an error status above the example is that code's too when the section states another one elsewhere", () => {
    const r = readErrors([...md(bi.replace('**200**', '**400**')), biTable, ...md('HTTP status: **403**')], 'p.md');
    expect(r.errors.map((e) => [e.code, e.status])).toEqual([
      ['VALIDATION_SELECT_TYPE', 400],
      ['VALIDATION_FILTER_TYPE', null],
    ]);
  });

  it('takes no placeholder, sentence or system code for a code', () => {
    const ex = (error: string) => readErrors(md(['```json', `{"error": ${error}, "error_description": "x"}`, '```'].join('\n')), 'p.md').errors;
    // task.commentitem.add writes "ERROR_CODE" where its table says ERROR_CORE; crm.status.get writes a sentence.
    for (const e of ['"ERROR_CODE"', '"0"', '0', '400', '""', '"Status is not found."']) expect(ex(e)).toEqual([]);
    // im.counters.get: "The method has no error codes of its own — only system REST API errors are possible."
    const system = readErrors(
      [
        ...md('```json\n{"error": "INVALID_CREDENTIALS"}\n```'),
        {
          type: 'yfmInclude',
          target: '../_includes/system-errors.md',
          resolvedPath: '_includes/system-errors.md',
          notitle: false,
          children: [],
        } as unknown as AnyNode,
      ],
      'p.md',
    );
    expect(system.errors).toEqual([]);
  });
});
