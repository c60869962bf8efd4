/** list.ts: the list semantics (order, select, filter) a list method's page gives. */
import { describe, expect, it } from 'vitest';
import { operatorsFromText, readListSemantics } from '../../../../generator/sources/yfm/extract/list.ts';
import type { Param, TypeRef } from '../../../../generator/spec/schema.ts';
import { specOf } from '../../../support/yfm-corpus.ts';

describe('on real pages', () => {
  it('user.get: a string `sort`/`order` is no field → direction map; userfieldconfig.list: a structured select is no field list', () => {
    expect(specOf('api-reference/user/user-get.md').list?.order).toBeNull();
    expect(specOf('api-reference/crm/universal/userfieldconfig/userfieldconfig-list.md').list?.select).toBeNull();
  });

  it('call.followup.list: a filter documented as a structure is an object even on REST 3.0', () => {
    expect(specOf('api-reference/telephony/follow-up/call-followup-list.md').list?.filter?.syntax).toBe('prefix');
  });
});

describe('operatorsFromText on a filter cell whose line breaks are gone', () => {
  // catalog-store-list.md's filter cell as the table hands it over: one line, bullets inline.
  const cell =
    'An additional prefix can be specified for the key to clarify the filter\'s behavior. Possible prefix values: - `>=` — greater than or equal to - `>` — greater than - `<=` — less than or equal to - `<` — less than - `@` — IN, an array is passed as the value - `!@` — NOT IN, an array is passed as the value - `%` — LIKE, substring search. The `%` symbol in the filter value does not need to be passed. - `=%` — LIKE, substring search. Examples: - `"mol%"` — searches for values starting with "mol" - `%=` — LIKE (similar to `=%`) - `!%` — NOT LIKE - `!=%` — NOT LIKE, substring search - `!%=` — NOT LIKE (similar to `!=%`) - `=` — equal, exact match (used by default) - `!=` — not equal - `!` — not equal';
  it('lists every operator the page documents, in written order, and no example value', () => {
    expect(operatorsFromText(cell)).toEqual(['>=', '>', '<=', '<', '@', '!@', '%', '=%', '%=', '!%', '!=%', '!%=', '=', '!=', '!']);
  });
  it('takes no operator that is only mentioned in passing', () => {
    expect(operatorsFromText('The `%` symbol in the value - `%` is not needed')).toEqual([]);
  });
});

// bizproc/bizproc-task/bizproc-task-list.md:38-51, the FILTER cell (a structure of task fields).
const bizprocFilterCell = [
  'An object for filtering the list of tasks in the format `{"field_1": "value_1", ... "field_N": "value_N"}`, where',
  '- `field_N` — [field](#fields) of the task for filtering',
  '- `value_N` — value of the field',
  '',
  'You can specify the type of filtering before the name of the filtered field:',
  '- `=` — equal',
  '- `!` or `!=` — not equal',
  '- `<` — less than',
  '- `<=` — less than or equal to',
  '- `>` — greater than',
  '- `>=` — greater than or equal to',
  '',
  'Without a prefix, the filter compares the value for equality. The field name can be passed in any case.',
].join('\n');

describe('operatorsFromText: one bullet naming several spellings', () => {
  it('"- `!` or `!=` — not equal" gives both (bizproc-task-list.md:45)', () => {
    expect(operatorsFromText('- `!` or `!=` — not equal')).toEqual(['!', '!=']);
    expect(operatorsFromText(bizprocFilterCell)).toEqual(['=', '!', '!=', '<', '<=', '>', '>=']);
  });
});

describe('readListSemantics: a filter whose keys are a structure', () => {
  const filterParam = (description: string, type: TypeRef = { kind: 'ref', name: 'filter' }): Param => ({
    id: 'FILTER',
    name: 'FILTER',
    type,
    required: false,
    description,
    source: { file: 'x.md', line: 38, how: 'read', evidence: 'table' },
  });
  const read = (method: string, description: string) =>
    readListSemantics({ method, restVersion: '1', params: [filterParam(description)], pageText: '', pagePath: 'x.md', resultFieldNames: [] });

  it('bizproc.task.list: the operators its cell lists are read, not equality only', () => {
    const r = read('bizproc.task.list', bizprocFilterCell);
    expect(r.list?.filter?.operators).toEqual(['', '=', '!', '!=', '<', '<=', '>', '>=']);
    expect(r.operatorsSource).toMatchObject({ how: 'read', evidence: 'filter-cell' });
  });

  it('booking.v1.resource.list: a structure cell that lists no operators stays equality only', () => {
    // booking/resource/booking-v1-resource-list.md:19-21: the `field_N`/`value_N` bullets name no operator.
    const r = read(
      'booking.v1.resource.list',
      'Object for filtering the list of resources in the format `{"field_1": "value_1", ... "field_N": "value_N"}`, where\n- `field_N` — [field](#filter) of the resource for filtering\n- `value_N` — value of the field',
    );
    expect(r.list?.filter?.operators).toEqual(['']);
    expect(r.operatorsSource).toMatchObject({ how: 'inferred', evidence: 'filter-structure' });
    // booking/booking/booking-v1-booking-list.md:19
    expect(
      read('booking.v1.booking.list', 'Object for filtering the list of bookings, description of available fields [below](#filter)').list?.filter?.operators,
    ).toEqual(['']);
  });

  it('on the real pages', () => {
    expect(specOf('api-reference/bizproc/bizproc-task/bizproc-task-list.md').list?.filter?.operators).toEqual(['', '=', '!', '!=', '<', '<=', '>', '>=']);
    expect(specOf('api-reference/booking/booking/booking-v1-booking-list.md').list?.filter?.operators).toEqual(['']);
    expect(specOf('api-reference/booking/resource/booking-v1-resource-list.md').list?.filter?.operators).toEqual(['']);
  });
});
