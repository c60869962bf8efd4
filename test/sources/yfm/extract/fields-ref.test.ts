/** fields-ref.ts linkedStructure: which page (and anchor) an opaque response field links for its structure. */
import { describe, expect, it } from 'vitest';
import { linkedStructure } from '../../../../generator/sources/yfm/extract/fields-ref.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';
import { specOf } from '../../../support/yfm-corpus.ts';

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

describe('linkedStructure: a list of identifiers whose description links the entity’s page', () => {
  const file = 'api-reference/booking/booking/booking-v1-booking-get.md';
  // booking-v1-booking-get.md:288-289, resourceIds [`array`]
  const resourceIds =
    'Array of resource identifiers associated with the booking. Resource descriptions can be obtained using the method [booking.v1.resource.get](../resource/booking-v1-resource-get.md)';

  it('booking.v1.booking.get resourceIds: the link is where the ids’ entity is described, not the value’s structure', () => {
    expect(linkedStructure(['../../data-types.md'], md(resourceIds), file, resourceIds)).toBeNull();
  });

  it('the page itself leaves booking.resourceIds an array with no fields reference', () => {
    const booking = specOf(file).types.find((t) => t.name === 'booking');
    const ids = booking?.type.kind === 'object' ? booking.type.fields.find((f) => f.name === 'resourceIds') : undefined;
    expect(ids?.type.kind).toBe('array');
    expect(ids?.fieldsRef).toBeUndefined();
  });

  it('a structure the description links still links', () => {
    // "An object where the key is the `user ID`, and the value is an object with [description](./x.md)"
    const keyed = 'An object where the key is the `user ID`, and the value is an object with [description](./x.md)';
    expect(linkedStructure([], md(keyed), 'api-reference/x/a.md', keyed)).toEqual({ page: 'api-reference/x/x.md' });
    // tasks-task-complete.md "Object with [task description](../fields.md)"
    const task = 'Object with [task description](../fields.md)';
    expect(linkedStructure([], md(task), 'api-reference/tasks/status/tasks-task-complete.md', task)).toEqual({ page: 'api-reference/tasks/fields.md' });
  });
});
