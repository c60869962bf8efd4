/**
 * value-lists.ts and the enums rows.ts builds from them. Every fixture is a description as a corpus page
 * writes it (the page is named), and the expected values are what that page says.
 */
import { describe, expect, it } from 'vitest';
import { valueListOf } from '../../../../generator/sources/yfm/extract/value-lists.ts';
import type { MethodSpec, TypeRef } from '../../../../generator/spec/schema.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';
import { specOf } from '../../../support/yfm-corpus.ts';
import { paramsTablePage, specOfText, type ParamRow } from '../../../support/yfm-page.ts';

const valuesOf = (text: string) => valueListOf(md(text))?.values.map((v) => v.value) ?? null;

describe('valueListOf: values written in a sentence', () => {
  it.each([
    // landing/site/landing-site-add.md, fields.TYPE
    [
      'Type of the site. Default is `PAGE`. Supported types are `PAGE`, `STORE`, `SMN`, `KNOWLEDGE`, `GROUP`, `MAINPAGE`.',
      ['PAGE', 'STORE', 'SMN', 'KNOWLEDGE', 'GROUP', 'MAINPAGE'],
    ],
    // landing/page/methods/landing-landing-add-by-template.md, ADD_IN_MENU
    ['Flag for adding the created page to the site menu. Supported values are `Y` and `N`.', ['Y', 'N']],
    // chats/users/im-user-list-get.md, AVATAR_HR: the default after the list is no value of it
    ['Parameter to request the `avatar_hr` field with the high-resolution avatar URL. Acceptable values: `Y` or `N`, default is `N`.', ['Y', 'N']],
    // catalog section add: descriptionType
    ['Available types: `text`, `html`', ['text', 'html']],
  ])('%j', (text, want) => {
    expect(valuesOf(text)).toEqual(want);
  });

  it('keeps the description written beside each value (landing.block.getcontent `access`)', () => {
    expect(valueListOf(md('Possible values: `A` — access is closed to all blocks, `D` — access is denied, `V` — can edit only'))?.values).toEqual([
      { value: 'A', description: 'access is closed to all blocks' },
      { value: 'D', description: 'access is denied' },
      { value: 'V', description: 'can edit only' },
    ]);
  });

  it('reads no list that belongs to another key (note/document/note-document-update.md, markdown)', () => {
    expect(
      valuesOf(
        'The `align` parameter sets alignment. Possible values: `left`, `right`. Center alignment is applied by default, so you do not need to pass `center`.',
      ),
    ).toBeNull();
  });

  it('reads no list out of examples (landing/block/methods/landing-block-change-anchor.md)', () => {
    expect(
      valuesOf(
        'A single-character anchor is not allowed. For example, `a` will trigger an error. Examples of valid values: `about-us`, `Section_A`, `faq.v2`, `Tab:1`',
      ),
    ).toBeNull();
  });
});

describe('valueListOf: bullet lists', () => {
  it('a list after a bare "where:" explains the placeholders of what precedes it (crm/deals/crm-deal-get.md:385, STAGE_ID)', () => {
    const text = [
      'String identifier of the deal stage. To learn more about the obtained stage, you can use the method crm.status.list by passing the filter:',
      '',
      '```',
      '{',
      '    ENTITY_ID: entityId,',
      '    STATUS_ID: statusId,',
      '}',
      '```',
      '',
      'where:',
      '- `entityId` is equal to:',
      '    - `DEAL_STAGE` if the deal is in the general funnel (`CATEGORY_ID = 0`)',
      '    - `DEAL_STAGE_{categoryId}`, where `categoryId = CATEGORY_ID`',
      '- `statusId` is equal to `STAGE_ID`',
    ].join('\n');
    expect(valueListOf(md(text))).toBeNull();
  });

  it('the deal page itself types STAGE_ID as a plain string (crm/deals/crm-deal-get.md)', () => {
    const deal = specOf('api-reference/crm/deals/crm-deal-get.md');
    const stage = deal.types.flatMap((t) => (t.type.kind === 'object' ? t.type.fields : [])).find((f) => f.name === 'STAGE_ID');
    // `crm_status`: a stage code, no enum of the formula's placeholders.
    expect(stage?.type).toEqual({ kind: 'scalar', name: 'string', format: 'id', docType: 'crm_status' });
  });

  it('a list of formats keyed by another param is no list of values (chats/im-chat-get.md, ENTITY_ID)', () => {
    const text = [
      'Identifier of the object within `ENTITY_TYPE`. Passed as a string. The format depends on the selected `ENTITY_TYPE`. Supported formats for common types:',
      '',
      '- `CRM` — `<CRM_TYPE>`|`<ID>`, for example `LEAD`|`13`',
      '- `LIVECHAT` — `<connectorId>`|`<lineId>`',
      '- `CALENDAR` — calendar event identifier',
    ].join('\n');
    expect(valueListOf(md(text))).toBeNull();
  });

  it('"Available fields:" lists field names (timeman/record/timeman-record-list.md, select)', () => {
    const list = valueListOf(
      md(
        'List of fields to return in the response.\n\nAvailable fields:\n\n- `id` — record identifier\n- `userId` — employee identifier\n- `startTime` — start time of the work interval',
      ),
    );
    expect(list?.names).toBe(true);
    expect(list?.values.map((v) => v.value)).toEqual(['id', 'userId', 'startTime']);
  });

  it('bold values after "Possible values:" (crm contact details configuration, scope)', () => {
    expect(valuesOf('The scope of the settings.\n\nPossible values:\n- **P** — personal settings\n- **C** — shared settings')).toEqual(['P', 'C']);
  });

  it('masks and operators are no values (crm/companies/crm-company-list.md select; tasks-task-result-list-rest-v3.md filter)', () => {
    expect(valuesOf("You can use masks for selection:\n\n- `'*'` — to select all fields\n- `'UF_*'` — to select all custom fields")).toBeNull();
    expect(valuesOf('Available filter operators: `=`, `>`.\n\n- `=` — equals\n- `>` — greater than')).toBeNull();
  });

  it('a list of JSON type names describes shapes (imopenlines/openlines/imopenlines-config-get.md, KPI_FIRST_ANSWER_LIST)', () => {
    expect(
      valuesOf(
        'List of recipients for first response notifications. Possible values:\n- `array` — list of recipients is set\n- `null` — list of recipients is not set',
      ),
    ).toBeNull();
  });
});

/** A method page with one params table whose rows are `rows` (name, type, description). */
const page = (rows: ParamRow[]): MethodSpec =>
  paramsTablePage(rows, { heading: 'Add an item x.item.add', intro: 'The method `x.item.add` adds an item.', path: 'api-reference/x/x-item-add.md' });
const typeOf = (s: MethodSpec, name: string): TypeRef | undefined => s.params.find((p) => p.name === name)?.type;

describe('valueListOf: a code span running on into a sentence is an example, not a value', () => {
  // user/userfields/user-userfield-add.md:33-38, FIELD_NAME
  const fieldName = [
    'Field name (code). Bitrix24 converts it to uppercase and supplements it with the `UF_USR_` prefix:',
    '',
    '- `DEALS` and `UF_DEALS` become `UF_USR_DEALS`',
    '- `UF_USR_DEALS` remains unchanged',
    '',
    'The resulting field code is returned by the [user.userfield.list](./user-userfield-list.md) method',
  ].join('\n');

  it('user.userfield.add FIELD_NAME: "- `DEALS` and `UF_DEALS` become `UF_USR_DEALS`" is no value list', () => {
    expect(valueListOf(md(fieldName))).toBeNull();
  });

  it('the page itself keeps FIELD_NAME a string', () => {
    const s = specOf('api-reference/user/userfields/user-userfield-add.md');
    const f = s.types.flatMap((t) => (t.type.kind === 'object' ? t.type.fields : [])).find((x) => x.name === 'FIELD_NAME');
    expect(f?.type).toMatchObject({ kind: 'scalar', name: 'string' });
  });

  it('a value before a dash still counts: "Possible values:\\n- `Y` — yes\\n- `N` — no"', () => {
    expect(valueListOf(md('Possible values:\n- `Y` — yes\n- `N` — no'))?.values).toEqual([
      { value: 'Y', description: 'yes' },
      { value: 'N', description: 'no' },
    ]);
  });

  it('after a "Possible values:" lead-in, "- `Y` yes" items still count', () => {
    expect(valueListOf(md('Possible values:\n- `Y` yes\n- `N` no'))?.values).toEqual([
      { value: 'Y', description: 'yes' },
      { value: 'N', description: 'no' },
    ]);
    // bizproc/bizproc-task/bizproc-task-complete.md:39-44, STATUS: "- `1` or `yes` — yes, approved" under "Possible values:"
    expect(
      valuesOf(
        'Target status of the task. Possible values:\n\n- `1` or `yes` — yes, approved\n- `2` or `no` — no, rejected\n- `3` or `ok` — ok, acknowledged\n- `4` or `cancel` — cancellation',
      ),
    ).toEqual(['1', '2', '3', '4']);
  });
});

describe('enums built from value lists', () => {
  it('an inline list is a closed enum, read from its line', () => {
    const s = page([['TYPE', 'string', 'Type of the site. Default is `PAGE`. Supported types are `PAGE`, `STORE`, `SMN`.']]);
    expect(typeOf(s, 'TYPE')).toEqual({
      kind: 'enum',
      base: 'string',
      values: [{ value: 'PAGE' }, { value: 'STORE' }, { value: 'SMN' }],
      open: false,
      source: { file: 'api-reference/x/x-item-add.md', line: 13, how: 'read', evidence: 'value-list' },
    });
  });

  it('a select array takes the field names as its items; custom fields open them (lists/elements/lists-element-get.md)', () => {
    const closed = page([
      ['select', 'array', 'List of fields to return in the response. Available fields:\n- `id` — record identifier\n- `userId` — employee identifier'],
    ]);
    expect(typeOf(closed, 'select')).toMatchObject({ kind: 'array', items: { kind: 'enum', values: [{ value: 'id' }, { value: 'userId' }], open: false } });
    const open = page([
      [
        'SELECT',
        'array',
        'An array containing a list of fields to select. Available fields:\n- `ID` — element identifier\n- `CODE` — element code\n- `NAME` — element name\n- `PROPERTY_PropertyId` — custom properties',
      ],
    ]);
    const items = (typeOf(open, 'SELECT') as { items: TypeRef }).items;
    expect(items).toMatchObject({ kind: 'enum', open: true, source: { how: 'read', evidence: 'field-name-list' } });
    expect((items as { values: Array<{ value: unknown }> }).values.map((v) => v.value)).toEqual(['ID', 'CODE', 'NAME']);
  });

  it('a string naming the field to sort by takes the fields "Sorting works on" (departments/department-get.md, sort)', () => {
    const s = page([
      [
        'sort',
        'string',
        'The name of the field to sort by. Sorting works on the following fields:\n- `ID` — department identifier\n- `NAME` — department name\n- `SORT` — sorting order\n- `PARENT` — parent department identifier\n- `UF_HEAD` — department head user identifier',
      ],
    ]);
    const t = typeOf(s, 'sort') as { kind: string; values?: Array<{ value: unknown }>; source?: { evidence?: string } };
    expect(t.kind).toBe('enum');
    expect(t.values?.map((v) => v.value)).toEqual(['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD']);
    expect(t.source?.evidence).toBe('field-name-list');
  });

  it('field names do not become the values of a filter (timeman/record/timeman-record-list.md)', () => {
    const s = page([['filter', 'array', 'Conditions for filtering records. Available fields:\n- `userId` — employee identifier\n- `startTime` — start time']]);
    expect(JSON.stringify(typeOf(s, 'filter'))).not.toContain('enum');
  });

  it('a list the page calls an example is open', () => {
    const s = page([['TYPE', 'string', 'Directory type. Possible values, for example:\n- `DEAL_STAGE` — deal stages\n- `SOURCE` — sources']]);
    expect(typeOf(s, 'TYPE')).toMatchObject({ kind: 'enum', open: true });
  });

  it('"e.g." inside one value\'s description leaves the list closed (crm/universal/crm-item-list.md, useOriginalUfNames)', () => {
    const s = page([
      [
        'useOriginalUfNames',
        'string',
        'Possible values:\n- `Y` — original names of custom fields, e.g., `UF_CRM_2_1639669411830`\n- `N` — custom field names in camelCase, e.g., `ufCrm2_1639669411830`',
      ],
    ]);
    expect(typeOf(s, 'useOriginalUfNames')).toMatchObject({ kind: 'enum', values: [{ value: 'Y' }, { value: 'N' }], open: false });
  });

  it('an array of conditions or of objects in a format takes no values as items (disk/folder/disk-folder-upload-file.md, rights)', () => {
    const s = page([
      [
        'rights',
        'array',
        'An array of access permissions for the uploaded file in the format `{"TASK_ID": 42, "ACCESS_CODE": "U35"}`, where\n- `TASK_ID` — access level identifier\n- `ACCESS_CODE` — access code\n\nUser categories:\n- `U` — user\n- `*` — all users\n- `D` — all department employees',
      ],
    ]);
    expect(JSON.stringify(typeOf(s, 'rights'))).not.toContain('enum');
  });

  it('format bullets stay a plain string (chats/im-chat-add.md, ENTITY_ID)', () => {
    const s = page([
      [
        'ENTITY_ID',
        'string',
        'The format depends on the selected `ENTITY_TYPE`. Supported formats for common types:\n- `CRM` — `<CRM_TYPE>`|`<ID>`\n- `LIVECHAT` — `<connectorId>`|`<lineId>`',
      ],
    ]);
    expect(typeOf(s, 'ENTITY_ID')).toEqual({ kind: 'scalar', name: 'string' });
  });

  it('an array of weekdays takes the values as its items (booking/resource/slots/booking-v1-resource-slots-set.md)', () => {
    const s = page([['weekDays', 'array', 'An array of available weekdays for the slot. Possible values:\n- `"Mon"` — Monday\n- `"Tue"` — Tuesday']]);
    expect(typeOf(s, 'weekDays')).toMatchObject({
      kind: 'array',
      items: {
        kind: 'enum',
        values: [
          { value: 'Mon', description: 'Monday' },
          { value: 'Tue', description: 'Tuesday' },
        ],
        open: false,
      },
    });
  });
});

describe('valueListOf: "values `Y` or `N`" and "Label: `Y` or `N`"', () => {
  it.each([
    // mailservice/mailservice-get.md, ACTIVE
    ['Service activity, values `Y` or `N`', ['Y', 'N']],
    // crm/requisites/universal/crm-requisite-add.md, ACTIVE
    ['Activity status. Values `Y` or `N` are used. Currently, the field does not affect anything', ['Y', 'N']],
    // chats/notifications/im-notify-get.md, notify_read
    ['Read status of the notification: `Y` or `N`', ['Y', 'N']],
    // catalog/documentcontractor/catalog-documentcontractor-add.md, entityTypeId
    ['Type of CRM object:\n`3` — contact\n`4` — company', ['3', '4']],
    // landing/rights/extended-model/landing-site-get-rights.md, result
    ['Permission codes.\n\nThe array may contain one or more values:\n`denied` - access is denied\n`read` - view the site', ['denied', 'read']],
  ])('%j', (text, want) => {
    expect(valuesOf(text)).toEqual(want);
  });

  it.each([
    // chat-bots/outdated/bots/imbot-update.md, NAME: values of two keys, not of this one
    'The name of the chat-bot. If both values `NAME` and `LAST_NAME` are provided, they must not be empty at the same time',
    // calendar/calendar-event/calendar-event-update.md, current_date_from: the values of another key
    'Date of the current event. Required only for `recurrence_mode` with values `this` or `next`.',
    // crm/universal/user-defined-object-types/crm-type-add.md, isChildrenListEnabled
    'Should the linked element be added to the card. Values `Y` and `N` do not work. You must pass `"true"` or `"false"`',
    // landing/page/special-pages/landing-syspage-set.md, lid: one value and `null` describe a behaviour
    'Values `0`, `null`, and an empty string are not considered as the absence of a parameter.',
    // a label that names a choice of params (lists/elements/lists-element-add.md)
    'At least one of the parameters must be specified: `IBLOCK_ID` or `IBLOCK_CODE`',
  ])('no list: %j', (text) => {
    expect(valuesOf(text)).toBeNull();
  });
});

describe('value lists on nullable and boolean rows', () => {
  it('a `string` | `null` row takes the values on its string member (mailservice/mailservice-get.md, SMTP_ENCRYPTION)', () => {
    const s = specOfText(
      [
        '# Get x.item.get',
        '',
        'The method `x.item.get` gets an item.',
        '',
        '## Method Parameters',
        '',
        '#|',
        '|| **Name**',
        '`type` | **Description** ||',
        '|| **SMTP_ENCRYPTION**\n[`string`](../data-types.md)\\|[`null`](../data-types.md) | Secure SMTP connection indicator, values `Y` or `N` ||',
        '|#',
        '',
      ].join('\n'),
      'api-reference/x/x-item-get.md',
    );
    expect(s?.params[0]?.type).toMatchObject({
      kind: 'union',
      anyOf: [
        { kind: 'enum', values: [{ value: 'Y' }, { value: 'N' }] },
        { kind: 'scalar', name: 'null' },
      ],
    });
  });

  it('`null` among the values makes the type nullable, not a value (crm/document-generator numerator, periodicBy)', () => {
    const s = page([['periodicBy', 'string', 'The reset period for the counter: `null`, `day`, `month`, or `year`']]);
    expect(typeOf(s, 'periodicBy')).toMatchObject({
      kind: 'union',
      anyOf: [
        { kind: 'enum', values: [{ value: 'day' }, { value: 'month' }, { value: 'year' }] },
        { kind: 'scalar', name: 'null' },
      ],
    });
  });

  it('a boolean whose values are `0` and `1` is those numbers on the wire (document-generator-numerator-update.md isDirectNumeration)', () => {
    expect(
      typeOf(page([['isDirectNumeration', 'boolean', 'Direct numbering flag.\n\nPossible values:\n- `0` — disabled\n- `1` — enabled']]), 'isDirectNumeration'),
    ).toMatchObject({
      kind: 'enum',
      base: 'integer',
      values: [
        { value: 0, description: 'disabled' },
        { value: 1, description: 'enabled' },
      ],
      open: false,
    });
  });

  it('a boolean with `true`/`false` stays a boolean; `true`/`null` is a boolean or null (imbot.v2 chat-message-delete `complete`; crm-activity-badge-delete result)', () => {
    expect(
      typeOf(page([['complete', 'boolean', 'Complete deletion from the database. Allowed values: `true`, `false`. Default is `false`']]), 'complete'),
    ).toEqual({
      kind: 'scalar',
      name: 'boolean',
    });
    expect(typeOf(page([['done', 'boolean', 'Result. Possible values:\n- `true` — on success\n- `null` — on failure']]), 'done')).toEqual({
      kind: 'union',
      anyOf: [
        { kind: 'scalar', name: 'boolean' },
        { kind: 'scalar', name: 'null' },
      ],
    });
  });
});

describe('values in a table the description links', () => {
  it('chat-message-reaction-add.md: "A list of available codes is described [below](#reactions)" takes the codes of that table', () => {
    const s = specOf('api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.md');
    const t = s.params.find((p) => p.name === 'reaction')?.type;
    expect(t?.kind).toBe('enum');
    const values = t?.kind === 'enum' ? t.values : [];
    // The "Available Reaction Codes" table: 48 rows, from `like` — Like to `hundredPoints`.
    expect(values.length).toBe(48);
    expect(values.slice(0, 3)).toEqual([
      { value: 'like', description: 'Like' },
      { value: 'dislike', description: 'Dislike' },
      { value: 'faceWithTearsOfJoy', description: 'Laughing to tears' },
    ]);
    expect(values[values.length - 1]?.value).toBe('hundredPoints');
  });
});
