/** v3-filter.ts and list.ts: REST 3.0 filter operators kept as written, read from the method page or, when it lists none, inferred from the REST 3.0 overview. */
import { describe, expect, it } from 'vitest';
import { v3OperatorsFromCell, v3OperatorsFromOverview } from '../../../../generator/sources/yfm/extract/v3-filter.ts';
import { specOf } from '../../../support/yfm-corpus.ts';

describe('v3OperatorsFromCell on a flattened filter cell', () => {
  it('reads the listed symbols and words, the two-element condition, and the default operator', () => {
    // tasks-task-result-list-rest-v3.md's filter cell, as the table hands it over (one line).
    const cell =
      'Each condition is an array with the field name, operator, and value. For the operator `=`, you can only pass the field name and value. Condition formats: - `["taskId", 51]` - `["id", ">=", 17]` - `["id", "in", [17, 18, 19]]` Available filter operators: `=`, `>`, `<`, `<=`, `>=`, `!=`, `in`, `between`. - `=` — equals - `in` — is in the list of values The filterable field can take the following values: - `taskId` — task identifier - `id` — result identifier';
    const r = v3OperatorsFromCell(cell);
    expect(r.listed).toEqual(['=', '>', '<', '<=', '>=', '!=', 'in', 'between']);
    expect(r.shorthand).toBe(true);
  });

  it('names only the default operator when the cell lists none (main-eventlog-list.md)', () => {
    const cell =
      'Conditions for filtering entries in the format: - `["field", "operator", value]` - `["field", value]`, default operator `=` Available fields are similar to those in `select`. More about filtering in REST 3.0';
    expect(v3OperatorsFromCell(cell)).toEqual({ listed: [], defaultOperator: '=', shorthand: true });
  });

  it('takes no run of field names for operators', () => {
    expect(v3OperatorsFromCell('Fields that accept these operators: `userId`, `startTime` - `["id", ">", 1]`').listed).toEqual([]);
    expect(v3OperatorsFromCell('Fields with operators: `id`, `status`').listed).toEqual([]);
  });
});

describe('v3OperatorsFromOverview', () => {
  it("reads the first cell of each row of the overview's operator table, and the heading's line", () => {
    const text = [
      '## Filtering {#filter}',
      '',
      '### Supported operators {#operators}',
      '',
      '#|',
      '|| **Operator** | **Value** | **Example** ||',
      '|| `=` | equals | `["status", "=", "NEW"]` ||',
      '|| `in` | one of the values in the list | `["id", "in", [1,2,3]]` ||',
      '|| `between` | in the range | x ||',
      '|#',
      '',
      '### Which fields are available {#filterable}',
      '|| `select` | no operator ||',
    ].join('\n');
    expect(v3OperatorsFromOverview(text)).toEqual({ operators: ['=', 'in', 'between'], line: 3 });
    expect(v3OperatorsFromOverview('# Page\n\nNo table here')).toBeUndefined();
  });
});

describe('REST 3.0 list specs on real pages', () => {
  it('tasks.task.result.list: the operators its filter cell lists, read, with the line that lists them', () => {
    const s = specOf('api-reference/tasks/result/tasks-task-result-list-rest-v3.md');
    // "For the operator `=`, you can only pass the field name and value." + "Available filter operators: `=`, `>`, `<`, `<=`, `>=`, `!=`, `in`, `between`."
    expect([...(s.list?.filter?.operators ?? [])].sort()).toEqual(['', '!=', '<', '<=', '=', '>', '>=', 'between', 'in']);
    expect(s.facts['list.filter.operators']).toMatchObject({ how: 'read', line: 53, file: 'api-reference/tasks/result/tasks-task-result-list-rest-v3.md' });
  });

  it('timeman.record.list: `=`, `>`, `>=`, `<`, `<=`, `between` and `["field", value]` — no `!=`, no `in`', () => {
    const s = specOf('api-reference/timeman/record/timeman-record-list.md');
    expect([...(s.list?.filter?.operators ?? [])].sort()).toEqual(['', '<', '<=', '=', '>', '>=', 'between']);
    expect(s.facts['list.filter.operators']).toMatchObject({ how: 'read', line: 39 });
  });

  it("main.eventlog.list: the cell lists none, so the REST 3.0 overview's table applies, marked inferred", () => {
    const s = specOf('api-reference/event-log/main-eventlog-list.md');
    expect([...(s.list?.filter?.operators ?? [])].sort()).toEqual(['', '!=', '<', '<=', '=', '>', '>=', 'between', 'in']);
    expect(s.facts['list.filter.operators']).toMatchObject({
      how: 'inferred',
      file: 'api-reference/rest-v3.md',
      line: 391,
      evidence: 'rest-v3-filter-overview',
    });
  });
});
