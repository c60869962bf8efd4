/** nested-types.ts: the slug used for headings the parser gave no id, and nested tables on real corpus pages. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../generator/sources/yfm/extract/nested-types.ts';
import { fieldsOf, named, param, specOf } from '../../../support/yfm-corpus.ts';

describe('slugify', () => {
  it.each([
    ['Parameter fields', 'parameter-fields'],
    ['**Bold** `code` words', 'bold-code-words'],
    ['UF_CRM_FIELD type', 'uf_crm_field-type'],
    ['Объект (deal)', 'объект-deal'],
    ['  a.b!c  ', 'abc'],
  ])('%j → %j', (text, want) => {
    expect(slugify(text)).toBe(want);
  });
});

describe('2. nested tables', () => {
  it('biconnector.dataset.add: a `fields` row inside "Parameter fields" is not that structure again', () => {
    const s = specOf('api-reference/biconnector/dataset/biconnector-dataset-add.md');
    const outer = param(s, 'fields').type;
    expect(outer).toEqual({ kind: 'ref', name: 'fields' });
    const inner = fieldsOf(named(s, 'fields').type).find((f) => f.name === 'fields');
    expect(JSON.stringify(inner?.type)).not.toContain('"ref","name":"fields"');
  });

  it('landing.block.updatenodes: a "Node Type | Example Value" dictionary is no structure of keys', () => {
    const s = specOf('api-reference/landing/block/methods/landing-block-update-nodes.md');
    expect(s.types.map((t) => t.name)).not.toContain('value_formats');
  });
});

describe('fields for filling placed under another parameter', () => {
  // crm.quote.add: under "Parameter params" the IMPORT table, then "**Import** These fields are available for
  // filling when the parameter `IMPORT = 'Y'` is passed in the `params` parameter." and DATE_CREATE, DATE_MODIFY,
  // CREATED_BY_ID, MODIFY_BY_ID. They are fields of the estimate (crm.company.add puts the same block under
  // "Parameter fields").
  it('crm.quote.add: the import-mode fields belong to fields, and params keeps IMPORT alone', () => {
    const s = specOf('api-reference/crm/quote/crm-quote-add.md');
    const fieldNames = fieldsOf(named(s, (param(s, 'fields').type as { name: string }).name).type).map((f) => f.name);
    expect(fieldNames).toEqual(expect.arrayContaining(['TITLE', 'COMMENTS', 'DATE_CREATE', 'DATE_MODIFY', 'CREATED_BY_ID', 'MODIFY_BY_ID']));
    const paramsNames = fieldsOf(named(s, (param(s, 'params').type as { name: string }).name).type).map((f) => f.name);
    expect(paramsNames).toEqual(['IMPORT']);
  });

  it('crm.company.add: the same block under "Parameter fields" stays there', () => {
    const s = specOf('api-reference/crm/companies/crm-company-add.md');
    const fieldNames = fieldsOf(named(s, (param(s, 'fields').type as { name: string }).name).type).map((f) => f.name);
    expect(fieldNames.filter((n) => n === 'DATE_CREATE')).toEqual(['DATE_CREATE']);
  });
});
