/** rows.ts: the type a literal in an Example column shows. */
import { describe, expect, it } from 'vitest';
import { literalType } from '../../../../generator/sources/yfm/extract/rows.ts';

describe('literalType', () => {
  it.each([
    ['13', { kind: 'scalar', name: 'integer' }],
    ['`-7`', { kind: 'scalar', name: 'integer' }],
    ['1.5', { kind: 'scalar', name: 'number' }],
    ['TRUE', { kind: 'scalar', name: 'boolean' }],
    ["'N'", { kind: 'scalar', name: 'string', format: 'yn' }],
    ['"hello"', { kind: 'scalar', name: 'string' }],
    ['Array(1, 2)', { kind: 'array', items: { kind: 'scalar', name: 'any' } }],
    ['[1, 2]', { kind: 'array', items: { kind: 'scalar', name: 'any' } }],
    ['{"a": 1}', { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } }],
    ['some words', null],
    ['', null],
  ])('%j → %j', (raw, want) => {
    expect(literalType(raw)).toEqual(want);
  });
});
