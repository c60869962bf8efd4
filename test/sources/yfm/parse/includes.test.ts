/** includes.ts, through parseYfm: {% include %} resolved against the fixture corpus, with cycles cut. */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { includeCandidates, parseYfm } from '../../../../generator/sources/yfm/parse/index.ts';
import type { YfmInclude, YfmTable } from '../../../../generator/sources/yfm/parse/index.ts';
import { all, first, fixtureReader, lineOf, md, rows } from '../../../support/yfm-tree.ts';

describe('YFM includes', () => {
  const text = fixtureReader('api/crm/deals/includes.md')!;
  const parsed = parseYfm(text, { path: 'api/crm/deals/includes.md', readInclude: fixtureReader });
  const incs = all<YfmInclude>(parsed.tree, 'yfmInclude').filter((i) => i.data?.file === undefined);

  it('resolves relative, ./../, .././, bare and absolute targets against the corpus', () => {
    expect(incs.map((i) => i.resolvedPath)).toEqual([
      '_includes/required.md',
      '_includes/error-info.md',
      '_includes/error-info.md',
      'api/crm/deals/_includes/local.md',
      '_includes/outer.md',
      '_includes/required.md',
      '_includes/cycle-a.md',
      null,
    ]);
    expect(includeCandidates('api/crm/deals/x.md', '_includes/outer.md')).toEqual(['api/crm/deals/_includes/outer.md', '_includes/outer.md']);
  });

  it('drops the first heading for notitle only', () => {
    const [, notitle, titled] = incs;
    expect(notitle!.notitle).toBe(true);
    expect(notitle!.children.map((c) => c.type)).toEqual(['yfmTable']);
    expect(titled!.children.map((c) => c.type)).toEqual(['heading', 'yfmTable']);
  });

  it('marks included nodes with their file and file-relative lines', () => {
    const table = first<YfmTable>(incs[1], 'yfmTable');
    expect(table.data?.file).toBe('_includes/error-info.md');
    expect(table.position?.start.line).toBe(3);
    expect(rows(table)[1]!.children[0]!.data?.file).toBe('_includes/error-info.md');
    const para = first<Paragraph>(incs[0], 'paragraph');
    expect(para.data?.classes).toEqual(['b24-info']);
    expect(md(para)).toBe('Required parameters are marked with *');
    expect(incs[0]!.position?.start.line).toBe(lineOf(text, 'Note on required'));
  });

  it('resolves includes inside includes', () => {
    const nested = all<YfmInclude>(incs[4], 'yfmInclude')[1]!;
    expect(nested.resolvedPath).toBe('_includes/required.md');
    expect(nested.data?.file).toBe('_includes/outer.md');
    expect(first<Paragraph>(nested, 'paragraph').data?.file).toBe('_includes/required.md');
  });

  it('cuts include cycles and reports unresolved includes with file and line', () => {
    const codes = parsed.warnings.map((w) => `${w.code}@${w.file}:${w.line}`);
    expect(codes).toContain('yfm-include-cycle@_includes/cycle-b.md:3');
    expect(codes).toContain(`yfm-include-unresolved@api/crm/deals/includes.md:${lineOf(text, 'nope.md')}`);
    // page → cycle-a → cycle-b → (cycle-a again: cut)
    const chain = all<YfmInclude>(incs[6], 'yfmInclude');
    expect(chain.map((i) => [i.resolvedPath, i.children.length])).toEqual([
      ['_includes/cycle-a.md', 2],
      ['_includes/cycle-b.md', 2],
      ['_includes/cycle-a.md', 0],
    ]);
    expect(chain[2]!.data?.file).toBe('_includes/cycle-b.md');
  });
});
