/** linked-structures.ts: an opaque result field (or result row) that links the page listing its fields is typed from that page. */
import { describe, expect, it } from 'vitest';
import { linkSpecSet } from '../../generator/link/index.ts';
import { followLinkedStructures } from '../../generator/link/linked-structures.ts';
import type { PageReading } from '../../generator/sources/index.ts';
import { readYfmPage } from '../../generator/sources/yfm/extract/page.ts';
import type { MethodSpec } from '../../generator/spec/schema.ts';
import { fieldsOf, named, readingOf } from '../support/yfm-corpus.ts';

const reading = (path: string, text: string): PageReading => ({
  path,
  reader: 'yfm-markdown',
  output: readYfmPage({ path, text }, { readFile: () => undefined }),
});
const link = (...rs: PageReading[]) =>
  followLinkedStructures(
    rs.flatMap((r) => r.output.specs),
    rs.flatMap((r) => r.output.fieldPage ?? []),
  );
const row = (name: string, type: string, desc: string) => `|| **${name}**\n${type} | ${desc} ||`;
const table = (...rows: string[]) => ['#|', '|| **Name**', '`type` | **Description** ||', ...rows, '|#'].join('\n');
const methodPage = (heading: string, returned: string, example = '') =>
  [
    `# ${heading}`,
    '',
    '> Scope: [`task`](../scopes/permissions.md)',
    '>',
    '> Who can execute the method: any user',
    '',
    '## Method Parameters',
    '',
    table(row('id', '[`integer`](../data-types.md)', 'Identifier')),
    '',
    '## Response Handling',
    '',
    ...(example ? ['```json', example, '```', ''] : []),
    '### Returned Data',
    '',
    returned,
  ].join('\n');

// Shaped as api-reference/tasks/fields.md: "# Task Fields", then one table: "|| **id**\n[`string`](../data-types.md) | Task identifier ||",
// "|| **title** … | Task title ||", "|| **responsibleId** … | Identifier of the responsible person ||", "|| **UF_\*** [`any`] | Custom fields."
const TASK_FIELDS = reading(
  'api-reference/tasks/fields.md',
  [
    '# Task Fields',
    '',
    table(
      row('id', '[`string`](../data-types.md)', 'Task identifier'),
      row('title', '[`string`](../data-types.md)', 'Task title'),
      row('responsibleId', '[`string`](../data-types.md)', 'Identifier of the responsible person'),
      row('UF_\\*', '[`any`](../data-types.md)', 'Custom fields.'),
    ),
  ].join('\n'),
);
// tasks-task-get.md's Returned Data: "|| **task**\n[`object`](../data-types.md) | Object with [task description](./fields.md) after the operation is performed. ||"
const TASK_GET = reading(
  'api-reference/tasks/tasks-task-get.md',
  methodPage(
    'Get Task tasks.task.get',
    table(
      row('result', '[`object`](../data-types.md)', 'Object with response data.'),
      row('task', '[`object`](../data-types.md)', 'Object with [task description](./fields.md) after the operation is performed.'),
    ),
  ),
);

describe('followLinkedStructures (inline pages)', () => {
  it('a field reference page yields the structure of its table, for links with no anchor', () => {
    const page = TASK_FIELDS.output.fieldPage;
    expect(page?.root).toBe('fields');
    expect(fieldsOf(page?.types.find((t) => t.name === page.root)?.type).map((f) => f.name)).toEqual(['id', 'title', 'responsibleId']);
  });

  it('the task row takes the task fields, named for the field, with the fields page as provenance', () => {
    const { specs, warnings } = link(TASK_GET, TASK_FIELDS);
    const spec = specs[0] as MethodSpec;
    const task = fieldsOf(spec.result?.type).find((f) => f.name === 'task');
    expect(task?.type).toEqual({ kind: 'ref', name: 'task' });
    expect(task?.fieldsRef).toEqual({ page: 'api-reference/tasks/fields.md' });
    const t = named(spec, 'task');
    expect(t.source.file).toBe('api-reference/tasks/fields.md');
    expect(fieldsOf(t.type).map((f) => [f.name, f.source.file])).toEqual([
      ['id', 'api-reference/tasks/fields.md'],
      ['title', 'api-reference/tasks/fields.md'],
      ['responsibleId', 'api-reference/tasks/fields.md'],
    ]);
    // The `UF_*` row types the custom keys the table does not list.
    expect(t.type.kind === 'object' && t.type.additionalKeys).toEqual(['UF_']);
    expect(spec.facts['result.task.type']).toEqual({
      file: 'api-reference/tasks/fields.md',
      how: 'inferred',
      evidence: 'linked-structure:api-reference/tasks/fields.md',
    });
    expect(warnings.map((w) => w.code)).toEqual(['linked-structure']);
  });

  it('"An array of objects, where each object contains a [task description]" types each element (tasks-task-list.md)', () => {
    const list = reading(
      'api-reference/tasks/tasks-task-list.md',
      methodPage(
        'Get the List of Tasks tasks.task.list',
        table(
          row('result', '[`object`](../data-types.md)', 'An object containing the response data'),
          row('tasks', '[`object`](../data-types.md)', 'An array of objects, where each object contains a [task description](./fields.md).'),
        ),
      ),
    );
    const tasks = fieldsOf(link(list, TASK_FIELDS).specs[0]?.result?.type).find((f) => f.name === 'tasks');
    expect(tasks?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'task' } });
  });

  it('a result row that "contains the [category] object" takes the anchored structure, under the key the example shows', () => {
    // crm-category-add.md: "#### Object category {#category}" under Returned Values; crm-category-get.md's result row:
    // "Root element of the response. Contains the [`category`](./crm-category-add.md#category) object", example result { "category": {…} }.
    const add = reading(
      'api-reference/crm/universal/category/crm-category-add.md',
      methodPage(
        'Add a New Sales Funnel crm.category.add',
        [
          table(row('result', '[`object`](../../../data-types.md)', 'Root element of the response'), row('category', '[`object`](#category)', 'The funnel')),
          '',
          '#### Object category {#category}',
          '',
          table(
            row('id', '[`integer`](../../../data-types.md)', 'Identifier of the funnel'),
            row('name', '[`string`](../../../data-types.md)', 'Name of the funnel'),
          ),
        ].join('\n'),
      ),
    );
    const get = reading(
      'api-reference/crm/universal/category/crm-category-get.md',
      methodPage(
        'Get Funnel crm.category.get',
        table(
          row('result', '[`object`](../../../data-types.md)', 'Root element of the response. Contains the [`category`](./crm-category-add.md#category) object'),
        ),
        '{"result": {"category": {"id": 1, "name": "General"}}}',
      ),
    );
    expect(add.output.fieldPage?.anchors).toEqual({ category: 'category' });
    const spec = link(get, add).specs.find((s) => s.method === 'crm.category.get');
    expect(fieldsOf(spec?.result?.type).map((f) => [f.name, f.type])).toEqual([['category', { kind: 'ref', name: 'category' }]]);
    expect(fieldsOf(named(spec as MethodSpec, 'category').type).map((f) => f.name)).toEqual(['id', 'name']);
    expect(spec?.facts['result.type']?.evidence).toBe('linked-structure:api-reference/crm/universal/category/crm-category-add.md#category');
  });

  it('leaves a link to a page no reading documents, and a fields method (its result describes each field), as they are', () => {
    expect(link(TASK_GET).specs[0]).toBe(TASK_GET.output.specs[0]);
    const getFields = reading(
      'api-reference/tasks/tasks-task-get-fields.md',
      methodPage('Get Fields tasks.task.getFields', table(row('fields', '[`object`](../data-types.md)', 'Object with [task field descriptions](./fields.md)'))),
    );
    expect(link(getFields, TASK_FIELDS).specs[0]).toBe(getFields.output.specs[0]);
  });
});

describe('linked structures on real pages', () => {
  it('tasks.task.get: task.id, task.title, task.responsibleId (the page example: "id": "8017", "title": "Task Example", "responsibleId": "547")', () => {
    const set = linkSpecSet([readingOf('api-reference/tasks/tasks-task-get.md'), readingOf('api-reference/tasks/fields.md')]);
    const spec = set.specs.find((s) => s.id === 'rest:tasks.task.get') as MethodSpec;
    expect(fieldsOf(spec.result?.type).find((f) => f.name === 'task')?.type).toEqual({ kind: 'ref', name: 'task' });
    const fields = fieldsOf(named(spec, 'task').type);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['id', 'title', 'responsibleId', 'createdBy', 'deadline', 'ufCrmTask']));
    // fields.md: "|| **responsibleId**\n[`string`](../data-types.md) | Identifier of the responsible person ||"
    expect(fields.find((f) => f.name === 'responsibleId')).toMatchObject({
      type: { kind: 'scalar', name: 'string' },
      source: { file: 'api-reference/tasks/fields.md' },
    });
    expect(fields.some((f) => f.name === 'TITLE')).toBe(false);
  });

  it('tasks.task.getaccess: the values of allowedActions are the "## Object action {#action}" of fields.md', () => {
    // tasks-task-get-access.md: "An object where the key is the `user ID`, and the value is an object with [description of available actions](./fields.md#action)"
    const set = linkSpecSet([readingOf('api-reference/tasks/tasks-task-get-access.md'), readingOf('api-reference/tasks/fields.md')]);
    const spec = set.specs.find((s) => s.id === 'rest:tasks.task.getaccess') as MethodSpec;
    const allowed = fieldsOf(spec.result?.type).find((f) => f.name === 'allowedActions');
    expect(allowed?.type).toMatchObject({ kind: 'map', values: { kind: 'ref', name: 'action' } });
    expect(fieldsOf(named(spec, 'action').type).map((f) => f.name)).toEqual(expect.arrayContaining(['accept', 'decline', 'complete']));
  });

  it('crm.activity.get: "correspond to [fields of the object](./crm-activity-fields.md#all-fields)", a table headed "**Field** `type`"', () => {
    const dir = 'api-reference/crm/timeline/activities/activity-base';
    const set = linkSpecSet([readingOf(`${dir}/crm-activity-get.md`), readingOf(`${dir}/crm-activity-fields.md`), readingOf(`${dir}/crm-activity-list.md`)]);
    const get = set.specs.find((s) => s.id === 'rest:crm.activity.get') as MethodSpec;
    // crm-activity-fields.md: "|| **ID***\n[`integer`](../../../../data-types.md) | Activity ID | Read-only ||", "|| **OWNER_ID***".
    expect(get.result?.type).toEqual({ kind: 'ref', name: 'all_fields' });
    expect(fieldsOf(named(get, 'all_fields').type).map((f) => f.name)).toEqual(expect.arrayContaining(['ID', 'OWNER_ID']));
    // crm-activity-list.md: "Array of activities. To get information about the activity structure, see the [crm.activity.fields](./crm-activity-fields.md) method".
    const list = set.specs.find((s) => s.id === 'rest:crm.activity.list') as MethodSpec;
    expect(list.result?.type).toMatchObject({ kind: 'array', items: { kind: 'ref' } });
  });

  it('crm.deal.userfield.get: "detailed descriptions of the fields can be found in the method [crm.deal.userfield.add]" → its fields param', () => {
    const dir = 'api-reference/crm/deals/user-defined-fields';
    const set = linkSpecSet([readingOf(`${dir}/crm-deal-userfield-get.md`), readingOf(`${dir}/crm-deal-userfield-add.md`)]);
    const get = set.specs.find((s) => s.id === 'rest:crm.deal.userfield.get') as MethodSpec;
    const add = set.specs.find((s) => s.id === 'rest:crm.deal.userfield.add') as MethodSpec;
    expect(get.result?.type).toMatchObject({ kind: 'ref' });
    const name = get.result?.type.kind === 'ref' ? get.result.type.name : '';
    const addFields = add.params.find((p) => p.name === 'fields')?.type;
    const want = addFields?.kind === 'ref' ? fieldsOf(add.types.find((t) => t.name === addFields.name)?.type) : fieldsOf(addFields);
    // crm-deal-userfield-add.md's fields table: FIELD_NAME, USER_TYPE_ID, …; the keys get's example shows beyond it
    // (`"ID"`, `"ENTITY_ID"`) are added after it by example-only-keys.ts, marked as such.
    const fields = fieldsOf(named(get, name).type);
    expect(fields.filter((f) => f.source.evidence !== 'response-example-only').map((f) => f.name)).toEqual(want.map((f) => f.name));
    expect(want.map((f) => f.name)).toEqual(expect.arrayContaining(['FIELD_NAME', 'USER_TYPE_ID']));
  });

  it('crm.type.get/list: "containing the object [`type`](../../data-types.md#type)" is the shared `type` of crm/data-types.md', () => {
    const dir = 'api-reference/crm/universal/user-defined-object-types';
    const set = linkSpecSet([
      readingOf(`${dir}/crm-type-get.md`),
      readingOf(`${dir}/crm-type-list.md`),
      readingOf(`${dir}/crm-type-fields.md`),
      readingOf('api-reference/crm/data-types.md'),
    ]);
    const get = set.specs.find((s) => s.id === 'rest:crm.type.get') as MethodSpec;
    // The page's example: "result": { "type": { "id": 1, … } }: the structure sits under `type`.
    expect(fieldsOf(get.result?.type).map((f) => [f.name, f.type])).toEqual([['type', { kind: 'ref', name: 'type', shared: true }]]);
    expect(get.facts['result.type']).toEqual({
      file: 'api-reference/crm/data-types.md',
      how: 'inferred',
      evidence: 'linked-structure:api-reference/crm/data-types.md#type',
    });
    const list = set.specs.find((s) => s.id === 'rest:crm.type.list') as MethodSpec;
    expect(fieldsOf(list.result?.type).find((f) => f.name === 'types')?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'type', shared: true } });
    // crm-type-list.md pages by `id` (the shared `type` has `id`, no `ID`).
    expect(list.list?.idField).toBe('id');
  });

  it('crm.item.*: the item of object-fields.md (common fields and every object type’s), listed by crm.item.list and paged by `id`', () => {
    const pages = ['crm-item-get.md', 'crm-item-list.md', 'crm-item-add.md', 'crm-item-update.md', 'crm-item-fields.md', 'object-fields.md'];
    const set = linkSpecSet(pages.map((p) => readingOf(`api-reference/crm/universal/${p}`)));
    const list = set.specs.find((s) => s.id === 'rest:crm.item.list') as MethodSpec;
    const get = set.specs.find((s) => s.id === 'rest:crm.item.get') as MethodSpec;
    // crm-item-list.md: "|| **items**\n[`item[]`](./object-fields.md) | Array with information about the found items."
    expect(fieldsOf(list.result?.type).find((f) => f.name === 'items')?.type).toEqual({ kind: 'array', items: { kind: 'ref', name: 'item' } });
    const item = named(get, 'item');
    // object-fields.md "## Common Fields {#common}": id, createdTime, updatedTime …; "### Lead {#lead}": … ; "|| **ufCrm...**" and "|| **parentId...**" name key patterns.
    expect(fieldsOf(item.type).map((f) => f.name)).toEqual(expect.arrayContaining(['id', 'createdTime', 'updatedTime', 'title', 'stageId', 'lastName']));
    expect(item.type.kind === 'object' && item.type.additionalKeys).toEqual(['parentId', 'ufCrm']);
    expect(list.list?.entity).toEqual({ method: 'crm.item.get', type: 'item', customFields: 'UF_* | parentId* | ufCrm*' });
    expect(list.list?.idField).toBe('id');
    // crm-item-list.md: "you can pass a special key `logic` with the value `OR`".
    expect(list.list?.filter?.logic).toBe(true);
  });
});
