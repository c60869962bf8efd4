/**
 * Issue 9, cause 7: a param whose page says its fields are described on another method's page is typed
 * from that page. The pages are cut from imopenlines.config.update / imopenlines.config.add: expected
 * values are what they say.
 */
import { describe, expect, it } from 'vitest';
import { followFieldsRefs } from '../../generator/link/cross-page-fields.ts';
import { readYfmPage } from '../../generator/sources/yfm/extract/page.ts';
import type { MethodSpec, TypeRef } from '../../generator/spec/schema.ts';

const read = (path: string, text: string): MethodSpec => {
  const s = readYfmPage({ path, text }, { readFile: () => undefined }).specs[0];
  if (!s) throw new Error(`${path} yields no spec`);
  return s;
};

const ADD = 'api-reference/imopenlines/openlines/imopenlines-config-add.md';
const UPDATE = 'api-reference/imopenlines/openlines/imopenlines-config-update.md';

const addPage = `# Add Open Channel imopenlines.config.add

## Method Parameters

{% include [Note on required parameters](../../../_includes/required.md) %}

#|
|| **Name**
\`type\` | **Description** ||
|| **PARAMS**
[\`object\`](../../data-types.md) | Object with open channel settings [(detailed description)](#params) ||
|#

### PARAMS Parameter {#params}

#|
|| **Name**
\`type\` | **Description** ||
|| **LINE_NAME**
[\`string\`](../../data-types.md) | Name of the open channel ||
|| **ACTIVE**
[\`string\`](../../data-types.md) | Whether the open channel is active ||
|#
`;

const updatePage = (description: string) => `# Update Open Channel imopenlines.config.update

## Method Parameters

{% include [Note on required parameters](../../../_includes/required.md) %}

#|
|| **Name**
\`type\` | **Description** ||
|| **CONFIG_ID***
[\`integer\`](../../data-types.md) | Identifier of the open channel ||
|| **PARAMS**
[\`object\`](../../data-types.md) | ${description} ||
|#
`;

const POINTING =
  'Object with settings for the update. The set of fields corresponds to the [PARAMS](./imopenlines-config-add.md#params) parameter of the `imopenlines.config.add` method';

const paramOf = (s: MethodSpec, name: string) => s.params.find((p) => p.name === name);
const namesOf = (s: MethodSpec, t: TypeRef | undefined): string[] => {
  const own = t?.kind === 'ref' ? s.types.find((x) => x.name === t.name)?.type : t;
  return own?.kind === 'object' ? own.fields.map((f) => f.name) : [];
};

describe('the reader records the page the fields are described on', () => {
  it('imopenlines.config.update PARAMS: "corresponds to the [PARAMS](./imopenlines-config-add.md#params) parameter of the `imopenlines.config.add` method"', () => {
    const s = read(UPDATE, updatePage(POINTING));
    expect(paramOf(s, 'PARAMS')?.fieldsRef).toEqual({ page: ADD, method: 'imopenlines.config.add', param: 'PARAMS' });
  });

  it('sale.paysystem.add SETTINGS: "(see description below)" in another sentence does not make the handler page the fields\' page', () => {
    const s = read(
      'api-reference/pay-system/sale-pay-system-add.md',
      updatePage(
        'List of handler settings values in the format `{"field_1": "value_1"}` (see description below).\n\nThe structure of settings is defined when adding the payment system handler in the [sale.paysystem.handler.add](./sale-pay-system-handler-add.md) method under the `CODES` key of the `SETTINGS` parameter',
      ).replace('imopenlines.config.update', 'sale.paysystem.add'),
    );
    expect(paramOf(s, 'PARAMS')?.fieldsRef).toBeUndefined();
  });

  it('a link that does not say the fields are there is no reference', () => {
    const s = read(UPDATE, updatePage('Settings; the channel is created by [imopenlines.config.add](./imopenlines-config-add.md)'));
    expect(paramOf(s, 'PARAMS')?.fieldsRef).toBeUndefined();
  });
});

describe('followFieldsRefs', () => {
  it('types PARAMS with the structure the add page documents, provenance on the add page', () => {
    const add = read(ADD, addPage);
    const update = read(UPDATE, updatePage(POINTING));
    const out = followFieldsRefs([add, update]).specs.find((s) => s.method === 'imopenlines.config.update') as MethodSpec;
    const params = paramOf(out, 'PARAMS');
    expect(namesOf(out, params?.type)).toEqual(['LINE_NAME', 'ACTIVE']);
    expect(out.facts[`${params?.id}.type`]).toEqual({ file: ADD, how: 'inferred', evidence: 'cross-page-ref' });
    expect(out.warnings.map((w) => w.code)).toContain('cross-page-fields');
    // The param's own description and requiredness stay its page's.
    expect(params?.description).toContain('Object with settings for the update');
  });

  it('leaves the param alone when the linked page is not read', () => {
    const update = read(UPDATE, updatePage(POINTING));
    const out = followFieldsRefs([update]).specs[0] as MethodSpec;
    expect(paramOf(out, 'PARAMS')?.type).toEqual(paramOf(update, 'PARAMS')?.type);
  });

  // crm.product.add `fields`: "To find out the required format of the fields, execute the method
  // [crm.product.fields](./crm-product-fields.md)"; that page's Returned Data lists ACTIVE (char) and CATALOG_ID (integer).
  it('crm.product.add fields: a `*.fields` page gives the structure its result documents', () => {
    const fieldsPage = `# Get Product Fields crm.product.fields

## Response Handling

### Returned Data

#|
|| **Name**
\`type\` | **Description** ||
|| **ACTIVE**
[\`char\`](../../../data-types.md) | Active ||
|| **CATALOG_ID**
[\`integer\`](../../../data-types.md) | Catalog identifier ||
|#
`;
    const addPage = `# Add Product crm.product.add

## Method Parameters

#|
|| **Name**
\`type\` | **Description** ||
|| **fields**
[\`array\`](../../../data-types.md) | Field values for creating the product.

To find out the required format of the fields, execute the method [crm.product.fields](./crm-product-fields.md) and check the format of the incoming values for these fields ||
|#
`;
    const fields = read('api-reference/crm/outdated/products/crm-product-fields.md', fieldsPage);
    const add = read('api-reference/crm/outdated/products/crm-product-add.md', addPage);
    expect(paramOf(add, 'fields')?.fieldsRef).toEqual({ page: 'api-reference/crm/outdated/products/crm-product-fields.md', method: 'crm.product.fields' });
    const out = followFieldsRefs([fields, add]).specs.find((s) => s.method === 'crm.product.add') as MethodSpec;
    const t = paramOf(out, 'fields')?.type;
    expect(namesOf(out, t)).toEqual(['ACTIVE', 'CATALOG_ID']);
    expect(out.facts['param:fields.type']).toMatchObject({ file: 'api-reference/crm/outdated/products/crm-product-fields.md', evidence: 'cross-page-ref' });
  });

  it("crm.status.list filter: a list's filter pointing to the fields page keeps its own type (its values are no field values)", () => {
    const fieldsPage = `# Fields crm.status.fields

## Response Handling

### Returned Data

#|
|| **Name**
\`type\` | **Description** ||
|| **ID**
[\`integer\`](../data-types.md) | Identifier ||
|| **NAME**
[\`string\`](../data-types.md) | Name ||
|#
`;
    const listPage = `# List crm.status.list

## Method Parameters

#|
|| **Name**
\`type\` | **Description** ||
|| **filter**
[\`object\`](../data-types.md) | Object format: \`{ field_1: value_1 }\`. The list of available fields for filtering can be found using the method [crm.status.fields](./crm-status-fields.md) ||
|| **start**
[\`integer\`](../data-types.md) | Offset ||
|#
`;
    const list = read('api-reference/crm/status/crm-status-list.md', listPage);
    const out = followFieldsRefs([read('api-reference/crm/status/crm-status-fields.md', fieldsPage), list]).specs.find(
      (s) => s.method === 'crm.status.list',
    ) as MethodSpec;
    expect(paramOf(out, 'filter')?.type).toEqual(paramOf(list, 'filter')?.type);
  });
});
