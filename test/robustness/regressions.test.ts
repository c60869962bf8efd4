/**
 * The inputs fuzzing found bugs with, kept as fixtures (test/fixtures/fuzz/*.json: the page as parts, a
 * part being text or a repeat, with what the input broke before its fix), and what the readers must do
 * with them now: read the rest of the page, and name the file and line of the part they degraded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MethodSpec, Warning } from '../../generator/spec/schema.ts';
import { contextOf, runPipeline } from './harness.ts';

const DIR = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url));

type Part = string | { repeat: string; times: number } | { nestedList: number };
interface Fixture {
  found: string;
  before: string;
  path: string;
  parts: Part[];
}

/** A fixture's page text. */
function textOf(f: Fixture): string {
  return f.parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('repeat' in p) return p.repeat.repeat(p.times);
      return Array.from({ length: p.nestedList }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    })
    .join('');
}

const fixture = (name: string): Fixture => JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')) as Fixture;

/** Read a fixture page alone, with no corpus around it; the property holds and the run stays within `ms`. */
function read(name: string, ms: number): { spec: MethodSpec | undefined; warnings: Warning[]; text: string; path: string } {
  const f = fixture(name);
  const text = textOf(f);
  const { ctx, served } = contextOf(new Map([[f.path, text]]));
  const out = runPipeline([{ page: { path: f.path, text }, ctx, fallback: 'yfm-markdown' }], served);
  expect(out.violations).toEqual([]);
  expect(out.ms).toBeLessThan(ms);
  const spec = out.set?.specs[0];
  const warnings = [...(out.set?.pages.flatMap((p) => p.warnings) ?? []), ...(spec?.warnings ?? [])];
  return { spec, warnings, text, path: f.path };
}

/** 1-based line of the first line of `text` that `test` accepts. */
const lineWhere = (text: string, test: (line: string) => boolean): number => text.split('\n').findIndex(test) + 1;

describe('fuzz regressions (test/fixtures/fuzz/)', () => {
  it('every fixture has a test here', () => {
    const tested = ['deep-blockquote.json', 'deep-list.json', 'nested-emphasis.json', 'table-cells-line.json'];
    expect(readdirSync(DIR).sort()).toEqual(tested);
  });

  it('deep-blockquote: the page is read; the 5,000-level quote is clipped with a warning naming its line', () => {
    const { spec, warnings, text, path } = read('deep-blockquote.json', 10_000);
    expect(spec?.method).toBe('crm.fuzz.get');
    // The params table after the quote is still read (fixture line 9: `|| **id***`).
    expect(spec?.params.map((p) => [p.name, p.required])).toEqual([['id', true]]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'yfm-nesting-limit', file: path, line: lineWhere(text, (l) => l.startsWith('>>>>')) }));
  });

  it('deep-list: a list nested 5,000 levels is read in bounded time, clipped from the level its prefix passes 64 characters', () => {
    const { spec, warnings, text, path } = read('deep-list.json', 15_000);
    expect(spec?.method).toBe('crm.fuzz.get');
    // 64 columns of prefix: from the item at depth 32 (its line holds 64 spaces before `- x`), lines are clipped.
    const first = warnings.find((w) => w.code === 'yfm-nesting-limit');
    expect(first).toMatchObject({ file: path, line: lineWhere(text, (l) => l.startsWith(' '.repeat(64))) });
  });

  it('nested-emphasis: past 1,000 delimiters a paragraph keeps its `*` as text; the page after it is read', () => {
    const { spec, warnings, text, path } = read('nested-emphasis.json', 10_000);
    expect(spec?.params.map((p) => p.name)).toEqual(['id']);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'yfm-emphasis-limit', file: path, line: lineWhere(text, (l) => l.startsWith('*a *a')) }));
  });

  it('table-cells-line: the 10 MB row is cut off with a warning naming its line; everything before it is read', () => {
    const { spec, warnings, text, path } = read('table-cells-line.json', 20_000);
    expect(spec?.params.map((p) => p.name)).toEqual(['id']);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'yfm-file-limit', file: path, line: lineWhere(text, (l) => l.startsWith('|| x |')) }));
  });
});
