/** fence.ts: opening and closing fences of code blocks. */
import { describe, expect, it } from 'vitest';
import { fenceCloses, fenceOpen } from '../../../../generator/sources/yfm/parse/fence.ts';

describe('fenceOpen', () => {
  it.each([
    ['```', { char: '`', size: 3, indent: 0, lang: null, meta: null }],
    ['```json', { char: '`', size: 3, indent: 0, lang: 'json', meta: null }],
    ['    ~~~~ js title="x"', { char: '~', size: 4, indent: 4, lang: 'js', meta: 'title="x"' }],
    ['``', null],
    // A backtick fence's info string may not hold a backtick: this is inline code.
    ['```object|array```', null],
    ['text ```', null],
  ])('%j → %j', (line, want) => {
    expect(fenceOpen(line)).toEqual(want);
  });
});

describe('fenceCloses', () => {
  const open = fenceOpen('````php')!;
  it.each([
    ['````', true],
    ['  `````  ', true],
    ['```', false],
    ['~~~~', false],
    ['```` x', false],
  ])('%j closes a ````php fence: %s', (line, want) => {
    expect(fenceCloses(line, open)).toBe(want);
  });
});
