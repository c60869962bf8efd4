/**
 * Results typed through the docs' links, and crm.item.* / tasks.task.* usable, checked against the
 * committed generated package: code written the way the pages show it must compile, and the keys the
 * wire does not carry must not.
 */
import { describe, expect, it } from 'vitest';
import { compileApp } from './compile-app.ts';

/** The app's diagnostics: each line is a source; none expected. */
const compile = (source: string): Promise<string[]> => compileApp(source, 'b24gen-linked-');

describe('results typed through links (generated/)', () => {
  it('compiles the docs’ own crm.item.list and tasks.task.* usage', async () => {
    const source = `
// api-reference/crm/universal/crm-item-list.md, the cURL example's body:
// {"entityTypeId":1,"select":["id","title","lastName","name","stageId","sourceId","assignedById","opportunity","isManualOpportunity"],
//  "filter":{"0":{"logic":"OR","0":{"!=name":""},"1":{"!=lastName":""}},"@stageId":["NEW","IN_PROCESS"],"@sourceId":["WEB","ADVERTISING"],
//  "@assignedById":[1,6],">=opportunity":5000,"<=opportunity":20000,"isManualOpportunity":"Y"},"order":{"lastName":"ASC","name":"ASC"}}
const leads = await b24.call('crm.item.list', {
  entityTypeId: 1,
  select: ['id', 'title', 'lastName', 'name', 'stageId', 'sourceId', 'assignedById', 'opportunity', 'isManualOpportunity'],
  filter: {
    0: { logic: 'OR', 0: { '!=name': '' }, 1: { '!=lastName': '' } },
    '@stageId': ['NEW', 'IN_PROCESS'],
    '@sourceId': ['WEB', 'ADVERTISING'],
    '@assignedById': [1, 6],
    '>=opportunity': 5000,
    '<=opportunity': 20000,
    isManualOpportunity: 'Y',
  },
  order: { lastName: 'ASC', name: 'ASC' },
});
// The second example: {"entityTypeId":2,"select":["id","title","createdTime"],"filter":{"0":{"logic":"OR","0":{">=createdTime":…,"<createdTime":…},…}}}
const second = await b24.call('crm.item.list', {
  entityTypeId: 2,
  select: ['id', 'title', 'createdTime'],
  filter: { 0: { logic: 'OR', 0: { '>=createdTime': '2025-10-31T00:00:00+02:00', '<createdTime': '2025-11-01T00:00:00+02:00' } } },
});
// Custom fields in both spellings ("custom field names are passed and returned in camelCase, for example ufCrm2_1639669411830";
// with useOriginalUfNames Y "UF_CRM_2_1639669411830"), ordering and filtering by read-only fields.
const third = await b24.call('crm.item.list', {
  entityTypeId: 128,
  select: ['id', 'updatedTime', 'ufCrm2_1639669411830', 'UF_CRM_2_1639669411830'],
  filter: { '>updatedTime': '2025-01-01T00:00:00+02:00', ufCrm2_1234567890: 1 },
  order: { id: 'ASC' },
});
const first = leads.items?.[0];
const id: unknown = first?.id;
// Items are narrowed to each call's select: createdTime and the custom field come from the calls selecting them.
const created: unknown = second.items?.[0]?.createdTime;
const custom: unknown = third.items?.[0]?.ufCrm2_1639669411830;
for await (const item of b24.list('crm.item.list', { entityTypeId: 2 }, { mode: 'id' })) {
  const t: unknown = item.title;
}
const got = await b24.call('crm.item.get', { entityTypeId: 2, id: 1 });
const title: unknown = got.item?.title;

// api-reference/tasks/tasks-task-get.md response: "task": { "id": "8017", "title": "Task Example", "responsibleId": "547", … }
const task = await b24.call('tasks.task.get', { taskId: 8017 });
const tid: unknown = task.task?.id;
const ttitle: unknown = task.task?.title;
const resp: unknown = task.task?.responsibleId;
// @ts-expect-error the wire carries camelCase keys: TITLE is not one of them
const wrong: unknown = task.task?.TITLE;
// api-reference/tasks/tasks-task-list.md: filter/select/order keys are UPPER_CASE
// ({"order":{"DEADLINE":"asc","PRIORITY":"desc"},"filter":{…,"RESPONSIBLE_ID":547,…},"select":["ID","TITLE",…]}).
// (Its "!STATUS":6 is left out: tasks.task.getFields types STATUS as a string enum; filter values are the wire model's.)
const tasks = await b24.call('tasks.task.list', { order: { DEADLINE: 'asc', PRIORITY: 'desc' }, filter: { RESPONSIBLE_ID: 547 }, select: ['ID', 'TITLE', 'RESPONSIBLE_ID'] });
// Items carry the wire's camelCase keys of what was selected (RESPONSIBLE_ID → responsibleId).
const listed: unknown = tasks.tasks?.[0]?.responsibleId;
export { id, created, custom, title, tid, ttitle, resp, wrong, listed };
`;
    expect(await compile(source)).toEqual([]);
  }, 300_000);

  it('rejects keys the crm.item entity does not have', async () => {
    const source = `
// @ts-expect-error not a field of CRM items
await b24.call('crm.item.list', { entityTypeId: 2, select: ['noSuchField'] });
`;
    expect(await compile(source)).toEqual([]);
  }, 300_000);
});
