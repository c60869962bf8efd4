/** Unit tests of the pure steps: serialisation, body preparation, program text, diagnostic mapping, verdict helpers. */
import { describe, expect, it } from 'vitest';
import { collectCases, normaliseKeys } from '../../generator/conformance/examples.ts';
import { findingsOf, mapDiagnostics, missingNames } from '../../generator/conformance/diagnostics.ts';
import { formatPath, literalText, pathKey } from '../../generator/conformance/literal.ts';
import { buildConformanceProgram } from '../../generator/conformance/program.ts';
import { applyFindings, emptyPatch } from '../../generator/conformance/rounds.ts';
import { matchesPattern } from '../../generator/conformance/verdict.ts';
import { locateIn, specLookup } from '../../generator/conformance/resolve.ts';
import type { TypeRef } from '../../generator/spec/schema.ts';
import { restSpec } from '../support/specs.ts';
import type { RawDiagnostic } from '../../generator/conformance/types.ts';
import { loadFixtureSet } from './helpers.ts';

const diag = (line: number, code: number, ...texts: string[]): RawDiagnostic => ({
  file: 'demo.ts',
  line,
  code,
  messages: texts.map((text, i) => ({ code: i === 0 ? code : 0, text })),
});

describe('literalText', () => {
  it('writes one JSON node per line and records its path', () => {
    const lit = literalText({ a: [1, { b: 'x' }], c: {} });
    expect(lit.lines).toEqual(['{', '  a: [', '    1,', '    {', '      b: "x",', '    },', '  ],', '  c: {},', '}']);
    expect(lit.paths.map(formatPath)).toEqual(['(root)', 'a', 'a[0]', 'a[1]', 'a[1].b', 'a[1]', 'a', 'c', '(root)']);
  });

  it('escapes line separators and keeps __proto__ an own property', () => {
    const body = JSON.parse('{"__proto__": {"x": 1}, "s": "a\\u2028b\\u2029c", "odd key": null}') as unknown;
    const text = literalText(body).lines.join('\n');
    expect(text).toContain('["__proto__"]: {');
    expect(text).toContain('s: "a\\u2028b\\u2029c"');
    expect(text).toContain('"odd key": null');
    expect(text).not.toMatch(/[\u2028\u2029]/);
  });

  it('prunes, stubs and injects nodes while keeping the original paths', () => {
    const patch = emptyPatch();
    patch.prune.add(pathKey(['a']));
    patch.never.add(pathKey(['b', 1]));
    patch.inject.set(pathKey([]), ['id']);
    const lit = literalText({ a: 1, b: [1, 'x', 3] }, patch);
    expect(lit.lines).toEqual(['{', '  b: [', '    1,', '    __never,', '    3,', '  ],', '  id: __never,', '}']);
    expect(lit.paths.map(formatPath)).toEqual(['(root)', 'b', 'b[0]', 'b[1]', 'b[2]', 'b', 'id', '(root)']);
  });
});

describe('preparing bodies', () => {
  it('renames top-level keys to the documented case unless the target is already there', () => {
    const names = [
      { name: 'id', aliases: [] },
      { name: 'fields', aliases: ['data'] },
    ];
    expect(normaliseKeys({ ID: 1, DATA: {} }, names)).toEqual({
      body: { id: 1, fields: {} },
      renamed: [
        { from: 'ID', to: 'id', why: 'case' },
        { from: 'DATA', to: 'fields', why: 'alias' },
      ],
    });
    expect(normaliseKeys({ ID: 1, id: 2 }, names).renamed).toEqual([]);
  });

  it('drops `auth`, skips undocumented params sections, and flags keys sent to a no-params method', async () => {
    const cases = collectCases((await loadFixtureSet()).specs);
    const oauth = cases.find((c) => c.exampleId === 'request:ok-oauth')!;
    expect(Object.keys(oauth.body as object)).toEqual(['fields']);
    expect(cases.find((c) => c.method === 'demo.legacy.call')!.skip).toMatch(/no parameter section/);
    expect(cases.find((c) => c.method === 'demo.ping')!.undocumentedKeys).toEqual(['verbose']);
    expect(cases.filter((c) => c.method === 'demo.item.add').map((c) => c.line)).toEqual([40, 50, 60, 70, 80, 90, 100, 110, 120]);
  });
});

describe('buildConformanceProgram', () => {
  it('writes one file per namespace importing the Methods map, one typed statement per example', async () => {
    const { files, checks } = buildConformanceProgram((await loadFixtureSet()).specs);
    expect([...files.keys()]).toEqual(['demo.ts']);
    const text = files.get('demo.ts')!;
    expect(text).toContain("import type { Methods } from '../src/methods.js';");
    expect(text).toContain(`type __t1 = Methods["demo.item.add"]['params'];`);
    // demo.ping is checked without the compiler and demo.legacy.call is skipped: 11 statements.
    expect(checks).toHaveLength(11);
    const lines = text.split('\n');
    for (const c of checks) {
      expect(lines[c.typeLine - 1]).toBe(`type __t${c.index} = ${c.example.typeExpr};`);
      expect(lines[c.declLine - 1]).toMatch(new RegExp(`^export const __ex_${c.index}: __t${c.index} = `));
      expect(lines[c.declLine - 3]).toContain(`${c.example.method} ${c.example.exampleId} ${c.example.file}:${c.example.line}`);
    }
  });
});

describe('diagnostics', () => {
  it('classifies compiler messages into the three kinds', () => {
    expect(findingsOf(diag(3, 2353, "Object literal may only specify known properties, and 'X' does not exist in type 'P'."), ['X'])).toEqual([
      { kind: 'unknown-property', path: ['X'], tsCode: 2353, message: "'X' does not exist in type 'P'." },
    ]);
    expect(findingsOf(diag(3, 2322, "Type 'string' is not assignable to type 'number'."), ['id'])[0]!.kind).toBe('wrong-type');
    expect(findingsOf(diag(2, 2741, "Property 'id' is missing in type '{}' but required in type 'P'."), [])).toEqual([
      { kind: 'missing-required', path: ['id'], tsCode: 2741, message: "'id' is required by 'P' but missing" },
    ]);
    expect(findingsOf(diag(2, 2589, 'Type instantiation is excessively deep and possibly infinite.'), [])[0]!.kind).toBe('other');
  });

  it('splits a list of missing properties, and reads an object-for-array as a wrong type', () => {
    expect(missingNames("Type '{}' is missing the following properties from type 'P': a, b, and 3 more.")).toEqual(['a', 'b']);
    const arr = findingsOf(diag(4, 2740, "Type '{}' is missing the following properties from type 'unknown[]': length, pop, push, and 29 more."), ['options']);
    expect(arr.map((f) => `${f.kind} ${formatPath(f.path)}`)).toEqual(['wrong-type options']);
    const excess = findingsOf(diag(5, 2353, "Object literal may only specify known properties, and 'data' does not exist in type 'string[]'."), [
      'options',
      'data',
    ]);
    expect(excess.map((f) => `${f.kind} ${formatPath(f.path)}`)).toEqual(['wrong-type options']);
  });

  it('maps diagnostics to checks by line; errors on the type line mean the method is missing', async () => {
    const { checks } = buildConformanceProgram((await loadFixtureSet()).specs);
    const c = checks[2]!; // request:unknown-key: { fields: { TITLE, COLOR } }
    const mapped = mapDiagnostics(checks, [
      diag(c.declLine + 3, 2353, "Object literal may only specify known properties, and 'COLOR' does not exist in type 'F'."),
      diag(checks[3]!.typeLine, 2339, "Property 'demo.item.add' does not exist on type 'Methods'."),
      diag(1, 2307, "Cannot find module '../src/methods.js'."),
    ]);
    expect(mapped.findings.get(c.index)!.map((f) => formatPath(f.path))).toEqual(['fields.COLOR']);
    expect(mapped.unresolved.get(checks[3]!.index)).toMatch(/does not resolve/);
    expect(mapped.stray).toHaveLength(1);
  });

  it('grows a patch only with findings it has not seen', () => {
    const patch = emptyPatch();
    const found = [
      { kind: 'unknown-property' as const, path: ['a'], tsCode: 2353, message: '' },
      { kind: 'missing-required' as const, path: ['f', 'id'], tsCode: 2741, message: '' },
    ];
    expect(applyFindings(patch, found)).toBe(true);
    expect(applyFindings(patch, found)).toBe(false);
    expect(patch.inject.get(pathKey(['f']))).toEqual(['id']);
  });
});

describe('matchesPattern', () => {
  it('recognises documented name patterns', () => {
    expect(matchesPattern('UF_CRM_1720', 'UF_...')).toBe(true);
    expect(matchesPattern('UF_CRM_1720', 'UF_*')).toBe(true);
    expect(matchesPattern('property258', 'propertyN')).toBe(true);
    expect(matchesPattern('chat123', 'chatXXX')).toBe(true);
    expect(matchesPattern('propertyX', 'propertyN')).toBe(false);
    expect(matchesPattern('TOKE1', 'TOKEN')).toBe(false);
    expect(matchesPattern('TITLE', 'TITLE')).toBe(false);
  });
});

describe('locateIn', () => {
  it('an open object places only the keys of its prefixes under `additional`', () => {
    // crm-company-fields.md documents `UF_...` and `PARENT_ID_...`: an `ADDRESS_2` key is not one of them.
    const spec = restSpec('crm.company.get');
    const root: TypeRef = { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' }, additionalKeys: ['PARENT_ID_', 'UF_'] };
    const lookup = specLookup({ specs: [spec], typeCatalogues: [] });
    expect(locateIn(spec, root, ['UF_CRM_1'], lookup).unresolvedAt).toBe(-1);
    expect(locateIn(spec, root, ['ADDRESS_2'], lookup).unresolvedAt).toBe(0);
    expect(locateIn(spec, { ...root, additionalKeys: undefined }, ['ADDRESS_2'], lookup).unresolvedAt).toBe(-1);
  });
});
