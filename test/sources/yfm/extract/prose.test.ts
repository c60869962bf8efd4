/** prose.ts (with value-lists.ts and list.ts's operators): enums, defaults and filter operators read from prose. */
import { describe, expect, it } from 'vitest';
import { operatorsFromText } from '../../../../generator/sources/yfm/extract/list.ts';
import { defaultFromProse } from '../../../../generator/sources/yfm/extract/prose.ts';
import { valueListOf } from '../../../../generator/sources/yfm/extract/value-lists.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';
import { param, specOf } from '../../../support/yfm-corpus.ts';

describe('prose', () => {
  it('reads enums and defaults from prose', () => {
    expect(valueListOf(md('Possible values:\n- `Y` — yes\n- `N` — no'))?.values).toEqual([
      { value: 'Y', description: 'yes' },
      { value: 'N', description: 'no' },
    ]);
    expect(defaultFromProse('Default value: `50`')).toBe('50');
    expect(defaultFromProse('By default, `N` is used')).toBe('N');
    expect(defaultFromProse('Default — `null`')).toBe('null');
    expect(defaultFromProse('Nothing here')).toBeNull();
    expect(operatorsFromText('Prefixes:\n- `>=` — greater\n- `!@` — not in\n- `%` — like')).toEqual(['>=', '!@', '%']);
  });
  it('reads no default out of an operator list (crm-deal-list.md: "(used by default)" belongs to the operator before it)', () => {
    expect(defaultFromProse('- `=` — equal, exact match (used by default) - `!=` — not equal - `!` — not equal')).toBeNull();
    // catalog-document-list.md writes it without the parentheses.
    expect(defaultFromProse('- `=` — equal, exact match, used by default - `!=` — not equal')).toBeNull();
    expect(defaultFromProse('Sort direction. By default `ASC`.')).toBe('ASC');
  });
});

describe('on real pages', () => {
  it('enum lists: parts of the value are no values; quotes are no part of a value', () => {
    expect(valueListOf(md('The field has the structure:\n\n- `role` — role\n- `initiatedByType` — who'))).toBeNull();
    expect(valueListOf(md("Acceptable values:\n\n- `'P'` — personal\n- `'C'` — shared"))?.values.map((v) => v.value)).toEqual(['P', 'C']);
    const attach = specOf('api-reference/telephony/telephony-external-call-attach-record.md');
    expect(param(attach, 'FILENAME').type.kind).toBe('scalar');
    const reset = specOf('api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-reset.md');
    expect(param(reset, 'scope').type).toMatchObject({ kind: 'enum', values: [{ value: 'P' }, { value: 'C' }] });
  });
});
