/** tabs.ts, through parseYfm: {% list tabs %} split into labelled tabs. */
import { describe, expect, it } from 'vitest';
import type { Code } from 'mdast';
import type { YfmTab, YfmTable, YfmTabs } from '../../../../generator/sources/yfm/parse/index.ts';
import { cellsMd, first, fixture, lineOf, parse, rows, type AnyNode } from '../../../support/yfm-tree.ts';

describe('YFM tabs', () => {
  it('splits {% list tabs %} into labelled tabs with indented tables and code', () => {
    const text = fixture('tabs.md');
    const { tree } = parse(text, 'tabs.md');
    const tabs = first<YfmTabs>(tree, 'yfmTabs');
    expect(tabs.children.map((t: YfmTab) => t.label)).toEqual(['Lead', 'Deal']);
    const [lead, deal] = tabs.children;
    expect(lead!.children.map((c) => c.type)).toEqual(['yfmTable']);
    expect(deal!.children.map((c) => c.type)).toEqual(['paragraph', 'yfmTable', 'code']);
    expect(rows(first<YfmTable>(lead, 'yfmTable')).map(cellsMd)[1]).toEqual(['**title**\n[`string`](../data-types.md)', 'Title']);
    expect(first<YfmTable>(deal, 'yfmTable').position?.start.line).toBe(
      text.split('\n').findIndex((l, i) => l.trim() === '#|' && i > lineOf(text, 'Deal fields')) + 1,
    );
    expect((deal!.children[2] as Code).value).toBe('{"a": 1}');
  });

  it('keeps directives inside ordinary list items', () => {
    const { tree } = parse(
      '1. Creating a deal\n\n    {% list tabs %}\n\n    - cURL\n\n        Text in the tab\n\n        ```bash\n        curl x\n        ```\n\n    {% endlist %}\n\n2. Second\n',
    );
    const list = first<AnyNode>(tree, 'list') as { children: AnyNode[] };
    expect(list.children).toHaveLength(2);
    const tabs = first<YfmTabs>(list.children[0], 'yfmTabs');
    expect(tabs.children[0]!.children.map((c) => c.type)).toEqual(['paragraph', 'code']);
    expect((tabs.children[0]!.children[1] as Code).value).toBe('curl x');
  });
});
