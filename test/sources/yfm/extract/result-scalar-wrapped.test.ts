/**
 * A `result` the Returned Data table types as a scalar while the success example shows an object holding it:
 * the object's keys are the table's sibling rows, or the key the result's description names.
 */
import { describe, expect, it } from 'vitest';
import { scalarWrappedByExample } from '../../../../generator/sources/yfm/extract/result-wrapper.ts';
import type { Field } from '../../../../generator/spec/schema.ts';
import { fieldsOf, specOf } from '../../../support/yfm-corpus.ts';

describe('scalarWrappedByExample on real pages', () => {
  it('tasks.task.delete: `task` listed flat beside `result` is the key the example nests', () => {
    // tasks-task-delete.md:238-241 "|| **result**\n[`boolean`] | Root element of the response ||" then
    // "|| **task**\n[`boolean`] | Returns `true` if the task was successfully deleted ||"; line 217: `"result": {` `"task": true`
    const s = specOf('api-reference/tasks/tasks-task-delete.md');
    expect(s.result?.type.kind).toBe('object');
    expect(fieldsOf(s.result?.type).map((f) => [f.name, f.type])).toEqual([['task', { kind: 'scalar', name: 'boolean' }]]);
    expect(s.result?.source).toMatchObject({ how: 'read', evidence: 'table: sibling rows of result, nested as the response example shows' });
  });

  it('tasks.task.delete@v3 / tasks.task.update@v3: "Contains an object with the key `result`" and the example {"result": true}', () => {
    for (const page of ['api-reference/tasks/tasks-task-delete-rest-v3.md', 'api-reference/tasks/tasks-task-update-rest-v3.md']) {
      const s = specOf(page);
      const [f, ...rest] = fieldsOf(s.result?.type);
      expect(rest, page).toEqual([]);
      expect(f, page).toMatchObject({
        name: 'result',
        type: { kind: 'scalar', name: 'boolean' },
        required: true,
        presence: { how: 'read', evidence: 'description' },
      });
      expect(s.result?.source).toMatchObject({ how: 'read', evidence: 'description: an object with the key result' });
    }
  });
});

describe('scalarWrappedByExample rules', () => {
  const source = { file: 'p.md', line: 4, how: 'read' as const, evidence: 'table' };
  const row = { description: 'Root element of the response', source };
  const bool = { kind: 'scalar' as const, name: 'boolean' as const };
  const task: Field = { id: 'result.task', name: 'task', type: bool, required: 'unknown', source };
  it('takes nothing the table does not name, and nothing but scalars', () => {
    expect(scalarWrappedByExample(bool, row, [task], { other: true })).toBeNull();
    expect(scalarWrappedByExample(bool, row, [task], { task: { id: 1 } })).toBeNull();
    expect(scalarWrappedByExample(bool, row, [task], true)).toBeNull();
    // An object result stays as it is: only a scalar row is nested.
    expect(scalarWrappedByExample({ kind: 'object', fields: [] }, row, [task], { task: true })).toBeNull();
    // The key the description names must be the one the example shows.
    expect(scalarWrappedByExample(bool, { description: 'Contains an object with the key `result`', source }, [], { success: true })).toBeNull();
  });
});
