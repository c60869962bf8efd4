/** The one scalar → TypeScript mapping, and the small type-text builders. */
import { describe, expect, it } from 'vitest';
import { FileContext } from '../../../../generator/targets/typescript/common/file-context.ts';
import { SHARED_TYPES_FILE } from '../../../../generator/targets/typescript/common/paths.ts';
import {
  arrayText,
  enumText,
  fieldTypeText,
  scalarKind,
  scalarText,
  typeText,
  unionText,
  type TypeTextContext,
} from '../../../../generator/targets/typescript/common/type-text.ts';
import type { TypeRef } from '../../../../generator/spec/schema.ts';

describe('type text', () => {
  it('reads a scalar once: ids and doubles are numeric strings, yn strings are flags', () => {
    expect(scalarKind('string', 'id')).toBe('numeric-string');
    expect(scalarKind('string', 'double')).toBe('numeric-string');
    expect(scalarKind('string', 'yn')).toBe('flag');
    expect(scalarKind('string', 'date')).toBe('string');
    expect(scalarKind('integer', undefined)).toBe('number');
    expect(scalarKind('any', undefined)).toBe('unknown');
  });

  it('types scalars per mode: params and filters leniently; a result without a wire record as a param', () => {
    const table: Array<[string, string | undefined, string, string, string]> = [
      // name, format, output without wire, input, filter
      // tasks-task-list.md filters RESPONSIBLE_ID (a string field) by a number: a REST 1 filter value is read as text
      ['string', undefined, 'string', 'string', 'string | number'],
      ['string', 'id', 'string', 'string | number', 'string | number'],
      // crm-lead-add.md's request example: "params":{"REGISTER_SONET_EVENT":"Y"}, "OPENED":"Y"; a boolean
      // given there is sent as the letter by the generated client (runtime flagsAsYN)
      ['string', 'yn', "'Y' | 'N' | boolean", "'Y' | 'N' | boolean", "'Y' | 'N'"],
      // crm-lead-add.md: "ASSIGNED_BY_ID":1; an id read from a result is "43" (crm-contact-get.md)
      ['integer', undefined, 'number | string', 'number | string', 'number | string'],
      // data-types.md: "Most often takes values `Y` or `N`. In some methods, it may take values `0` or `1`, as well as `true` or `false`"
      ['boolean', undefined, "boolean | 'Y' | 'N' | 0 | 1", "boolean | 'Y' | 'N' | 0 | 1", "boolean | 'Y' | 'N'"],
      ['null', undefined, 'null', 'null', 'null'],
      ['unknown', undefined, 'unknown', 'unknown', 'unknown'],
    ];
    for (const [name, format, output, input, filter] of table) {
      expect([scalarText(name, format, 'output'), scalarText(name, format, 'input'), scalarText(name, format, 'filter')], `${name}/${format}`).toEqual([
        output,
        input,
        filter,
      ]);
    }
  });

  it('types results as the wire record says', () => {
    const read = { how: 'read', evidence: 'response-example' } as const;
    // crm-contact-get.md: "ID": "43", "LEAD_ID": null, "OPENED": "Y"; crm-deal-add.md: "result": 394
    expect(scalarText('integer', undefined, 'output', { sends: 'numeric-string', ...read })).toBe('string');
    expect(scalarText('integer', 'id', 'output', { sends: 'numeric-string', nullable: true, ...read })).toBe('string | null');
    expect(scalarText('integer', undefined, 'output', { sends: 'number', ...read })).toBe('number');
    expect(scalarText('number', 'double', 'output', { sends: 'numeric-string', ...read })).toBe('string');
    expect(scalarText('string', 'yn', 'output', { sends: 'yn', ...read })).toBe("'Y' | 'N'");
    expect(scalarText('boolean', undefined, 'output', { sends: 'yn', ...read })).toBe("'Y' | 'N'");
    expect(scalarText('boolean', undefined, 'output', { sends: 'boolean', ...read })).toBe('boolean');
    expect(scalarText('boolean', undefined, 'output', { sends: 'number', ...read })).toBe('0 | 1');
    expect(scalarText('boolean', undefined, 'output', { sends: 'numeric-string', ...read })).toBe("'0' | '1'");
    // A plain string an example shows as a number: both, the docs and the wire disagree.
    expect(scalarText('string', undefined, 'output', { sends: 'number', ...read })).toBe('string | number');
    expect(scalarText('string', undefined, 'output', { sends: 'string', nullable: true, ...read })).toBe('string | null');
    // One example sends "43", another 43: both.
    expect(scalarText('integer', undefined, 'output', { sends: 'numeric-string', also: ['number'], ...read })).toBe('string | number');
    // Params ignore the record: they accept every form.
    expect(scalarText('integer', undefined, 'input', { sends: 'number', ...read })).toBe('number | string');
  });

  it('types by where it prints: a shared catalogue type serves params too; Vibe params keep JSON types; integer enums sent as strings', () => {
    const read = { how: 'read', evidence: 'response-example' } as const;
    const ctx = (file: string, mode: 'input' | 'output', api?: 'rest' | 'vibe'): TypeTextContext => ({
      scope: { resolve: () => undefined },
      file: new FileContext(file),
      mode,
      api,
    });
    const id: TypeRef = { kind: 'scalar', name: 'integer', wire: { sends: 'numeric-string', ...read } };
    expect(typeText(id, ctx('src/methods/crm.ts', 'output'))).toBe('string');
    // crm_currency_localization is a result's field and crm.currency.localizations.set's param ("DECIMALS": 2 in its request example).
    expect(typeText(id, ctx(SHARED_TYPES_FILE, 'output'))).toBe('number | string');
    // vibe-contacts GET /v1/contacts/{id}: a JSON API, its request examples send numbers as numbers.
    expect(typeText({ kind: 'scalar', name: 'integer' }, ctx('src/vibe/types.ts', 'input', 'vibe'))).toBe('number');
    const en: TypeRef = { kind: 'enum', base: 'integer', values: [{ value: 1 }, { value: 2 }], open: false, wire: { sends: 'numeric-string', ...read } };
    expect(typeText(en, ctx('src/methods/crm.ts', 'output'))).toBe('"1" | "2"');
    expect(typeText(en, ctx('src/methods/crm.ts', 'input'))).toBe('1 | 2 | "1" | "2"');
    expect(typeText({ ...en, wire: { sends: 'number', ...read } }, ctx('src/methods/crm.ts', 'output'))).toBe('1 | 2');
    // disk-folder-add-subfolder.md: DELETED_TYPE lists `0`, `3`, `4` (read as strings, as disk.folder.get sends "0"); its example sends 0.
    const deleted: TypeRef = { kind: 'enum', base: 'string', values: [{ value: '0' }, { value: '3' }], open: true, wire: { sends: 'number', ...read } };
    expect(typeText(deleted, ctx('src/methods/disk.ts', 'output'))).toBe('0 | 3 | (number & {}) | "0" | "3" | (string & {})');
  });

  it("adds PHP's empty array to a result field marked emptyArray (with null after it); params stay as documented", () => {
    const ctx = (mode: 'input' | 'output'): TypeTextContext => ({ scope: { resolve: () => undefined }, file: new FileContext('src/methods/tasks.ts'), mode });
    // tasks-task-add.md:329: `"accomplicesData": [],` where tasks/fields.md:189-192 documents a map keyed by user id
    const emptyArray = { file: 'api-reference/tasks/tasks-task-add.md', how: 'read', evidence: 'response-example' } as const;
    const map: TypeRef = { kind: 'map', values: { kind: 'scalar', name: 'string' }, keys: 'integer' };
    expect(fieldTypeText({ type: map, emptyArray }, ctx('output'))).toBe('Record<string, string> | []');
    expect(fieldTypeText({ type: map, emptyArray, nullable: true }, ctx('output'))).toBe('Record<string, string> | [] | null');
    expect(fieldTypeText({ type: map, emptyArray }, ctx('input'))).toBe('Record<string, string>');
    expect(fieldTypeText({ type: map }, ctx('output'))).toBe('Record<string, string>');
  });

  it('builds arrays, unions and enums', () => {
    expect(arrayText('CrmContact')).toBe('CrmContact[]');
    expect(arrayText('string | number')).toBe('Array<string | number>');
    expect(unionText(['string', 'string', 'number'])).toBe('string | number');
    expect(unionText(['string', 'unknown'])).toBe('unknown');
    expect(enumText('string', ['A', 'B'], false)).toBe('"A" | "B"');
    expect(enumText('integer', ['1', 2], true)).toBe('1 | 2 | (number & {})');
    expect(enumText('string', [], false)).toBe('string');
  });
});
