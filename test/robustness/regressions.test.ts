/**
 * The inputs fuzzing found bugs with, kept as fixtures (test/fixtures/fuzz/*.json: the page as parts, a
 * part being text or a repeat, with what the input broke before its fix), and what the readers must do
 * with them now: read the rest of the page, and name the file and line of the part they degraded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MethodSpec, Warning } from '../../generator/spec/schema.ts';
import { join } from 'node:path';
import { requireShared, SHARED } from '../support/shared.ts';
import { contextOf, runPipeline } from './harness.ts';

const DIR = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url));

/** A part of a fixture page: text, a repeat, a nested list, or the fixture's page of ../shared (CRLF line breaks if asked). */
type Part =
  | string
  | { repeat: string; times: number }
  | { nestedList: number }
  | {
      shared: true;
      crlf?: boolean;
      repeatFirstLine?: boolean;
      tabsBeforeEnd?: number;
      /** `run` repeated `times` and an `x`, `back` characters before the end. */
      runBeforeEnd?: { run: string; times: number; back: number };
    };
interface Fixture {
  found: string;
  before: string;
  path: string;
  /** A page of ../shared the fixture starts from (its `{ shared: true }` part). */
  shared?: string;
  parts: Part[];
}

/** A fixture's page of ../shared, as the corpus holds it. */
const sharedText = (f: Fixture): string => readFileSync(requireShared(join(SHARED.root, f.shared ?? '')), 'utf8');

/** A fixture's page text. */
function textOf(f: Fixture): string {
  return f.parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('repeat' in p) return p.repeat.repeat(p.times);
      if ('shared' in p) {
        let text = p.repeatFirstLine ? `${sharedText(f).split('\n')[0]}\n${sharedText(f)}` : sharedText(f);
        // A run of tabs and an `x` five characters before the end (inside the page's last link).
        if (p.tabsBeforeEnd) text = text.slice(0, -5) + '\t'.repeat(p.tabsBeforeEnd) + 'x' + text.slice(-5);
        const r = p.runBeforeEnd;
        if (r) text = text.slice(0, text.length - r.back) + r.run.repeat(r.times) + 'x' + text.slice(text.length - r.back);
        return p.crlf ? text.replace(/\n/g, '\r\n') : text;
      }
      return Array.from({ length: p.nestedList }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    })
    .join('');
}

const fixture = (name: string): Fixture => JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')) as Fixture;

/** Read a page alone, with no corpus around it; the property holds and the run stays within `ms`. */
function readText(path: string, text: string, ms: number): { specs: MethodSpec[]; warnings: Warning[] } {
  const { ctx, served } = contextOf(new Map([[path, text]]));
  const out = runPipeline([{ page: { path, text }, ctx, fallback: 'yfm-markdown' }], served);
  expect(out.violations).toEqual([]);
  expect(out.ms).toBeLessThan(ms);
  const specs = out.set?.specs ?? [];
  return { specs, warnings: [...(out.set?.pages.flatMap((p) => p.warnings) ?? []), ...specs.flatMap((s) => s.warnings)] };
}

/** Read a fixture page alone (readText). */
function read(name: string, ms: number): { spec: MethodSpec | undefined; specs: MethodSpec[]; warnings: Warning[]; text: string; path: string; f: Fixture } {
  const f = fixture(name);
  const text = textOf(f);
  const { specs, warnings } = readText(f.path, text, ms);
  return { spec: specs[0], specs, warnings, text, path: f.path, f };
}

/** Specs without their sources' hashes (a CRLF copy of a page hashes differently, and must say the same). */
const unhashed = (specs: readonly MethodSpec[]) => specs.map((s) => ({ ...s, sources: s.sources.map((src) => ({ ...src, sha256: '' })) }));

/** 1-based line of the first line of `text` that `test` accepts. */
const lineWhere = (text: string, test: (line: string) => boolean): number => text.split('\n').findIndex(test) + 1;

describe('fuzz regressions (test/fixtures/fuzz/)', () => {
  it('every fixture has a test here', () => {
    const tested = [
      'deep-blockquote.json',
      'deep-list.json',
      'many-lines.json',
      'nested-emphasis.json',
      'table-cells-line.json',
      'vibe-crlf-truncated.json',
      'vibe-many-lines.json',
      'whitespace-run-attrs.json',
      'whitespace-run-paragraph.json',
      'whitespace-run-seed.json',
      'whitespace-run-table.json',
      'whitespace-run-vibe.json',
    ];
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

  it('whitespace-run-paragraph: 200,000 spaces in a paragraph and in a cell are read in linear time', () => {
    const { spec } = read('whitespace-run-paragraph.json', 5_000);
    // Markdown keeps a run of spaces inside text as written; the reader keeps what the page says.
    expect(spec?.description.startsWith('The method returns ')).toBe(true);
    expect(spec?.params.map((p) => [p.name, p.description?.replace(/ +/g, ' ')])).toEqual([['id', 'Item id']]);
  });

  it('whitespace-run-vibe: a Vibe page with 8 MB of indentation is read in linear time, before or after its text', () => {
    // As found (the list first): read in bounded time (the page no longer looks like a Vibe page: no operation).
    const { f } = read('whitespace-run-vibe.json', 10_000);
    // The list after the page's text: the page's own operations are all read.
    const list = textOf({ ...f, parts: [{ nestedList: 2900 }] });
    const after = readText(f.path, sharedText(f) + '\n' + list, 10_000).specs;
    const plain = readText(f.path, sharedText(f), 5_000).specs;
    expect(plain.length).toBeGreaterThan(0);
    expect(after.map((s) => s.id)).toEqual(plain.map((s) => s.id));
  });

  it('vibe-crlf-truncated: a cut Vibe page with CRLF line breaks and a BOM is still seen as cut at 2,000 bytes', () => {
    const { specs, warnings, path, f } = read('vibe-crlf-truncated.json', 5_000);
    // The page as the corpus holds it (LF, no BOM) is 2,000 bytes and stops mid-sentence ("…Full list of common API").
    const lf = readText(f.path, sharedText(f), 5_000);
    expect(unhashed(specs)).toEqual(unhashed(lf.specs));
    expect(specs[0]?.sources[0]?.truncated).toBe(true);
    const lastLine = sharedText(f).trimEnd().split('\n').length;
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'truncated-page', file: path, line: lastLine, message: expect.stringContaining('2000 bytes') }),
    );
  });

  it('many-lines: 2,000,000 lines are read up to line 20,000, with a warning naming the line where reading stopped', () => {
    const { spec, warnings, path } = read('many-lines.json', 20_000);
    expect(spec?.params.map((p) => p.name)).toEqual(['id']);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'yfm-file-limit', file: path, line: 20_001 }));
  });

  it('vibe-many-lines: a Vibe page of 2,000,000 lines is read up to line 20,000; the page’s own operation is read', () => {
    const { specs, warnings, path, f } = read('vibe-many-lines.json', 10_000);
    const plain = readText(f.path, sharedText(f), 5_000).specs;
    expect(specs.map((s) => s.id)).toEqual(plain.map((s) => s.id));
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'page-limit', file: path, line: 20_001 }));
  });

  it('whitespace-run-seed: a scraped page whose title holds 219,000 spaces is read in linear time, with the page’s params', () => {
    const { spec, f } = read('whitespace-run-seed.json', 5_000);
    const plain = readText(f.path, sharedText(f), 5_000).specs[0];
    expect(spec?.method).toBe('crm.company.contact.items.get');
    expect(spec?.params.map((p) => p.name)).toEqual(plain?.params.map((p) => p.name));
  });

  it('whitespace-run-attrs: 172,020 tabs inside a page’s last link are read in linear time; the page gives its spec', () => {
    const { spec, f } = read('whitespace-run-attrs.json', 5_000);
    const plain = readText(f.path, sharedText(f), 5_000).specs[0];
    expect(spec?.method).toBe(plain?.method);
    expect(spec?.params.map((p) => p.name)).toEqual(plain?.params.map((p) => p.name));
  });

  it('whitespace-run-table: a scraped table cell holding 125,806 characters of white space before its closing pipe is read in linear time', () => {
    const { specs, f } = read('whitespace-run-table.json', 5_000);
    const plain = readText(f.path, sharedText(f), 5_000).specs;
    expect(plain.map((s) => s.method)).toEqual(['crm.contact.list']);
    expect(specs.map((s) => s.method)).toEqual(['crm.contact.list']);
    expect(specs[0]?.params.map((p) => p.name)).toEqual(plain[0]?.params.map((p) => p.name));
  });
});
