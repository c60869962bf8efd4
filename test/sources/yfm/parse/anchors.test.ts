/** anchors.ts, through parseYfm: {#anchor} and the diplodoc slugs and ids of headings. */
import { describe, expect, it } from 'vitest';
import type { Heading } from 'mdast';
import { diplodocSlug } from '../../../../generator/sources/yfm/parse/index.ts';
import { all, md, parse } from '../../../support/yfm-tree.ts';

describe('heading anchors and ids', () => {
  it('moves {#anchor} to data.anchor and gives every heading diplodoc slugs and ids', () => {
    const { tree } = parse('# Get crm.contact.get\n\n## Foo\n\n### Parameter fields {#fields}\n\n## Foo\n\n#### Object `phones` and <b>x</b>\n');
    const hs = all<Heading>(tree, 'heading');
    expect(md(hs[2])).toBe('Parameter fields');
    expect(hs.map((h) => [h.data?.anchor, h.data?.slug, h.data?.id])).toEqual([
      [undefined, 'get-crmcontactget', 'get-crmcontactget'],
      [undefined, 'foo', 'foo'],
      ['fields', 'parameter-fields', 'fields'],
      [undefined, 'foo1', 'foo1'],
      [undefined, 'object-phones-and-x', 'object-phones-and-x'],
    ]);
    expect(diplodocSlug('Параметр fields')).toBe('parametr-fields');
  });
});
