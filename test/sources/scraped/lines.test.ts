/** lines.ts: a page as numbered lines with offsets. */
import { describe, expect, it } from 'vitest';
import { lineOf, lineText, offsetOf, sliceLines, toPageText } from '../../../generator/sources/scraped/lines.ts';

describe('toPageText', () => {
  it.each([
    ['LF', 'ab\ncd', ['ab', 'cd'], [0, 3]],
    ['CRLF and a lone CR count as one break each', 'ab\r\ncd\ref', ['ab', 'cd', 'ef'], [0, 3, 6]],
    ['a BOM is dropped', '\uFEFFab\ncd', ['ab', 'cd'], [0, 3]],
    ['a trailing break leaves an empty last line', 'ab\n', ['ab', ''], [0, 3]],
  ])('%s', (_name, raw, lines, starts) => {
    expect(toPageText(raw)).toMatchObject({ lines, starts });
  });
});

describe('line lookups', () => {
  const page = toPageText('  title  \nsecond\nthird');

  it.each([
    [1, 'title'],
    [2, 'second'],
    [0, ''],
    [4, ''],
  ])('lineText(%i) is %j', (n, want) => {
    expect(lineText(page, n)).toBe(want);
  });

  it.each([
    [0, 1],
    [9, 1], // the line break belongs to its line
    [10, 2],
    [17, 3],
    [99, 3],
  ])('offset %i is on line %i', (offset, want) => {
    expect(lineOf(page, offset)).toBe(want);
  });

  it('gives the offset of a line, and the text length past the end', () => {
    expect(offsetOf(page, 2)).toBe(10);
    expect(offsetOf(page, 9)).toBe(page.text.length);
  });

  it('slices lines [from, to) with the offset of the first', () => {
    expect(sliceLines(page, 2, 3)).toEqual({ text: 'second\n', offset: 10 });
    expect(sliceLines(page, 2, 99)).toEqual({ text: 'second\nthird', offset: 10 });
  });
});
