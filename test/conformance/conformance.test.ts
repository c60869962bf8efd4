/**
 * End to end: fixture specs → the real emitter → a package in a temp dir → `runConformance`. Every
 * broken example must come back with its kind, JSON path and source line; the conforming ones must not.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConformance, type ConformanceRun } from '../../generator/conformance/run.ts';
import { compareMismatches } from '../../generator/conformance/report.ts';
import type { Mismatch } from '../../generator/conformance/types.ts';
import type { SpecSet } from '../../generator/spec/spec-set.ts';
import { parseFolder, SEEDS_DIR } from '../helpers.ts';
import { loadFixtureSet, writeGenerated } from './helpers.ts';

const dirs: string[] = [];
let set: SpecSet;
let run: ConformanceRun;

/** The mismatches of one example, as `kind path line verdict` strings (sorted, so order bugs show). */
function of(exampleId: string, method = 'demo.item.add'): string[] {
  return run.report.mismatches
    .filter((m) => m.method === method && m.exampleId === exampleId)
    .map((m) => `${m.kind} ${m.path} ${m.file}:${m.line} ${m.verdict}`)
    .sort();
}

beforeAll(async () => {
  set = await loadFixtureSet();
  const dir = await writeGenerated(set);
  dirs.push(dir);
  run = await runConformance({ set, generatedDir: dir });
});

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('fixture specs', () => {
  it('counts checked, passed and skipped examples', () => {
    expect(run.report.checked).toBe(12);
    expect(run.report.passed).toBe(4);
    expect(run.report.skipped.map((s) => `${s.method} ${s.exampleId}`)).toEqual(['demo.legacy.call request:1']);
    expect(run.report.problems).toEqual([]);
  });

  it('does not report conforming examples (including the OAuth variant with `auth`)', () => {
    for (const id of ['request:ok', 'request:ok-oauth']) expect(of(id)).toEqual([]);
    expect(of('request:upper-case', 'demo.item.get')).toEqual([]);
    expect(of('request:upper-case-oauth', 'demo.item.get')).toEqual([]);
  });

  it('reports an unknown key with its path and source line', () => {
    expect(of('request:unknown-key')).toEqual(['unknown-property fields.COLOR demo/item-add.md:60 doc-bug']);
  });

  it('reports a wrong value type', () => {
    expect(of('request:wrong-type')).toEqual(['wrong-type fields.SORT demo/item-add.md:70 doc-bug']);
  });

  it('reports a missing required field', () => {
    expect(of('request:missing')).toEqual(['missing-required fields.TITLE demo/item-add.md:80 doc-bug']);
  });

  it('reports every problem of one example, including those the first compile masks', () => {
    // tsc alone reports only fields.TITLE here: one excess property per literal, none next to a wrong value.
    expect(of('request:masked')).toEqual([
      'unknown-property extra demo/item-add.md:90 doc-bug',
      'unknown-property fields.A demo/item-add.md:90 doc-bug',
      'unknown-property fields.B demo/item-add.md:90 doc-bug',
      'wrong-type fields.TITLE demo/item-add.md:90 doc-bug',
    ]);
    expect(run.timing.rounds).toBeGreaterThan(1);
  });

  it('judges a closed-enum miss a doc bug and a value against an inferred type a parser bug', () => {
    expect(of('request:enum')).toEqual(['wrong-type fields.ACTIVE demo/item-add.md:100 doc-bug']);
    expect(of('request:inferred')).toEqual(['wrong-type fields.WEIGHT demo/item-add.md:110 parser-bug']);
  });

  it('keeps hostile strings and `__proto__` keys as data', () => {
    // The title with U+2028, quotes and `${}` conforms; `__proto__` is a key like any other (not a prototype).
    expect(of('request:hostile')).toEqual(['unknown-property __proto__ demo/item-add.md:120 doc-bug']);
  });

  it('reports keys sent to a method whose page says it takes no parameters', () => {
    const m = run.report.mismatches.filter((x) => x.method === 'demo.ping');
    expect(m.map((x) => `${x.kind} ${x.path} ${x.line} ${x.verdict} ${x.tsCode}`)).toEqual(['unknown-property verbose 15 doc-bug null']);
  });

  it('notes top-level keys normalised to the documented case instead of reporting them', () => {
    expect(run.report.normalised.map((n) => `${n.exampleId} ${n.from}→${n.to} ${n.why}`)).toEqual([
      'request:upper-case ID→id case',
      'request:upper-case-oauth ID→id case',
    ]);
  });

  it('sorts mismatches by file, line and path', () => {
    const sorted = [...run.report.mismatches].sort(compareMismatches);
    expect(run.report.mismatches).toEqual(sorted);
    const where = run.report.mismatches.map((m: Mismatch) => `${m.file}:${m.line}`);
    expect(where[0]).toBe('demo/item-add.md:60');
    expect(where[where.length - 1]).toBe('demo/ping.md:15');
  });

  it('reports case differences as mismatches when normalisation is off', async () => {
    const strict = await runConformance({ set, generatedDir: dirs[0]!, normalizeCase: false });
    const get = strict.report.mismatches.filter((m) => m.method === 'demo.item.get' && m.exampleId === 'request:upper-case');
    expect(get.map((m) => `${m.kind} ${m.path}`).sort()).toEqual(['missing-required id', 'unknown-property ID']);
    expect(get.find((m) => m.kind === 'unknown-property')?.reason).toContain("the table has 'id'");
    expect(strict.report.normalised).toEqual([]);
  });
});

describe('a broken generated package', () => {
  it('skips examples whose params type silently became `any` instead of passing them', async () => {
    const dir = await writeGenerated(set);
    dirs.push(dir);
    const file = join(dir, 'src/methods/demo.ts');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('export interface DemoItemGetParams');
    await writeFile(file, text.replace('export interface DemoItemGetParams', 'export interface RenamedAway'));
    const broken = await runConformance({ set, generatedDir: dir });
    expect(broken.report.skipped.filter((s) => s.method === 'demo.item.get').map((s) => s.reason)).toEqual([
      expect.stringContaining('`any`'),
      expect.stringContaining('`any`'),
    ]);
    expect(broken.report.checked).toBe(10);
  });
});

describe('seed pages through the real pipeline', () => {
  let seeds: ConformanceRun;
  beforeAll(async () => {
    const seedSet = parseFolder(SEEDS_DIR);
    const dir = await writeGenerated(seedSet, 'b24gen-conformance-seeds-');
    dirs.push(dir);
    seeds = await runConformance({ set: seedSet, generatedDir: dir });
  });

  it("reports crm.contact.list's IMPORT filter key at both cURL examples", () => {
    const m = seeds.report.mismatches.filter((x) => x.method === 'crm.contact.list');
    expect(m.map((x) => `${x.kind} ${x.path} ${x.file}:${x.line}`)).toEqual([
      'unknown-property filter.IMPORT seeds/crm.contact.list.txt:54',
      'unknown-property filter.IMPORT seeds/crm.contact.list.txt:59',
    ]);
  });

  it('passes crm.contact.get, whose examples send `ID` where the table says `id`', () => {
    expect(seeds.report.mismatches.filter((x) => x.method === 'crm.contact.get')).toEqual([]);
    expect(seeds.report.normalised.filter((n) => n.method === 'crm.contact.get').map((n) => `${n.from}→${n.to}`)).toEqual(['ID→id', 'ID→id']);
  });
});
