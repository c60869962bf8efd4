/** TypeScript's side of naming: property keys, string literals, import specifiers, runtime exports, the naming policy. */
import { describe, expect, it } from 'vitest';
import {
  absentableType,
  exportedNamesOf,
  quote,
  typePropertyKey,
  typescriptNamingPolicy,
  valuePropertyKey,
} from '../../../../generator/targets/typescript/common/identifiers.ts';
import { moduleSpecifier } from '../../../../generator/targets/typescript/common/paths.ts';
import { docCode, escapeDocText } from '../../../../generator/targets/typescript/common/jsdoc.ts';

describe('typescript identifiers', () => {
  it('quotes property keys that are not identifiers; __proto__ is computed in values', () => {
    for (const [given, want] of [
      ['UF_CRM_1', 'UF_CRM_1'],
      ['default', 'default'],
      ['data.FIELDS', '"data.FIELDS"'],
      ['>=DATE', '">=DATE"'],
      ['<key>', '"<key>"'],
      ['1abc', '"1abc"'],
    ]) {
      expect(typePropertyKey(given!)).toBe(want);
    }
    expect(valuePropertyKey('__proto__')).toBe('["__proto__"]');
    expect(quote('a\u2028b"')).toBe('"a\\u2028b\\""');
  });

  it('writes bidi controls as escapes in string literals and doc comments (Trojan Source), the string value unchanged', () => {
    // test/fixtures/hostile-pages: descriptions and error texts carry U+202E (RIGHT-TO-LEFT OVERRIDE).
    const text = 'a\u202eb\u2066c\u2069d\u200fe';
    expect(quote(text)).toBe('"a\\u202eb\\u2066c\\u2069d\\u200fe"');
    expect(JSON.parse(quote(text))).toBe(text);
    expect(escapeDocText(`x ${text}`)).toBe('x a\\u202eb\\u2066c\\u2069d\\u200fe');
    expect(docCode('\u202ecode')).toBe('`\\u202ecode`');
  });

  it('lets an optional property named like an Object.prototype member hold the inherited member too', () => {
    // Every object has an inherited `toString`: typed `toString?: string`, an object literal leaving it out would not compile.
    expect(absentableType('toString', 'string')).toBe('string | Object["toString"]');
    expect(absentableType('constructor', 'number | string')).toBe('number | string | Object["constructor"]');
    expect(absentableType('hasOwnProperty', '() => void')).toBe('(() => void) | Object["hasOwnProperty"]');
    for (const name of ['__proto__', 'default', 'TOSTRING', 'id']) expect(absentableType(name, 'string')).toBe('string');
  });

  it('writes import specifiers between generated files', () => {
    expect(moduleSpecifier('src/methods/crm.ts', 'src/types/shared.ts')).toBe('../types/shared.js');
    expect(moduleSpecifier('src/index.ts', 'src/methods/crm.ts')).toBe('./methods/crm.js');
    expect(moduleSpecifier('src/vibe/contacts.ts', 'src/vibe/types.ts')).toBe('./types.js');
  });

  it('reads the names a runtime module exports', () => {
    const src =
      'export interface A {}\nexport type B = 1;\nexport class C {}\nexport function d() {}\nexport const e = 1;\nexport { f, g as h, type I } from "./x.js";\n';
    expect(exportedNamesOf(src).sort()).toEqual(['A', 'B', 'C', 'I', 'd', 'e', 'f', 'h']);
  });

  it('refuses keywords, globals, the package names and the runtime exports', () => {
    const policy = typescriptNamingPolicy('export class B24Error {}\nexport const PAGE_SIZE = 50;\n');
    for (const name of ['default', 'Record', 'Array', 'Methods', 'VibeOperations', 'B24Error', '1abc']) expect(policy.reservedType(name), name).toBe(true);
    for (const name of ['PAGE_SIZE', 'z', 'createClient', 'resultSchemas']) expect(policy.reservedValue(name), name).toBe(true);
    expect(policy.reservedType('CrmContact')).toBe(false);
    expect(policy.reservedValue('crmContactSchema')).toBe(false);
  });
});
