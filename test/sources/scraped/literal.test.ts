/** literal.ts: the tolerant reader of JSON, JS object literals and PHP arrays in examples. */
import { describe, expect, it } from 'vitest';
import { findEntry, parseLiteral, toPlain } from '../../../generator/sources/scraped/literal.ts';

describe('parseLiteral → toPlain', () => {
  it.each([
    ['JSON', '{"ID": 23, "NAME": "Ann", "OK": true, "X": null}', { ID: 23, NAME: 'Ann', OK: true, X: null }, true],
    [
      'a JS object with bare keys, single quotes and a trailing comma',
      "{ id: 1, name: 'Ann', tags: ['a', 'b'], }",
      { id: 1, name: 'Ann', tags: ['a', 'b'] },
      true,
    ],
    ['a PHP array', "['ID' => 23, 'FIELDS' => ['NAME' => 'Ann']]", { ID: 23, FIELDS: { NAME: 'Ann' } }, true],
    ['an expression value, which has no plain value', '{ at: new Date(), n: 2 }', { at: undefined, n: 2 }, true],
    ['a literal cut by the end of the text', '{"a": 1, "b": [1, 2', { a: 1, b: [1, 2] }, false],
  ])('%s', (_name, text, plain, complete) => {
    const r = parseLiteral(text, 0);
    expect(r && toPlain(r.node)).toEqual(plain);
    expect(r?.complete).toBe(complete);
  });

  it('starts after leading whitespace, ends just past the literal, and finds nothing in empty text', () => {
    const r = parseLiteral('  [1] tail', 0);
    expect(r?.node).toMatchObject({ kind: 'array', offset: 2 });
    expect(r?.end).toBe(5);
    expect(parseLiteral('   ', 0)).toBeNull();
  });

  it('never overflows on deep nesting', () => {
    const r = parseLiteral('['.repeat(10_000), 0);
    expect(r?.complete ?? false).toBe(false);
  });
});

describe('findEntry', () => {
  const node = parseLiteral('{"ID": 1, "name": 2}', 0)!.node;
  it.each([
    ['ID', 1],
    ['id', 1],
    ['NAME', 2],
    ['other', undefined],
  ])('%s → %j', (key, want) => {
    const e = findEntry(node, key);
    expect(e ? toPlain(e.value) : undefined).toBe(want);
  });
});
