/** fields-ref.ts linkedStructure: which page (and anchor) an opaque response field links for its structure. */
import { describe, expect, it } from 'vitest';
import { linkedStructure } from '../../../../generator/sources/yfm/extract/fields-ref.ts';

const link = (url: string, text: string) => ({ type: 'link', url, children: [{ type: 'text', value: text }] });
const para = (...children: unknown[]) => [{ type: 'paragraph', children }];

describe('linkedStructure', () => {
  it('takes the type cell’s link: crm-item-get.md "[`item`](./object-fields.md)"', () => {
    expect(linkedStructure(['./object-fields.md'], [], 'api-reference/crm/universal/crm-item-get.md')).toEqual({
      page: 'api-reference/crm/universal/object-fields.md',
    });
  });

  it('else the one page the description links: tasks-task-complete.md "Object with [task description](../fields.md)"', () => {
    const desc = para({ type: 'text', value: 'Object with ' }, link('../fields.md', 'task description'), {
      type: 'text',
      value: ' after the operation is performed',
    });
    expect(linkedStructure(['../../data-types.md'], desc, 'api-reference/tasks/status/tasks-task-complete.md')).toEqual({
      page: 'api-reference/tasks/fields.md',
    });
  });

  it('keeps the anchor: crm-category-get.md "Contains the [`category`](./crm-category-add.md#category) object"', () => {
    const desc = para({ type: 'text', value: 'Contains the ' }, link('./crm-category-add.md#category', 'category'), { type: 'text', value: ' object' });
    expect(linkedStructure([], desc, 'api-reference/crm/universal/category/crm-category-get.md')).toEqual({
      page: 'api-reference/crm/universal/category/crm-category-add.md',
      anchor: 'category',
    });
  });

  it('names nothing for data-types links, same-page anchors, external sites or two different pages', () => {
    const file = 'api-reference/x/a.md';
    expect(linkedStructure(['../data-types.md'], para(link('#fields', 'below')), file)).toBeNull();
    expect(linkedStructure([], para(link('https://example.com/x.md', 'x')), file)).toBeNull();
    expect(linkedStructure([], para(link('./b.md', 'b'), link('./c.md', 'c')), file)).toBeNull();
  });
});
