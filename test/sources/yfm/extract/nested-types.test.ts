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
