/** memo.ts, through parseYfm: memoised cells give the same trees and their own positions. */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import type { YfmCell } from '../../../../generator/sources/yfm/parse/index.ts';
import { all, first, md, parse } from '../../../support/yfm-tree.ts';

describe('memoised parsing is invisible', () => {
  it('gives identical trees on repeated parses and correct positions for repeated cells', () => {
    const row = '|| **id***\n[`integer`](../data-types.md) | Identifier ||\n';
    const text = `#|\n${row}${row}|#\n\nText\n\n#|\n${row}|#\n`;
    const a = parse(text).tree;
    const b = parse(text).tree;
    expect(b).toEqual(a);
    const cells = all<YfmCell>(a, 'yfmCell').filter((c) => md(c).startsWith('**id**'));
    expect(cells.map((c) => first<Paragraph>(c, 'paragraph').position?.start.line)).toEqual([2, 4, 11]);
  });
});
