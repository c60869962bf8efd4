/** nested-types.ts: the slug used for headings the parser gave no id. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../generator/sources/yfm/extract/nested-types.ts';

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
