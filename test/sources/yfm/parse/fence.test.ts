/** fence.ts: opening and closing fences of code blocks, and fenced code in a parsed page. */
import { describe, expect, it } from 'vitest';
import { fenceCloses, fenceOpen } from '../../../../generator/sources/yfm/parse/fence.ts';
import type { Code } from 'mdast';
import { all, first, parse } from '../../../support/yfm-tree.ts';

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

describe('fenced code in a page', () => {
  it('builds fenced code without touching its content', () => {
    const { tree } = parse('```php\n$a = [1 | 2]; // **not bold** {% note %}\n```\n');
    const code = first<Code>(tree, 'code');
    expect([code.lang, code.value]).toEqual(['php', '$a = [1 | 2]; // **not bold** {% note %}']);
    expect(all(tree, 'yfmNote')).toHaveLength(0);
  });
});
