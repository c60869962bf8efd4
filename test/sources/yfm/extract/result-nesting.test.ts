/**
 * Issue 9, cause 5: the result keeps the nesting the page documents. Each expected value is what the page
 * (an inline page cut from the corpus page it names, or the corpus page itself) says.
 */
import { describe, expect, it } from 'vitest';
import { dressedNames } from '../../../../generator/sources/yfm/extract/nested-types.ts';
import type { MethodSpec, TypeRef } from '../../../../generator/spec/schema.ts';
import { fieldsOf, named, specOf } from '../../../support/yfm-corpus.ts';
import { specOfText } from '../../../support/yfm-page.ts';

const page = (body: string): MethodSpec => specOfText(body);

/** Field names of a type, through one ref to a named type of the spec. */
const namesOf = (s: MethodSpec, t: TypeRef | undefined): string[] => {
  const own = t?.kind === 'ref' ? s.types.find((x) => x.name === t.name)?.type : t;
  return fieldsOf(own).map((f) => f.name);
};

const time = '|| **time**\n[`time`](../data-types.md) | Execution time ||';
const example = (result: string) => `HTTP Status: **200**\n\n\`\`\`json\n{"result": ${result}, "time": {"start": 1}}\n\`\`\`\n`;

describe('cause 5a: the wrapper key the wire sends', () => {
  // crm.category.add: "Contains the [`category`](#category) object", and the example shows {"category": {…}}.
  const categoryAdd = `# Add a Funnel crm.category.add

## Method Parameters

#|
|| **Name**
\`type\` | **Description** ||
|| **entityTypeId***
[\`integer\`](../data-types.md) | Type ||
|#

## Response Handling

${example('{"category": {"id": 5, "name": "New", "sort": 50}}')}
### Returned Values
#|
|| **Name**
\`type\` | **Description** ||
|| **result**
[\`object\`](../data-types.md) | Root element of the response. Contains the [\`category\`](#category) object with information about the funnel ||
${time}
|#

#### Object category {#category}

#|
|| **Name**
\`type\` | **Description** ||
|| **id**
[\`integer\`](../data-types.md) | Identifier ||
|| **name**
[\`string\`](../data-types.md) | Name ||
|| **sort**
[\`integer\`](../data-types.md) | Sort index ||
|#
`;

  it('crm.category.add: result is { category: <the category structure> }', () => {
    const s = page(categoryAdd);
    const t = s.result?.type;
    expect(t?.kind).toBe('object');
    const wrapper = fieldsOf(t);
    expect(wrapper.map((f) => f.name)).toEqual(['category']);
    expect(namesOf(s, wrapper[0]?.type)).toEqual(['id', 'name', 'sort']);
    // The wrapper is the example's, not the table's: inferred, with the evidence word.
    expect(wrapper[0]?.source).toMatchObject({ how: 'inferred', evidence: 'response-example-wrapper' });
    expect(s.warnings.map((w) => w.code)).toContain('result-wrapper-inferred');
  });

  it('booking.v1.booking.list: a list under the wrapper ({"booking": [ … ]}) is a list of the structure', () => {
    const s = page(
      categoryAdd
        .replace('crm.category.add', 'booking.v1.booking.list')
        .replace('{"category": {"id": 5, "name": "New", "sort": 50}}', '{"category": [{"id": 5, "name": "New", "sort": 50}]}'),
    );
    const wrapper = fieldsOf(s.result?.type);
    expect(wrapper.map((f) => f.name)).toEqual(['category']);
    expect(wrapper[0]?.type).toMatchObject({ kind: 'array', items: { kind: 'ref' } });
  });

  it('im.notify.schema.get: a key the page does not name ("the top-level key being `MODULE_ID`") is no wrapper', () => {
    const s = page(
      categoryAdd
        .replace('{"category": {"id": 5, "name": "New", "sort": 50}}', '{"tasks": {"id": 5, "name": "New", "sort": 50}}')
        .replace(
          'Contains the [`category`](#category) object with information about the funnel',
          'The top-level key being `MODULE_ID`, described [below](#category)',
        ),
    );
    expect(s.result?.type.kind).toBe('ref');
    expect(namesOf(s, s.result?.type)).toEqual(['id', 'name', 'sort']);
  });

  it('an example that shows the structure itself adds no wrapper', () => {
    const s = page(categoryAdd.replace('{"category": {"id": 5, "name": "New", "sort": 50}}', '{"id": 5, "name": "New", "sort": 50}'));
    expect(s.result?.type.kind).toBe('ref');
    expect(s.warnings.map((w) => w.code)).not.toContain('result-wrapper-inferred');
  });
});

describe('cause 5b: a Returned Data table under its own H2', () => {
  // imbot.v2.command.register: "## Response Handling" holds the example, "## Returned Data" the table.
  const text = `# Register a Command imbot.v2.Command.register

## Method Parameters

#|
|| **Name**
\`type\` | **Description** ||
|| **botId***
[\`integer\`](../data-types.md) | Bot ||
|#

## Response Handling

${example('{"command": {"id": 42, "botId": 456}}')}
## Returned Data

#|
|| **Name**
\`Type\` | **Description** ||
|| **result**
[\`object\`](../data-types.md) | Result of the operation ||
|| **result.command**
[\`Command\`](../entities.md#command) | Object of the registered command [(detailed description)](#command-object) ||
${time}
|#

### Fields of the Command Object {#command-object}

#|
|| **Field**
\`Type\` | **Description** ||
|| **id**
[\`integer\`](../data-types.md) | Identifier of the command ||
|| **botId**
[\`integer\`](../data-types.md) | Identifier of the bot ||
|#
`;

  it('imbot.v2.command.register: the result is read from the table, not guessed from the example', () => {
    const s = page(text);
    expect(s.result?.source).toMatchObject({ how: 'read', evidence: 'table' });
    expect(s.warnings.map((w) => w.code)).not.toContain('result-from-example');
    const command = fieldsOf(s.result?.type);
    expect(command.map((f) => f.name)).toEqual(['command']);
    expect(namesOf(s, command[0]?.type)).toEqual(['id', 'botId']);
  });
});

describe('cause 5c: a structure under a heading no link points to', () => {
  it.each([
    ['Response Element result', ['result']],
    ['Element of the result array', ['result']],
    ['Key result. Object of type crm_item_payment_delivery', ['result', 'crm_item_payment_delivery']],
    ['Fields of the Country Object', ['Country']],
    ['Description of Address Fields', ['Address']],
    ['Common and Local Commands', []],
  ])('%j names %j', (heading, want) => {
    expect(dressedNames(heading)).toEqual(want);
  });

  // sign.b2e.mysafe.tail: `result` is an `array` with no link; "#### Response Element result" has its item's fields.
  const tail = (heading: string, shown = '[{"id": 59, "title": "test"}]') => `# Signed Documents sign.b2e.mysafe.tail

## Method Parameters

#|
|| **Name**
\`type\` | **Description** ||
|| **limit**
[\`integer\`](../data-types.md) | Page size ||
|#

## Response Handling

${example(shown)}
### Returned Data

#|
|| **Name**
\`type\` | **Description** ||
|| **result**
[\`array\`](../data-types.md) | The root element of the response. Contains information about signed documents in the company's safe ||
${time}
|#

#### ${heading}

#|
|| **Name**
\`type\` | **Description** ||
|| **id**
[\`integer\`](../data-types.md) | Identifier of the signed document ||
|| **title**
[\`string\`](../data-types.md) | Document title ||
|#
`;

  it('sign.b2e.mysafe.tail: "Response Element result" is the item of the result array', () => {
    const s = page(tail('Response Element result'));
    const t = s.result?.type;
    expect(t?.kind).toBe('array');
    expect(t?.kind === 'array' ? namesOf(s, t.items) : []).toEqual(['id', 'title']);
    expect(s.result?.source.how).toBe('read');
  });

  it('crm.requisite.preset.countries: the one unlinked structure after the table ("Fields of the Country Object") is inferred as the item', () => {
    const s = page(tail('Fields of the Country Object'));
    const t = s.result?.type;
    expect(t?.kind === 'array' ? namesOf(s, t.items) : []).toEqual(['id', 'title']);
    expect(s.result?.source).toMatchObject({ how: 'inferred', evidence: 'structure-after-table' });
  });

  it('disk.file.get: an `array` result the example shows as one object is that object (a PHP associative array)', () => {
    const s = page(tail('Fields of the Country Object', '{"id": 59, "title": "test"}'));
    expect(namesOf(s, s.result?.type)).toEqual(['id', 'title']);
  });

  it('crm.lead.contact.items.get: "The result is an array of objects, each containing the following fields:" and their table under the same heading', () => {
    const s = page(
      tail('x')
        .replace('#### x\n', 'The result is an array of objects, each containing the following fields:\n')
        .replace('[{"id": 59, "title": "test"}]', '[{"id": 1}]'),
    );
    const t = s.result?.type;
    expect(t?.kind === 'array' ? namesOf(s, t.items) : []).toEqual(['id', 'title']);
  });
});

describe('cause 5 on the corpus pages', () => {
  it('crm.category.add: { category: { id, name, sort, entityTypeId, isDefault, … } }', () => {
    const s = specOf('api-reference/crm/universal/category/crm-category-add.md');
    const wrapper = fieldsOf(s.result?.type);
    expect(wrapper.map((f) => f.name)).toEqual(['category']);
    expect(namesOf(s, wrapper[0]?.type)).toEqual(['id', 'name', 'sort', 'entityTypeId', 'isDefault', 'originId', 'originatorId', 'isSystem', 'code']);
  });

  it('booking.v1.waitlist.get: { waitList: { id, note } }', () => {
    const s = specOf('api-reference/booking/waitlist/booking-v1-waitlist-get.md');
    const wrapper = fieldsOf(s.result?.type);
    expect(wrapper.map((f) => f.name)).toEqual(['waitList']);
    expect(namesOf(s, wrapper[0]?.type)).toEqual(['id', 'note']);
  });

  it('sign.b2e.mysafe.tail: an array of { id, title, create_date, signed_date, creator_id, member_id, role, folderName, file_url }', () => {
    const s = specOf('api-reference/sign/sign-b2e-mysafe-tail.md');
    const t = s.result?.type;
    expect(t?.kind).toBe('array');
    expect(t?.kind === 'array' ? fieldsOf(named(s, t.items.kind === 'ref' ? t.items.name : '').type).map((f) => f.name) : []).toEqual([
      'id',
      'title',
      'create_date',
      'signed_date',
      'creator_id',
      'member_id',
      'role',
      'folderName',
      'file_url',
    ]);
  });
});

describe('rows a table lists flat and the example nests', () => {
  it('main-eventlog-get.md: `item` and the entry fields listed as siblings of it are the entry inside result.item', () => {
    const s = specOf('api-reference/event-log/main-eventlog-get.md');
    const [item] = fieldsOf(s.result?.type);
    expect(item?.name).toBe('item');
    // The page's table: id, timestampX, severity, auditTypeId, moduleId, itemId, remoteAddr, userAgent, requestUri, siteId, userId, guestId, description.
    expect(fieldsOf(item?.type).map((f) => f.name)).toEqual([
      'id',
      'timestampX',
      'severity',
      'auditTypeId',
      'moduleId',
      'itemId',
      'remoteAddr',
      'userAgent',
      'requestUri',
      'siteId',
      'userId',
      'guestId',
      'description',
    ]);
    expect(fieldsOf(item?.type)[0]?.source).toMatchObject({ how: 'inferred', evidence: 'table-nested-by-example' });
  });

  it('tasks-api-scrum-backlog-get-fields.md: rows with no result row sit under the one key the example wraps them in', () => {
    const s = specOf('api-reference/sonet-group/scrum/backlog/tasks-api-scrum-backlog-get-fields.md');
    const [wrapper] = fieldsOf(s.result?.type);
    expect(wrapper?.name).toBe('fields');
    expect(wrapper?.source).toMatchObject({ how: 'inferred', evidence: 'response-example-wrapper' });
    // The table types the fields it describes (integer); the example shows what comes back for each: `{"type": "integer"}`.
    expect(fieldsOf(wrapper?.type).map((f) => [f.name, f.type.kind, fieldsOf(f.type).map((x) => x.name)])).toEqual([
      ['groupId', 'object', ['type']],
      ['createdBy', 'object', ['type']],
      ['modifiedBy', 'object', ['type']],
    ]);
  });

  it('keeps a flat table flat when the example shows the rows at the same level', () => {
    const s = page(`# Get a thing x.thing.get

## Method Parameters

No parameters.

## Response Handling

\`\`\`json
{ "result": { "ID": "1", "OWNER": { "ID": "5" }, "NAME": "n" } }
\`\`\`

### Returned Data

#|
|| **Name**
\`type\` | **Description** ||
|| **result**
[\`object\`](../data-types.md) | The thing ||
|| **ID**
[\`integer\`](../data-types.md) | Identifier ||
|| **OWNER**
[\`object\`](../data-types.md) | The owner ||
|| **NAME**
[\`string\`](../data-types.md) | Name ||
|#
`);
    expect(fieldsOf(s.result?.type).map((f) => f.name)).toEqual(['ID', 'OWNER', 'NAME']);
  });
});
