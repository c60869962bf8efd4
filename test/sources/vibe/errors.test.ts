/** errors.ts: errors from tables, "<status> <CODE>" prose and error-response examples, merged by id. */
import { describe, expect, it } from 'vitest';
import { errorFromExample, errorsFromProse, errorsFromTable, isErrorTable, mergeErrors, sortErrors } from '../../../generator/sources/vibe/errors.ts';
import { readTables } from '../../../generator/sources/vibe/tables.ts';
import { contextOf, linesOf } from '../../support/vibe.ts';

describe('errorsFromTable', () => {
  it('reads code, status and description per row, and warns about a row with no status', () => {
    const rows = ['| HTTP | Code | Description |', '|---|---|---|', '| 404 | ENTITY_NOT_FOUND | Contact not found |', '| | TOKEN_MISSING | No key sent |'];
    // Prose after the table: a page ending on a row without status would be a cut page, and its last row dropped.
    const ctx = contextOf(`${rows.join('\n')}\n\nSee the errors guide.`);
    const [table] = readTables(linesOf(...rows));
    expect(isErrorTable(table!)).toBe(true);
    expect(errorsFromTable(ctx, table!).map((e) => [e.id, e.code, e.status, e.description, e.source.line])).toEqual([
      ['error:ENTITY_NOT_FOUND', 'ENTITY_NOT_FOUND', 404, 'Contact not found', 3],
      ['error:TOKEN_MISSING', 'TOKEN_MISSING', null, 'No key sent', 4],
    ]);
    expect(ctx.warnings.map((w) => [w.code, w.line])).toEqual([['incomplete-row', 4]]);
  });
});

describe('errorsFromProse', () => {
  it.each([
    ['The call returns 400 INVALID_MULTIFIELD_SHAPE when a phone is malformed.', [['INVALID_MULTIFIELD_SHAPE', 400]]],
    [
      'Too many calls (429 RATE_LIMITED) or 401 TOKEN_MISSING',
      [
        ['RATE_LIMITED', 429],
        ['TOKEN_MISSING', 401],
      ],
    ],
    // A code needs an underscore: "404 NOTFOUND" or a plain number is not an error mention.
    ['returns 404 NOTFOUND', []],
    ['limit is 500 items', []],
  ])('%j', (text, want) => {
    expect(errorsFromProse(contextOf(text), linesOf(text)).map((e) => [e.code, e.status])).toEqual(want);
  });
});

describe('errorFromExample', () => {
  it('reads {error: {code, message}} with the status said beside the example', () => {
    const ctx = contextOf('x');
    expect(errorFromExample(ctx, { success: false, error: { code: 'ENTITY_NOT_FOUND', message: 'Item not found' } }, 404, 7)).toEqual({
      id: 'error:ENTITY_NOT_FOUND',
      code: 'ENTITY_NOT_FOUND',
      status: 404,
      message: 'Item not found',
      source: { file: 'p.txt', line: 7, how: 'read', evidence: 'error-example' },
    });
    expect(errorFromExample(ctx, { success: true, data: {} }, 200, 7)).toBeNull();
    expect(errorFromExample(ctx, { error: { code: 'oops' } }, undefined, 7)).toBeNull();
  });
});

describe('mergeErrors and sortErrors', () => {
  const e = (code: string, status: number | null, message: string | null, line: number) => ({
    id: `error:${code}`,
    code,
    status,
    message,
    source: { file: 'p.txt', line, how: 'read' as const },
  });
  it('keeps the first mention of each id and fills its missing status and message from later ones', () => {
    const merged = mergeErrors([e('B_ERR', null, null, 1), e('A_ERR', 403, null, 2)], [e('B_ERR', 404, 'Gone', 9)]);
    expect(merged.map((x) => [x.code, x.status, x.message, x.source.line])).toEqual([
      ['B_ERR', 404, 'Gone', 1],
      ['A_ERR', 403, null, 2],
    ]);
    expect(sortErrors(merged).map((x) => x.code)).toEqual(['A_ERR', 'B_ERR']);
  });
});
