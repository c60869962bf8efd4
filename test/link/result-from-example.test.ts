/** result-from-example.ts: what no table typed in a result, the method's own success example fills. */
import { describe, expect, it } from 'vitest';
import { fillResultsFromExamples } from '../../generator/link/result-from-example.ts';
import { fillFromExample } from '../../generator/sources/yfm/extract/result-example-fields.ts';
import type { MethodSpec, TypeRef } from '../../generator/spec/schema.ts';
import { specOfText } from '../support/yfm-page.ts';
import { fieldsOf, specOf } from '../support/yfm-corpus.ts';

/** A method page whose response section shows `example` (the `result` JSON) above a Returned Data table of `rows`. */
function responsePage(method: string, example: string, rows: string[]): MethodSpec {
  const text = [
    `# Method ${method}`,
    '',
    '> Scope: [`crm`](../scopes/permissions.md)',
    '',
    `The method \`${method}\` does things.`,
    '',
    '## Response Handling',
    '',
    'HTTP status: **200**',
    '',
    '```json',
    `{ "result": ${example}, "time": { "start": 1724068028.331234, "finish": 1724068028.726591 } }`,
    '```',
    '',
    '### Returned Data',
    '',
    '#|',
    '|| **Name**',
    '`type` | **Description** ||',
    ...rows,
    '|| **time**',
    '[`time`](../data-types.md#time) | Information about the request execution time ||',
    '|#',
  ].join('\n');
  return specOfText(text, `api-reference/x/${method}.md`);
}

const filled = (s: MethodSpec): MethodSpec => fillResultsFromExamples([s])[0] as MethodSpec;
const source = { file: 'x.md', how: 'read' as const };

describe('fillResultsFromExamples', () => {
  it('types a bare `object` result by the fields its example shows, inferred, with a warning', () => {
    // crm-activity-todo-add.md: "|| **result**\n[`object`](…) | On success, returns an object containing the
    // identifier of the added activity `id`, on error = `null` ||", above `"result": { "id": 999 }`.
    const s = filled(
      responsePage('crm.activity.todo.add', '{ "id": 999 }', [
        '|| **result**',
        '[`object`](../data-types.md) | On success, returns an object containing the identifier of the added activity `id`, on error = `null` ||',
      ]),
    );
    const id = fieldsOf(s.result?.type).find((f) => f.name === 'id');
    expect(id?.type).toEqual({ kind: 'scalar', name: 'integer' });
    expect(id?.source).toMatchObject({ how: 'inferred', evidence: 'response-example' });
    expect(s.warnings.map((w) => w.code)).toContain('result-fields-from-example');
  });

  it('fills an `item` row the table leaves open, in the wire form the example shows (ids as strings stay strings)', () => {
    // mail-mailbox-get.md: "|| **item**\n[`object`](…) | Mailbox object. The response structure depends on `select` ||",
    // example `"item": { "id": 1, "name": "Work email", "email": "user@example.com", "senderName": "John Smith" }`.
    const s = filled(
      responsePage('mail.mailbox.get', '{ "item": { "id": 1, "name": "Work email", "email": "user@example.com", "senderName": "John Smith" } }', [
        '|| **result**',
        '[`object`](../data-types.md) | Response data object ||',
        '|| **item**',
        '[`object`](../data-types.md) | Mailbox object. The response structure depends on `select` ||',
      ]),
    );
    const item = fieldsOf(s.result?.type).find((f) => f.name === 'item');
    expect(fieldsOf(item?.type).map((f) => [f.name, f.type])).toEqual([
      ['id', { kind: 'scalar', name: 'integer' }],
      ['name', { kind: 'scalar', name: 'string' }],
      ['email', { kind: 'scalar', name: 'string' }],
      ['senderName', { kind: 'scalar', name: 'string' }],
    ]);
    // The table's own row is kept; what its type now says beyond the table is marked as the example's.
    expect(item?.source).toMatchObject({ how: 'inferred', evidence: 'table; filled from the response-example' });
  });

  it('types by the example a bare `object` the docs contradict with a scalar (crm.currency.delete: `"result": true`)', () => {
    // crm-currency-delete.md: "|| **result**\n[`object`](…) | Result of the currency deletion ||" above `"result": true`.
    const s = filled(responsePage('crm.currency.delete', 'true', ['|| **result**', '[`object`](../data-types.md) | Result of the currency deletion ||']));
    expect(s.result?.type).toEqual({ kind: 'scalar', name: 'boolean' });
    expect(s.result?.source).toMatchObject({ how: 'inferred', evidence: 'response-example' });
  });

  it('leaves alone what a table typed, and a result whose page shows no example', () => {
    const typed = responsePage('x.get', '{ "ID": "1", "EXTRA": "2" }', [
      '|| **result**',
      '[`object`](../data-types.md) | Data ||',
      '|| **ID**',
      '[`integer`](../data-types.md) | Id ||',
    ]);
    expect(filled(typed)).toBe(typed);
    const bare: MethodSpec = { ...typed, examples: [] };
    expect(filled(bare)).toBe(bare);
  });

  it('reads objects keyed by ids as maps, and merges every list item', () => {
    const at = { source };
    // crm-document-generator-template-list.md shows `"templates": { "37": {…}, "39": {…} }`.
    const t: TypeRef = { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } };
    const map = fillFromExample(t, { '37': { id: '37', name: 'A' }, '39': { id: '39', name: 'B' } }, 'result', at);
    expect(map).toMatchObject({ kind: 'map', keys: 'integer', values: { kind: 'object', fields: [{ name: 'id' }, { name: 'name' }] } });
    const list = fillFromExample({ kind: 'array', items: { kind: 'scalar', name: 'any' } }, [{ a: 1 }, { b: 'x' }], 'result', at);
    expect(fieldsOf(list.kind === 'array' ? list.items : undefined).map((f) => f.name)).toEqual(['a', 'b']);
  });

  it('shapes a structure the docs name but define nowhere, and leaves a defined one to its definition', () => {
    // sale-shipment-property-get.md: `property` [`sale_shipment_property`] — no catalogue defines that structure.
    const t: TypeRef = {
      kind: 'object',
      fields: [{ id: 'result.property', name: 'property', type: { kind: 'ref', name: 'sale_shipment_property', shared: true }, required: 'unknown', source }],
    };
    const v = { property: { id: 22, code: 'PHONE' } };
    const undefinedRef = fillFromExample(t, v, 'result', { source, isUndefined: () => true });
    expect(fieldsOf(fieldsOf(undefinedRef)[0]?.type).map((f) => f.name)).toEqual(['id', 'code']);
    expect(fillFromExample(t, v, 'result', { source, isUndefined: () => false })).toBe(t);
  });

  it('fills no member of a union another member already types (the `array` beside a map is PHP’s empty map)', () => {
    const t: TypeRef = {
      kind: 'union',
      anyOf: [
        { kind: 'ref', name: 'page_template' },
        { kind: 'array', items: { kind: 'scalar', name: 'any' } },
      ],
    };
    expect(fillFromExample(t, { empty: { ID: 'empty' } }, 'result', { source })).toBe(t);
  });
});

describe('REST 3.0 item rows', () => {
  it('takes the `items[]` row and the rows after it as the list’s items (mail-mailbox-list.md)', () => {
    // mail-mailbox-list.md: `items` `array` "Array of mailbox objects", `items[]` `object` "Mailbox object",
    // then `id`, `name`, `email`, `senderName` rows; its example nests them in `result.items[]`.
    const s = responsePage('mail.mailbox.list', '{ "items": [ { "id": 1, "name": "Work email", "email": "user@example.com", "senderName": "John" } ] }', [
      '|| **result**',
      '[`object`](../data-types.md) | Response data object ||',
      '|| **items**',
      '[`array`](../data-types.md) | Array of mailbox objects ||',
      '|| **items[]**',
      '[`object`](../data-types.md) | Mailbox object ||',
      '|| **id**',
      '[`integer`](../data-types.md) | Mailbox identifier ||',
      '|| **name**',
      '[`string`](../data-types.md) | Mailbox name ||',
    ]);
    const fields = fieldsOf(s.result?.type);
    expect(fields.map((f) => f.name)).toEqual(['items']);
    const items = fields[0]?.type;
    expect(fieldsOf(items?.kind === 'array' ? items.items : undefined).map((f) => [f.name, f.source.evidence])).toEqual([
      ['id', 'table-nested-by-example'],
      ['name', 'table-nested-by-example'],
    ]);
  });
});

describe('corpus pages', () => {
  it('crm.activity.todo.update: `result` `object` "containing the integer identifier … `id`" becomes `{ id: integer }`', () => {
    // Line 347: "On success, returns an object containing the integer identifier of the updated deal `id`"; line 327: `"id": 999`.
    const s = filled(specOf('api-reference/crm/timeline/activities/todo/crm-activity-todo-update.md'));
    expect(fieldsOf(s.result?.type).map((f) => [f.name, f.type])).toEqual([['id', { kind: 'scalar', name: 'integer' }]]);
  });

  it('sonet_group.user.add: "Array of user identifiers" is typed by the ids the example lists, as strings', () => {
    // Line 246: "[`array`](…) | Array of user identifiers that were successfully added."; line 226: `"result": ["1271", "1272"]`.
    const s = filled(specOf('api-reference/sonet-group/members/sonet-group-user-add.md'));
    expect(s.result?.type).toEqual({ kind: 'array', items: { kind: 'scalar', name: 'string', format: 'id' } });
  });
});
