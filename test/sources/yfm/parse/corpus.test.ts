/**
 * Parses every page under the corpus's api-reference/ with real include resolution. Fails (never skips) when
 * ../shared is missing. Takes ~30–60 s on the 2-core box (about 1.5× the parse itself, for the tree walks).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Heading, Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Warning } from '../../../../generator/spec/schema.ts';
import { parseYfm } from '../../../../generator/sources/yfm/parse/index.ts';
import type { YfmCell, YfmInclude, YfmNote, YfmRow, YfmTable, YfmTabs } from '../../../../generator/sources/yfm/parse/index.ts';
import { requireShared, SHARED } from '../../../support/shared.ts';
import { all } from '../../../support/yfm-tree.ts';

const CORPUS = SHARED.corpus;

function listMd(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) listMd(p, out);
    else if (p.endsWith('.md')) out.push(relative(CORPUS, p));
  }
  return out;
}
const readInclude = (p: string): string | undefined => {
  try {
    return readFileSync(join(CORPUS, p), 'utf8');
  } catch {
    return undefined;
  }
};

type N = { type: string; children?: N[]; value?: string; url?: string; position?: { start: { line: number } }; data?: Record<string, unknown> };
/** Inline markdown with each paragraph ended by a newline: not yfm-tree's md, whose blank-line joins these corpus assertions were not written against. */
function md(node: unknown): string {
  const n = node as N;
  const k = (n.children ?? []).map(md).join('');
  switch (n.type) {
    case 'text':
      return n.value ?? '';
    case 'inlineCode':
      return `\`${n.value}\``;
    case 'strong':
      return `**${k}**`;
    case 'link':
      return `[${k}](${n.url})`;
    case 'paragraph':
      return `${k}\n`;
    default:
      return k;
  }
}
/** Top-level (page-own) tables following the heading whose text starts with `heading`, up to the next heading of that level or higher. */
function tablesUnder(tree: Root, heading: string): YfmTable[] {
  const kids = tree.children as N[];
  const i = kids.findIndex((n) => n.type === 'heading' && md(n).startsWith(heading));
  if (i < 0) return [];
  const depth = (kids[i] as unknown as Heading).depth;
  const out: YfmTable[] = [];
  for (const n of kids.slice(i + 1)) {
    if (n.type === 'heading' && (n as unknown as Heading).depth <= depth) break;
    if (n.type === 'yfmTable') out.push(n as unknown as YfmTable);
  }
  return out;
}
const cellText = (c: YfmCell | undefined): string => md(c).trim();
const rowCells = (r: YfmRow): string[] => r.children.map(cellText);

describe('YFM parser over the whole api-reference corpus', () => {
  const pages = new Map<string, Root>();
  const warnings: Warning[] = [];
  const times: number[] = [];
  let totalMs = 0;

  beforeAll(() => {
    const files = listMd(requireShared(join(CORPUS, 'api-reference'))).sort();
    const texts = files.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    const t0 = performance.now();
    files.forEach((f, i) => {
      const t = performance.now();
      const r = parseYfm(texts[i] as string, { path: f, readInclude });
      times.push(performance.now() - t);
      pages.set(f, r.tree);
      warnings.push(...r.warnings);
    });
    totalMs = performance.now() - t0;
    times.sort((a, b) => a - b);
    const byCode = new Map<string, number>();
    for (const w of warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
    console.log(
      `parsed ${files.length} pages in ${(totalMs / 1000).toFixed(1)} s, median ${times[times.length >> 1]?.toFixed(1)} ms; warnings ${JSON.stringify(Object.fromEntries(byCode))}`,
    );
  });

  const page = (p: string): Root => {
    const t = pages.get(`api-reference/${p}`);
    if (!t) throw new Error(`not parsed: ${p}`);
    return t;
  };

  it('parses every page without an internal error', () => {
    expect(pages.size).toBeGreaterThan(2400);
    expect(warnings.filter((w) => w.code === 'yfm-internal-error')).toEqual([]);
    // Every warning names its file, and a line where it has one.
    expect(warnings.every((w) => w.file.length > 0 && (w.line === undefined || w.line > 0))).toBe(true);
  });

  it('finds the YFM constructs the corpus notes count (§3)', () => {
    let tables = 0;
    let filesWithTables = 0;
    let notes = 0;
    let includes = 0;
    let notitle = 0;
    let tabs = 0;
    let titleLinks = 0;
    let unresolved = 0;
    for (const tree of pages.values()) {
      const t = all<YfmTable>(tree, 'yfmTable', [], false).length;
      tables += t;
      if (t) filesWithTables++;
      notes += all<YfmNote>(tree, 'yfmNote', [], false).length;
      const inc = all<YfmInclude>(tree, 'yfmInclude', [], false);
      includes += inc.length;
      notitle += inc.filter((i) => i.notitle).length;
      unresolved += inc.filter((i) => i.resolvedPath === null).length;
      tabs += all<YfmTabs>(tree, 'yfmTabs', [], false).length;
      titleLinks += all<N>(tree, 'link', [], false).filter((l) => l.data?.['titleFromTarget'] === true).length;
    }
    // 7797 tables + the 4 nested SOURCE_ID/STATUS_ID lists of crm.lead.add/update.
    expect(tables).toBe(7801);
    expect(filesWithTables).toBe(2362);
    // 3839 notes minus the 12 dev-only TO-DO alerts dropped with their {% if build == 'dev' %}.
    expect(notes).toBe(3827);
    expect([includes, notitle, unresolved]).toEqual([6793, 1764, 0]);
    expect(tabs).toBe(1932);
    expect(titleLinks).toBe(9806);
  });

  it('crm.contact.get: params row **id***, the contact structure in 3 tables (§8 #19), includes expanded', () => {
    const tree = page('crm/contacts/crm-contact-get.md');
    const [params] = tablesUnder(tree, 'Method Parameters');
    const idRow = params?.children.find((r) => cellText(r.children[0]).startsWith('**id**'));
    expect(rowCells(idRow as YfmRow)[0]).toBe('**id***\n[`integer`](../../data-types.md)');
    expect(tablesUnder(tree, 'contact')).toHaveLength(3);
    const sys = all<YfmInclude>(tree, 'yfmInclude').find((i) => i.resolvedPath === '_includes/system-errors.md');
    const sysTable = all<YfmTable>(sys, 'yfmTable')[0];
    expect(sysTable?.children).toHaveLength(16);
    expect(sysTable?.data?.file).toBe('_includes/system-errors.md');
  });

  it('§8 #1 crm.lead.list: the order row is one cell', () => {
    const [params] = tablesUnder(page('crm/leads/crm-lead-list.md'), 'Method Parameters');
    const order = params?.children.find((r) => cellText(r.children[0]).startsWith('**order**'));
    expect(order?.children).toHaveLength(1);
    expect(all(order, 'list')).toHaveLength(1);
  });

  it('§8 #2 catalog-document-element-get-fields: the missing || swallows the time row', () => {
    const [ret] = tablesUnder(page('catalog/document/document-element/catalog-document-element-get-fields.md'), 'Returned Data');
    const rows = (ret?.children ?? []).map(rowCells);
    expect(rows.map((r) => r[0]?.split('\n')[0])).toEqual(['**Name**', '**result**', '**documentElement**', '', '']);
    expect(rows.slice(3)).toEqual([[''], ['']]);
  });

  it('§8 #3 booking.v1.*.list: header-less params tables start with FILTER', () => {
    for (const p of [
      'booking/booking/booking-v1-booking-list.md',
      'booking/resource/booking-v1-resource-list.md',
      'booking/resource/resource-type/booking-v1-resourcetype-list.md',
    ]) {
      const [params] = tablesUnder(page(p), 'Method Parameters');
      expect(cellText(params?.children[0]?.children[0]).split('\n')[0], p).toBe('**FILTER**');
    }
  });

  it('§8 #5 crm.deal.productrows.get: the params table sits in the intro, before the required.md include', () => {
    const tree = page('crm/deals/crm-deal-productrows-get.md');
    const kids = tree.children as N[];
    const t = kids.findIndex((n) => n.type === 'yfmTable');
    const inc = kids.findIndex((n) => n.type === 'yfmInclude' && (n as unknown as YfmInclude).resolvedPath === '_includes/required.md');
    expect(t).toBeGreaterThan(0);
    expect(inc).toBeGreaterThan(t);
    expect(rowCells((kids[t] as unknown as YfmTable).children[1] as YfmRow)[0]).toMatch(/^\*\*id\^\*\^\*\*\n/);
  });

  it('§8 #10 / #11: required markers outside the bold and aliased names survive as text', () => {
    const [p10] = tablesUnder(page('crm/document-generator/documents/crm-document-generator-document-add.md'), 'Method Parameters');
    expect(p10?.children.map((r) => cellText(r.children[0]).split('\n')[0])).toContain('**templateId**^*^');
    const [p11] = tablesUnder(page('timeman/timecontrol/timeman-timecontrol-report-add.md'), 'Method Parameters');
    expect(p11?.children.map((r) => cellText(r.children[0]).split('\n')[0])).toContain('**REPORT_ID*** | **ID***');
  });

  it('§8 #14 crm.item.add: tabs inside Method Parameters, one params table per entity, and a cut', () => {
    const tree = page('crm/universal/crm-item-add.md');
    const tabs = (tree.children as N[]).find((n) => n.type === 'yfmTabs') as unknown as YfmTabs;
    expect(tabs.children.map((t) => t.label)).toEqual(['Lead', 'Deal', 'Contact', 'Company', 'Estimate', 'Invoice', 'SPA']);
    for (const t of tabs.children) expect(all<YfmTable>(t, 'yfmTable').length, t.label).toBeGreaterThanOrEqual(1);
    expect(all(tree, 'yfmCut')).toHaveLength(1);
  });

  it('§8 #18 catalog/data-types.md: ```object|array``` type cells stay one cell', () => {
    const src = readFileSync(join(CORPUS, 'api-reference/catalog/data-types.md'), 'utf8');
    const written = src.split('\n').filter((l) => l.includes('[```object|array```]')).length;
    const cells = all<YfmCell>(page('catalog/data-types.md'), 'yfmCell').filter((c) => cellText(c).includes('[`object|array`]'));
    expect(written).toBeGreaterThan(0);
    expect(cells.length).toBe(written);
    for (const c of cells) expect(c.children).toHaveLength(1);
  });

  it('§8 #20 crm/main-entities-fields.md: a note in the first cell followed by three colspan cells', () => {
    const rows = all<YfmRow>(page('crm/main-entities-fields.md'), 'yfmRow').filter((r) => all(r.children[0], 'yfmNote').length > 0);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect(r.children.slice(1).map((c) => c.colspan === true)).toEqual([true, true, true]);
  });

  it('crm.lead.add: SOURCE_ID holds a nested table', () => {
    const row = all<YfmRow>(page('crm/leads/crm-lead-add.md'), 'yfmRow').find((r) => cellText(r.children[0]).startsWith('**SOURCE_ID**'));
    const inner = all<YfmTable>(row?.children[1], 'yfmTable')[0];
    expect(inner?.children.map((r) => rowCells(r)[0])).toEqual(expect.arrayContaining(['SOURCE_ID', 'CALL', 'WEB', 'OTHER']));
  });

  it('gives every node a position inside its own file', () => {
    const lineCount = new Map<string, number>();
    const linesOf = (f: string): number => {
      let n = lineCount.get(f);
      if (n === undefined) lineCount.set(f, (n = (readInclude(f) ?? '').split(/\r\n|\r|\n/).length));
      return n;
    };
    let checked = 0;
    for (const [f, tree] of pages) {
      const visit = (node: N, file: string): void => {
        const own = typeof node.data?.['file'] === 'string' ? (node.data['file'] as string) : file;
        const pos = node.position as { start: { line: number }; end: { line: number } } | undefined;
        if (!pos || pos.start.line < 1 || pos.end.line < pos.start.line || pos.end.line > linesOf(own)) {
          throw new Error(`${f}: ${node.type} has position ${JSON.stringify(pos)} outside ${own}`);
        }
        checked++;
        for (const c of node.children ?? []) visit(c, own);
      };
      visit(tree as unknown as N, f);
    }
    expect(checked).toBeGreaterThan(1_000_000);
  });

  it('headings get anchors and unique ids on every page', () => {
    for (const [f, tree] of pages) {
      const ids = all<Heading>(tree, 'heading').map((h) => h.data?.id);
      expect(
        ids.every((id) => typeof id === 'string'),
        f,
      ).toBe(true);
    }
    const h = all<Heading>(page('crm/leads/crm-lead-add.md'), 'heading').find((x) => x.data?.anchor === 'fields');
    expect(md(h)).toBe('Parameter fields');
  });
});
