/** inline.ts, through parseYfm: YFM's inline rules — {#T} links, placeholders, attribute blocks. */
import { describe, expect, it } from 'vitest';
import type { Link, Paragraph } from 'mdast';
import type { YfmTable } from '../../../../generator/sources/yfm/parse/index.ts';
import { all, cellsMd, first, md, parse, rows, type AnyNode } from '../../../support/yfm-tree.ts';

describe('YFM inline rules', () => {
  it('turns [{#T}](path) into a text-less link with data.titleFromTarget', () => {
    const { tree } = parse('## Continue Learning\n\n- [{#T}](./crm-contact-add.md)\n');
    const link = first<Link>(tree, 'link');
    expect(link.url).toBe('./crm-contact-add.md');
    expect(link.children).toEqual([]);
    expect(link.data?.titleFromTarget).toBe(true);
  });

  it('keeps <selector>-style placeholders as text', () => {
    const { tree } = parse('#|\n|| **<selector>**\n[`object`](x.md) | The key ||\n|#\n\nUse <key> here, <br> stays HTML.\n');
    expect(cellsMd(rows(first<YfmTable>(tree, 'yfmTable'))[0]!)[0]).toBe('**<selector>**\n[`object`](x.md)');
    expect(all<AnyNode>(tree, 'html').map((h) => h.value)).toEqual(['<br>']);
  });

  it('strips {.b24-info} attribute blocks', () => {
    const { tree } = parse('Data is transmitted as a POST request {.b24-info}\n');
    const p = first<Paragraph>(tree, 'paragraph');
    expect(md(p)).toBe('Data is transmitted as a POST request');
    expect(p.data?.classes).toEqual(['b24-info']);
  });
});
