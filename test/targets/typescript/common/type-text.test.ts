/** The one scalar → TypeScript mapping, and the small type-text builders. */
import { describe, expect, it } from 'vitest';
import { arrayText, enumText, scalarKind, scalarText, unionText } from '../../../../generator/targets/typescript/common/type-text.ts';

describe('type text', () => {
  it('reads a scalar once: ids and doubles are numeric strings, yn strings are flags', () => {
    expect(scalarKind('string', 'id')).toBe('numeric-string');
    expect(scalarKind('string', 'double')).toBe('numeric-string');
    expect(scalarKind('string', 'yn')).toBe('flag');
    expect(scalarKind('string', 'date')).toBe('string');
    expect(scalarKind('integer', undefined)).toBe('number');
    expect(scalarKind('any', undefined)).toBe('unknown');
  });

  it('types scalars per mode: results as sent, params and filters leniently', () => {
    const table: Array<[string, string | undefined, string, string, string]> = [
      // name, format, output, input, filter
      ['string', undefined, 'string', 'string', 'string'],
      ['string', 'id', 'string', 'string | number', 'string | number'],
      ['string', 'yn', 'string', 'string', "'Y' | 'N'"],
      ['integer', undefined, 'number', 'number', 'number | string'],
      ['boolean', undefined, 'boolean', 'boolean', "boolean | 'Y' | 'N'"],
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
