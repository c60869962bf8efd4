/** type-line.ts: the type tokens of a cell's type line. */
import { describe, expect, it } from 'vitest';
import { parseTypeLine } from '../../../../generator/sources/yfm/extract/type-line.ts';
import { markdownCell as cell } from '../../../support/yfm.ts';

describe('type line', () => {
  const names = (s: string) => parseTypeLine(cell(s)).map((t) => `${t.name}${'[]'.repeat(t.arrayDepth)}`);
  it('reads a single linked type', () => expect(names('[`integer`](../data-types.md)')).toEqual(['integer']));
  it('reads every union spelling', () => {
    expect(names('[`integer`](L) \\| [`string`](L)')).toEqual(['integer', 'string']);
    expect(names('[`integer`](L)\\|[`string`](L)')).toEqual(['integer', 'string']);
    expect(names('[`a` \\| `b`](L)')).toEqual(['a', 'b']);
    expect(names('[`a`\\|`b`](L)')).toEqual(['a', 'b']);
    expect(names('[`string`](L) \\| `null`')).toEqual(['string', 'null']);
    expect(names('[```object|array```](L)')).toEqual(['object', 'array']);
    expect(names('[`object`](L) or `null`')).toEqual(['object', 'null']);
    expect(names('[`integer`](L) \\| [`string`](L) \\| [`array`](L) \\| [`null`](L)')).toEqual(['integer', 'string', 'array', 'null']);
  });
  it('stops at prose ("with value")', () => expect(names('[`string`](L) with value `Y/N`')).toEqual(['string']));
  it('reads arrays', () => {
    expect(names('[`crm_multifield[]`](../data-types.md)')).toEqual(['crm_multifield[]']);
    expect(names('`array<object>`')).toEqual(['object[]']);
  });
  it('keeps the link (page anchors resolve nested types)', () => {
    expect(parseTypeLine(cell('[`contact`](#contact)'))).toEqual([{ name: 'contact', arrayDepth: 0, link: '#contact' }]);
  });
});
