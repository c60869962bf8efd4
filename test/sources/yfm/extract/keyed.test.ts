/** keyed.ts: keyed objects (maps) as the docs word them, and the map types rows give on real corpus pages. */
import { describe, expect, it } from 'vitest';
import { isKeyRow, keyTypeOf, mapOfKeyRows, readKeyedWording } from '../../../../generator/sources/yfm/extract/keyed.ts';
import type { TypeRef } from '../../../../generator/spec/schema.ts';
import { fieldsOf, named, specOf } from '../../../support/yfm-corpus.ts';
import { specOfText } from '../../../support/yfm-page.ts';

const ref = (name: string, shared?: true): TypeRef => ({ kind: 'ref', name, ...(shared ? { shared } : {}) });
const fieldsMap = (name: string, shared = true): TypeRef => ({ kind: 'map', keys: 'string', values: shared ? ref(name, true) : ref(name) });

describe('readKeyedWording', () => {
  it('reads "of the form `k: v`" and "in the format `k: v`" as keys and values (imconnector-list.md:191, document-generator-region-get.md)', () => {
    // imconnector-list.md:191 "An object of the form `connector_id: connector_name` for available connectors"
    expect(readKeyedWording('An object of the form `connector_id: connector_name` for available connectors')).toMatchObject({ keyText: 'connector_id' });
    // document-generator-region-get.md:295 "Set of phrases in the format `code: text`, where keys and values are strings."
    const w = readKeyedWording('Set of phrases in the format `code: text`, where keys and values are strings.');
    expect(w).toMatchObject({ keyText: 'code', keys: 'string', valueText: 'strings' });
    // "`{value: value}`" is an object with a `value` key, not a keyed map.
    expect(readKeyedWording('an array of values or objects of the form `{value: value}` is specified')).toBeNull();
  });

  it('reads the `{"field_1": "value_1", …}` format with an object value (catalog.pricetypegroup.getfields)', () => {
    const w = readKeyedWording(
      'Object in the format `{"field_1": "value_1", ... "field_N": "value_N"}`, where `field` is the identifier of the [catalog_price_type_group](../../data-types.md#catalog_price_type_group) object, and `value` is an object of type [rest_field_description](../../data-types.md#rest_field_description)',
    );
    expect(w).toEqual({
      keyText: 'the identifier of the catalog_price_type_group object',
      keys: 'string',
      valueText: 'an object of type rest_field_description',
      keyLinks: [{ text: 'catalog_price_type_group', url: '../../data-types.md#catalog_price_type_group' }],
      valueLinks: [{ text: 'rest_field_description', url: '../../data-types.md#rest_field_description' }],
    });
  });

  it('reads "Where `field` — …, and `value` — object of type `X`" (catalog.document.element.getFields)', () => {
    const w = readKeyedWording(
      'Object in the format `{"field_1": "value_1", ... "field_N": "value_N"}`. Where `field` — identifier of the object [`catalog_document_element`](../../data-types.md#catalog_document_element), and `value` — object of type [`rest_field_description`](../../data-types.md#rest_field_description).',
    );
    expect(w?.keys).toBe('string');
    expect(w?.valueLinks.map((l) => l.text)).toEqual(['`rest_field_description`']);
  });

  it('reads a `field_n`/`value_n` bullet pair under a format (crm.item.fields)', () => {
    const w = readKeyedWording(
      'An object in the format:\nwhere:\n- `field_n` — field of the element\n- `value_n` — information about the field in the format [`crm_rest_field_description`](../data-types.md#crm_rest_field_description)',
    );
    expect(w?.keyText).toBe('field of the element');
    expect(w?.valueLinks.map((l) => l.url)).toEqual(['../data-types.md#crm_rest_field_description']);
  });

  it('reads "The key of the object is the user ID …. The value is an array of objects …" (calendar.accessibility.get)', () => {
    const w = readKeyedWording(
      'The result contains an object.\nThe key of the object is the user ID from the request.\nThe value is an array of objects, each describing an [event](#event) in which the user is busy during the specified period',
    );
    expect(w?.keys).toBe('integer');
    expect(w?.valueLinks).toEqual([{ text: 'event', url: '#event' }]);
  });

  it('reads "Key — chat ID, value — number of unread messages"', () => {
    expect(readKeyedWording('Key — chat ID, value — number of unread messages')).toMatchObject({ keys: 'integer', valueText: 'number of unread messages' });
  });

  it('reads "Key of the object — user identifier, and value — object with [user description](#user)" (tasks/fields.md, 2026-02)', () => {
    // history/b24restdocs-2026-02-04/api-reference/tasks/fields.md:191-193 (accomplicesData) and :195-197 (auditorsData)
    const w = readKeyedWording(
      'Object with descriptions of users — task observers.\n\nKey of the object — user identifier, and value — object with [user description](#user)',
    );
    expect(w).toMatchObject({ keyText: 'user identifier', keys: 'integer', valueText: 'object with user description' });
    expect(w?.valueLinks).toEqual([{ text: 'user description', url: '#user' }]);
    // The older wording still reads: task-checklist-item-add.md:58 "Key — user identifier, value — object with the participant type parameter `TYPE`".
    const old = readKeyedWording(
      'Object describing the participants of the checklist item. Key — user identifier, value — object with the participant type parameter `TYPE`. Possible participant type values:',
    );
    expect(old).toMatchObject({ keyText: 'user identifier', keys: 'integer', valueText: 'object with the participant type parameter `TYPE`' });
  });

  it('reads "The key of the settings object can be:" then a list of key patterns (calendar.user.settings.set)', () => {
    const w = readKeyedWording(
      'Settings for preset calendars.\nThe key of the settings object can be:\n- `user[id]` — User Calendar type with user identifier. For example, `user12` corresponds to the calendar of the user with identifier `12`\n- `group[id]` — Group Calendar type with group identifier. For example, `group36` corresponds to the calendar of the group with identifier `36`\nThe value of the object is the calendar identifier',
    );
    expect(w).toMatchObject({ keys: 'string', valueText: 'the calendar identifier' });
  });

  it('leaves alone what states no keyed object', () => {
    expect(readKeyedWording('Contains a single key — `id`')).toBeNull();
    expect(readKeyedWording('The key is deprecated and is no longer used.')).toBeNull();
    // A `fields` param: the format with "`value_N` is its value" is an object of named fields.
    expect(
      readKeyedWording(
        'Object in the format `{"field_1": "value_1", ... "field_N": "value_N"}`, where `field_N` is the field name and `value_N` is the field value',
      ),
    ).toBeNull();
  });

  it('types keys: entity ids are integers, codes and names strings', () => {
    expect(keyTypeOf('the user ID from the request')).toBe('integer');
    expect(keyTypeOf('the identifier of the open line settings `CONFIG_ID`')).toBe('integer');
    expect(keyTypeOf('the `code` of the region')).toBe('string');
    expect(keyTypeOf('the string identifier of the template')).toBe('string');
    expect(keyTypeOf('the field code')).toBe('string');
    // `user12`: a prefix and an id slot is a string key.
    expect(keyTypeOf('`user[id]` — User Calendar type with user identifier')).toBe('string');
  });
});

describe('key rows: a structure row that stands for the keys of its object', () => {
  it('reads "Key of the `result` object." in a row, not "The key of the object is …" (a map row of its own)', () => {
    expect(isKeyRow('Object binding of the special page (detailed description) Key of the `result` object. Possible values: `mainpage` — main page')).toBe(
      true,
    );
    expect(isKeyRow('The key of the object is the user identifier, and the value is the object with user description')).toBe(false);
    expect(isKeyRow('The key of the `fields` object must match the field code from the template.')).toBe(false);
  });

  it('a table of key rows is a map of the row type; any other row keeps it an object', () => {
    const item: TypeRef = ref('syspage_item');
    expect(mapOfKeyRows([{ name: 'type code', type: item, description: 'Object binding. Key of the `result` object.' }])).toEqual({
      kind: 'map',
      keys: 'string',
      values: item,
    });
    expect(
      mapOfKeyRows([
        { name: 'type code', type: item, description: 'Key of the `result` object.' },
        { name: 'ID', type: item, description: 'Identifier' },
      ]),
    ).toBeNull();
  });
});

describe('"Key of the object — …, and value — …" on a page', () => {
  // A response table cut from history/b24restdocs-2026-02-04/api-reference/tasks/fields.md:195-197 (auditorsData), beside
  // a row in the older wording of task-checklist-item-add.md:58 ("Key — user identifier, value — …").
  const text = [
    '# Get Task tasks.task.get',
    '',
    '## Method Parameters',
    '',
    '#|',
    '|| **Name**\n`type` | **Description** ||',
    '|| **taskId**\n[`integer`](../data-types.md) | Task identifier ||',
    '|#',
    '',
    '## Response Handling',
    '',
    '#|',
    '|| **Name**\n`type` | **Description** ||',
    '|| **result**\n[`object`](../data-types.md) | Task ||',
    '|| **auditorsData**\n[`object`](../data-types.md) | Object with descriptions of users — task observers.\n\nKey of the object — user identifier, and value — object with [user description](#user) ||',
    '|| **membersData**\n[`object`](../data-types.md) | Participants. Key — user identifier, value — object with [user description](#user) ||',
    '|#',
    '',
    '### User {#user}',
    '',
    '#|',
    '|| **Name**\n`type` | **Description** ||',
    '|| **id**\n[`integer`](../data-types.md) | Identifier ||',
    '|| **name**\n[`string`](../data-types.md) | Name ||',
    '|#',
    '',
  ].join('\n');

  it('both wordings are a map keyed by user id whose values are the #user structure', () => {
    const fields = fieldsOf(specOfText(text).result?.type);
    const userMap: TypeRef = { kind: 'map', keys: 'integer', values: ref('user') };
    expect(fields.find((f) => f.name === 'auditorsData')?.type).toEqual(userMap);
    expect(fields.find((f) => f.name === 'membersData')?.type).toEqual(userMap);
  });
});

describe('maps on real pages', () => {
  it('access.name: an object keyed by access code whose values are the #access-item structure, or false', () => {
    const s = specOf('api-reference/common/system/access-name.md');
    expect(s.result?.type).toEqual({
      kind: 'union',
      anyOf: [
        { kind: 'map', keys: 'string', values: ref('access_item') },
        { kind: 'scalar', name: 'boolean' },
      ],
    });
    expect(fieldsOf(named(s, 'access_item').type).map((f) => f.name)).toEqual(['name', 'provider', 'provider_id']);
  });

  it('landing.syspage.get: the result object is keyed by special-page type code, each value a #syspage-item binding', () => {
    const s = specOf('api-reference/landing/page/special-pages/landing-syspage-get.md');
    expect(named(s, 'result').type).toEqual({ kind: 'map', keys: 'string', values: ref('syspage_item') });
    expect(fieldsOf(named(s, 'syspage_item').type).map((f) => f.name)).toEqual(['TYPE', 'LANDING_ID', 'TITLE', 'DELETED', 'ACTIVE']);
  });

  it('calendar.user.settings.set: settings.defaultSections is keyed by `user[id]`/`group[id]` (string keys)', () => {
    const s = specOf('api-reference/calendar/calendar-user-settings-set.md');
    const ds = fieldsOf(named(s, 'settings').type).find((f) => f.name === 'defaultSections');
    expect(ds?.type).toMatchObject({ kind: 'map', keys: 'string' });
  });

  it('calendar.accessibility.get: keyed by user ID, each value an array of events', () => {
    const s = specOf('api-reference/calendar/calendar-event/calendar-accessibility-get.md');
    expect(s.result?.type).toEqual({ kind: 'map', keys: 'integer', values: { kind: 'array', items: ref('event') } });
  });

  it('documentgenerator.region.list: `regions` keyed by region code, values the #regions structure', () => {
    const s = specOf('api-reference/document-generator/region/document-generator-region-list.md');
    const regions = fieldsOf(named(s, 'result').type).find((f) => f.name === 'regions');
    expect(regions?.type).toEqual({ kind: 'map', keys: 'string', values: ref('regions') });
  });

  it('crm.requisite.preset.field.fields: keyed by field, values the #attribute structure', () => {
    const s = specOf('api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-fields.md');
    expect(s.result?.type).toEqual(fieldsMap('attribute', false));
  });

  it('crm.category.fields: keyed by the fields the #fields table lists, values crm_rest_field_description', () => {
    const s = specOf('api-reference/crm/universal/category/crm-category-fields.md');
    expect(s.result?.type).toEqual({ ...fieldsMap('crm_rest_field_description'), keysOf: 'fields' });
    expect(fieldsOf(named(s, 'fields').type)[0]?.name).toBe('id');
  });

  it.each([
    ['api-reference/catalog/price-type/price-type-group/catalog-price-type-group-get-fields.md', 'priceTypeGroup', 'rest_field_description'],
    ['api-reference/sale/shipment/sale-shipment-get-fields.md', 'shipment', 'rest_field_description'],
    ['api-reference/sale/person-type/sale-person-type-get-fields.md', 'personType', 'rest_field_description'],
    ['api-reference/catalog/document/document-element/catalog-document-element-get-fields.md', 'documentElement', 'rest_field_description'],
    ['api-reference/crm/universal/crm-item-fields.md', 'fields', 'crm_rest_field_description'],
  ])('%s: `%s` maps field codes to %s', (path, key, valueType) => {
    const s = specOf(path);
    expect(fieldsOf(s.result?.type).find((f) => f.name === key)?.type).toEqual(fieldsMap(valueType));
  });
});

describe('crm_currency: the structure where the row says object, the currency code elsewhere', () => {
  it('crm.currency.list returns "An array of objects" of crm_currency', () => {
    expect(specOf('api-reference/crm/currency/crm-currency-list.md').result?.type).toEqual({ kind: 'array', items: ref('crm_currency', true) });
  });

  it('crm.currency.get returns an "Object with currency data"', () => {
    expect(specOf('api-reference/crm/currency/crm-currency-get.md').result?.type).toEqual(ref('crm_currency', true));
  });

  it('crm.deal.add `CURRENCY_ID` ("Currency.") and crm.lead.get `CURRENCY_ID` ("Identifier of the currency") stay a string id', () => {
    const id: TypeRef = { kind: 'scalar', name: 'string', format: 'id', docType: 'crm_currency' };
    for (const path of ['api-reference/crm/deals/crm-deal-add.md', 'api-reference/crm/leads/crm-lead-get.md']) {
      const s = specOf(path);
      const currency = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'CURRENCY_ID');
      expect(currency?.type).toEqual(id);
    }
  });
});
