/**
 * REST 3.0 through `client.v3`, typed by the committed package's `MethodsV3`: the calls rest-v3.md and
 * tasks-task-list-rest-v3.md show must compile as written, and what the docs do not allow (an operator
 * outside rest-v3.md#operators, a field the method lacks, a lone value for `in`) must not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../targets/helpers.ts';
import { compileApp } from './compile-app.ts';

const PRELUDE = `import { B24Error, type MethodsV3, type V3MethodError } from ${JSON.stringify(join(ROOT, 'generated/src/index.ts'))};`;
const compile = (source: string): Promise<string[]> => compileApp(source, 'b24gen-v3-', PRELUDE);

describe('REST 3.0 typed by MethodsV3 (generated/)', () => {
  it('compiles the docs’ own REST 3.0 calls', async () => {
    const source = `
// tasks-task-list-rest-v3.md:84: {"select":["id","title","responsibleId","deadline","status"],"filter":[["id",">",1000]],
//   "order":{"id":"ASC"},"pagination":{"page":1,"limit":20,"offset":0}}
const page = await b24.v3.call('tasks.task.list', {
  select: ['id', 'title', 'responsibleId', 'deadline', 'status'],
  filter: [['id', '>', 1000]],
  order: { id: 'ASC' },
  pagination: { page: 1, limit: 20, offset: 0 },
});
const firstTitle: unknown = page.items[0]?.title;
// rest-v3.md:354-356 and 370-376: [["status","=","NEW"],["id","in",[3,4,5]]], then an OR group with the shorthand ["id",[1,2]].
await b24.v3.call('tasks.task.list', { filter: [['status', '=', 'NEW'], ['id', 'in', [3, 4, 5]]] });
await b24.v3.call('tasks.task.list', { filter: [['status', '=', 'NEW'], { logic: 'or', conditions: [['id', [1, 2]], ['id', 'in', [3, 4, 5]]] }] });
// rest-v3.md:402: ["date", "between", ["2025-01-01", "2025-12-31"]] (tasks.task.list's date field: deadline).
await b24.v3.call('tasks.task.list', { filter: [['deadline', 'between', ['2025-01-01', '2025-12-31']]] });
for await (const t of b24.v3.list('tasks.task.list', { select: ['id', 'title'] })) {
  const title: unknown = t.title;
}
// rest-v3.md:437: [{"method":"tasks.task.get","query":{"id":289,"select":["id","title"]}},{"method":"tasks.task.get","query":{"id":429,…}}]
const [a, b] = await b24.v3.batch([
  ['tasks.task.get', { id: 289, select: ['id', 'title'] }],
  ['tasks.task.get', { id: 429, select: ['id', 'title'] }],
]);
const got: unknown = a.ok ? a.result.item : b.ok ? b.result.item : undefined;
// rest-v3.md:158-159: tasks.task.add with "Idempotency-Key: 9f1c1a7e-…" and {"fields":{"title":"Prepare a report","responsibleId":1,"creatorId":1}}
const added = await b24.v3.callWithMeta(
  'tasks.task.add',
  { fields: { title: 'Prepare a report', responsibleId: 1, creatorId: 1 } },
  { idempotencyKey: '9f1c1a7e-5f1b-4a1e-9a2c-2f5f2b6c7d80' },
);
const replayed: boolean | undefined = added.replayed;
// Writes can fail with the idempotency errors (rest-v3.md#idempotency), every call with the common REST 3.0 ones.
const reused: V3MethodError<MethodsV3, 'tasks.task.add'>['code'] = 'BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION';
const scope: V3MethodError<MethodsV3, 'tasks.task.get'>['code'] = 'BITRIX_REST_V3_EXCEPTION_INSUFFICIENTSCOPEEXCEPTION';
try {
  await b24.v3.call('tasks.task.get', { id: 2 });
} catch (e) {
  if (e instanceof B24Error) {
    const field: string | undefined = e.validation?.[0]?.field;
  }
}
export { firstTitle, got, replayed, reused, scope };
`;
    expect(await compile(source)).toEqual([]);
  }, 300_000);

  it('rejects what rest-v3.md#filter does not allow', async () => {
    const source = `
// @ts-expect-error "like" is not among the operators (rest-v3.md#operators)
await b24.v3.call('tasks.task.list', { filter: [['id', 'like', 1]] });
// @ts-expect-error a field tasks.task.list does not have
await b24.v3.call('tasks.task.list', { filter: [['noSuchField', '=', 1]] });
// @ts-expect-error "in" takes a list of values
await b24.v3.call('tasks.task.list', { filter: [['id', 'in', 3]] });
// @ts-expect-error a REST 1 method is not on client.v3
await b24.v3.call('crm.contact.get', { id: 1 });
`;
    expect(await compile(source)).toEqual([]);
  }, 300_000);
});
