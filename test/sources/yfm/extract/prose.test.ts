/** prose.ts (with value-lists.ts and list.ts's operators): enums, defaults and filter operators read from prose. */
import { describe, expect, it } from 'vitest';
import { operatorsFromText } from '../../../../generator/sources/yfm/extract/list.ts';
import { defaultFromProse, saysNullable } from '../../../../generator/sources/yfm/extract/prose.ts';
import { valueListOf } from '../../../../generator/sources/yfm/extract/value-lists.ts';
import { markdownNodes as md } from '../../../support/yfm.ts';
import { fieldsOf, param, specOf } from '../../../support/yfm-corpus.ts';

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
  it('reads no default out of a formula, a template, a pattern, a part of a value or a filter the server applies', () => {
    // crm-company-contact-add.md:68 "Defaults to `i + 10`, where `i` is the maximum sort index of existing links …"
    expect(defaultFromProse('Sort index. Defaults to `i + 10`, where `i` is the maximum sort index of existing links')).toBeNull();
    // crm-deal-add.md:56 "By default, it is generated using the template `Deal #{id}`, where `id` is the element identifier"
    expect(defaultFromProse('Deal title. By default, it is generated using the template `Deal #{id}`, where `id` is the element identifier')).toBeNull();
    // landing block add: "By default, the new block receives an anchor in the form `b<ID>`, for example `b28597`"
    expect(defaultFromProse('By default, the new block receives an anchor in the form `b<ID>`, for example `b28597`')).toBeNull();
    // crm-deal-list.md select: "By default, all fields are taken — `'*'` + Custom fields — `'UF_*'`": `'*'` is only part of it.
    expect(defaultFromProse("By default, all fields are taken — `'*'` + Custom fields — `'UF_*'`")).toBeNull();
    // documentgenerator template list filter: "By default, the filter `isDeleted = \"N\"` is applied".
    expect(defaultFromProse('By default, the filter `isDeleted = "N"` is applied')).toBeNull();
    // A plain statement still is one: "Default value — `['ID']`" (bizproc.workflow.template.list SELECT).
    expect(defaultFromProse("You can specify only the fields that are necessary. Default value — `['ID']`")).toBe("['ID']");
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

describe('saysNullable', () => {
  it.each([
    ['The symbolic code of the template. Can be `null`', true],
    ['Bot data or `null`', true],
    ['Identifier of the REST block from the repository or `null` if the block is not linked to a REST repository', true],
    ['Returns `null` for an unfinished workday', true],
    ['- `null` — avatar is not set', true],
    ['It is `null` if there is no parent task', true],
    // An operator list and an invalid input are no statement that the value may be null.
    ['- `?` — check for `null`/`not null`', false],
    ['If a number, `true`, `false`, or `null` is passed instead of a string, the method will return an error', false],
    ['Identifier of the template', false],
  ])('%j → %s', (text, want) => {
    expect(saysNullable(text)).toBe(want);
  });

  it('im.user.get `bot_data` ("Bot data or `null`") is an object or null', () => {
    const s = specOf('api-reference/chats/users/im-user-get.md');
    const bot = s.types.flatMap((t) => fieldsOf(t.type)).find((f) => f.name === 'bot_data') ?? fieldsOf(s.result?.type).find((f) => f.name === 'bot_data');
    expect(bot?.type.kind).toBe('union');
    expect(bot?.type.kind === 'union' && bot.type.anyOf.at(-1)).toEqual({ kind: 'scalar', name: 'null' });
  });

  it('crm.documentgenerator.numerator.get `code` ("The symbolic code of the numerator. Can be `null`") is a string or null', () => {
    const s = specOf('api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.md');
    const code = [...s.types.flatMap((t) => fieldsOf(t.type)), ...fieldsOf(s.result?.type)].find((f) => f.name === 'code');
    expect(code?.type).toEqual({
      kind: 'union',
      anyOf: [
        { kind: 'scalar', name: 'string' },
        { kind: 'scalar', name: 'null' },
      ],
    });
  });
});
