/** deprecation.ts: deprecation notes and titles, and the successor they name. */
import { describe, expect, it } from 'vitest';
import { readDeprecation } from '../../../../generator/sources/yfm/extract/deprecation.ts';
import type { AnyNode } from '../../../../generator/sources/yfm/extract/nodes.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';

describe('deprecation', () => {
  const note = (title: string | null, body: string) => ({ type: 'yfmNote', noteType: 'warning', title, children: md(body) }) as unknown as AnyNode;
  it.each([
    ['DEPRECATED', 'Development of this method has been halted. Please use [crm.item.get](../crm-item-get.md).', 'crm.item.get'],
    ['Deprecated method', 'Use [`tasks.task.list`](x.md) instead.', 'tasks.task.list'],
    ['Method Development Has Been Discontinued', 'Use the method `im.v2.Chat.get`.', 'im.v2.Chat.get'],
    ['DEPRECATED', 'This method is no longer developed.', null],
    [null, 'The development of this method has been discontinued. Use [catalog.product.add](x.md).', 'catalog.product.add'],
    ['', 'Method development stopped; use **crm.item.list**.', 'crm.item.list'],
  ])('reads "%s" notes', (title, body, successor) => {
    const d = readDeprecation({ intro: [note(title, body)], title: 'X', pagePath: 'p.md' });
    expect(d).not.toBe(false);
    if (d) expect(d.successor).toBe(successor);
  });
  it('reads a "Deprecated method" H1 and ignores ordinary notes', () => {
    expect(readDeprecation({ intro: [note('', 'Some tip.')], title: 'Get X', pagePath: 'p.md' })).toBe(false);
    expect(readDeprecation({ intro: [], title: 'Deprecated method foo.bar', pagePath: 'p.md' })).not.toBe(false);
  });
});
