/** table.ts, through parseYfm: diplodoc's table rules — cells, rows, nested tables and their file positions. */
import { describe, expect, it } from 'vitest';
import type { Code, Paragraph } from 'mdast';
import type { YfmNote, YfmTable } from '../../../../generator/sources/yfm/parse/index.ts';
import { all, body, cellsMd, first, fixture, lineOf, md, parse, rows, type AnyNode } from '../../../support/yfm-tree.ts';

describe('YFM tables: diplodoc scanner rules', () => {
  it('splits on an unescaped | and keeps \\| as a literal pipe in union types', () => {
    const { tree } = parse('#|\n|| **value**\n[`integer`](a.md) \\| [`string`](a.md) | desc ||\n|#\n');
    const r = rows(first<YfmTable>(tree, 'yfmTable'));
    expect(r).toHaveLength(1);
    expect(cellsMd(r[0]!)).toEqual(['**value**\n[`integer`](a.md) | [`string`](a.md)', 'desc']);
  });

  it('reads \\| inside inline code in a cell as |', () => {
    const { tree } = parse('#|\n|| `a\\|b` | c ||\n|#\n');
    expect(cellsMd(rows(first<YfmTable>(tree, 'yfmTable'))[0]!)).toEqual(['`a|b`', 'c']);
  });

  it('does not let a single backtick protect a pipe', () => {
    const { tree } = parse('#|\n|| `a|b` | c ||\n|#\n');
    expect(rows(first<YfmTable>(tree, 'yfmTable'))[0]!.children).toHaveLength(3);
  });

  it('toggles code mode on ``` even mid-line (catalog data-types ```object|array```)', () => {
    const { tree } = parse('#|\n|| **propertyN**\n[```object|array```](../data-types.md) | Value ||\n|#\n');
    const r = rows(first<YfmTable>(tree, 'yfmTable'))[0]!;
    expect(cellsMd(r)).toEqual(['**propertyN**\n[`object|array`](../data-types.md)', 'Value']);
  });

  it('keeps a fenced block with pipes inside a cell as a code node', () => {
    const { tree } = parse(fixture('deep.md'), 'deep.md');
    const code = first<Code>(first<YfmTable>(tree, 'yfmTable'), 'code');
    expect(code.lang).toBe('json');
    expect(code.value).toBe('{"ID": "1|2"}');
  });

  it('nests #| … |# tables inside a cell', () => {
    const text = fixture('nested.md');
    const { tree } = parse(text, 'nested.md');
    const outer = (tree.children as AnyNode[]).filter((n) => n.type === 'yfmTable') as YfmTable[];
    expect(outer).toHaveLength(1);
    const r = rows(outer[0]!);
    expect(r).toHaveLength(3);
    const desc = r[1]!.children[1]!;
    const inner = first<YfmTable>(desc, 'yfmTable');
    expect(rows(inner).map(cellsMd)).toEqual([
      ['SOURCE_ID', 'Name'],
      ['CALL', 'Call'],
      ['EMAIL', 'E-mail'],
    ]);
    expect(md(desc)).toContain('The list of all possible identifiers');
    expect(inner.position?.start.line).toBe(lineOf(text, '#|\n||SOURCE_ID') || lineOf(text, '||SOURCE_ID') - 1);
    expect(cellsMd(r[2]!)).toEqual(['**TITLE**\n[`string`](../data-types.md)', 'Lead title']);
  });

  it('accepts rows that close on the next line and rows that start without a space', () => {
    const { tree } = parse('#|\n||**ID**\n`integer` | Identifier ||\n|| `0` | Other errors\n||\n|| `1` | Next ||\n|#\n');
    expect(rows(first<YfmTable>(tree, 'yfmTable')).map(cellsMd)).toEqual([
      ['**ID**\n`integer`', 'Identifier'],
      ['`0`', 'Other errors'],
      ['`1`', 'Next'],
    ]);
  });

  it('shifts rows after a missing || exactly as diplodoc (§8 #2)', () => {
    const text = fixture('shift.md');
    const { tree, warnings } = parse(text, 'shift.md');
    expect(warnings).toEqual([expect.objectContaining({ code: 'yfm-table-text-outside-row', file: 'shift.md', line: lineOf(text, '**time**') })]);
    const t = first<YfmTable>(tree, 'yfmTable');
    const got = rows(t).map(cellsMd);
    expect(got).toHaveLength(5);
    expect(got[2]![0]).toContain('**documentElement**');
    expect(got[2]![1]).toContain('Object describing the fields.');
    // the `time` row is swallowed; diplodoc renders two one-cell empty rows instead
    expect(got[3]).toEqual(['']);
    expect(got[4]).toEqual(['']);
    expect(JSON.stringify(t)).not.toContain('Information about the request execution time');
  });

  it('prefixes cells seen between rows to the next row, as diplodoc does', () => {
    const { tree, warnings } = parse('#|\n|| a | b\n|| c | d | e ||\n|| f ||\n|#\n');
    expect(rows(first<YfmTable>(tree, 'yfmTable')).map(cellsMd)).toEqual([['a', 'b'], ['d', ''], ['']]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['yfm-table-text-outside-row', 3],
      ['yfm-table-text-outside-row', 4],
    ]);
  });

  it('treats a header-less table as plain rows (§8 #3)', () => {
    const { tree } = parse('#|\n|| **FILTER**\n[`object`](x.md) | Filter ||\n|| **ORDER**\n[`object`](x.md) | Order ||\n|#\n');
    expect(rows(first<YfmTable>(tree, 'yfmTable')).map((r) => cellsMd(r)[0])).toEqual(['**FILTER**\n[`object`](x.md)', '**ORDER**\n[`object`](x.md)']);
  });

  it('marks > cells as colspan and parses a note in a cell (§8 #20)', () => {
    const text =
      '#|\n|| **Name** | **Description** | **Read** | **Write** ||\n|| {% note tip "Deprecated fields" %}\n\nAddress fields are deprecated.\n\n{% endnote %}| > | > | > ||\n|#\n';
    const r = rows(first<YfmTable>(parse(text).tree, 'yfmTable'))[1]!;
    expect(r.children).toHaveLength(4);
    expect(r.children.slice(1).map((c) => c.colspan)).toEqual([true, true, true]);
    const note = first<YfmNote>(r.children[0], 'yfmNote');
    expect(note.title).toBe('Deprecated fields');
    expect(body(note)).toBe('Address fields are deprecated.');
  });

  it('parses a cell whose first line starts with a space as a paragraph only', () => {
    const { tree } = parse('#|\n|| `0` | -  | Other errors ||\n|| Limit | 100. Only messages ||\n|#\n');
    const [r1, r2] = rows(first<YfmTable>(tree, 'yfmTable'));
    expect(cellsMd(r1!)).toEqual(['`0`', '-', 'Other errors']);
    expect(cellsMd(r2!)).toEqual(['Limit', '100. Only messages']);
    expect(all(tree, 'list')).toHaveLength(0);
  });

  it('keeps cells whose inline constructs would span a neighbour separate', () => {
    // Parsed together, "a `x" and "b` y" would form one code span; each cell must stand alone.
    const { tree } = parse('#|\n|| a `x | b` y ||\n|#\n');
    expect(cellsMd(rows(first<YfmTable>(tree, 'yfmTable'))[0]!)).toEqual(['a `x', 'b` y']);
  });

  it('gives nodes deep in a table their real file lines', () => {
    const text = fixture('deep.md');
    const { tree } = parse(text, 'deep.md');
    const t = first<YfmTable>(tree, 'yfmTable');
    expect(t.position?.start.line).toBe(lineOf(text, '#|'));
    const filterRow = rows(t)[1]!;
    expect(filterRow.position?.start.line).toBe(lineOf(text, '**filter**'));
    const desc = filterRow.children[1]!;
    expect(first<AnyNode>(desc, 'list').position?.start.line).toBe(lineOf(text, '`>=`'));
    const noteText = all<Paragraph>(first<YfmNote>(desc, 'yfmNote'), 'paragraph')[0]!;
    expect(noteText.position?.start.line).toBe(lineOf(text, 'Deep **note**'));
    expect(first<AnyNode>(noteText, 'strong').position?.start.column).toBe(text.split('\n')[lineOf(text, 'Deep **note**') - 1]!.indexOf('**note**') + 1);
    const last = rows(t)[2]!;
    expect(cellsMd(last)).toEqual(['`0`', 'Other errors']);
    const otherLine = lineOf(text, 'Other errors');
    const otherText = first<AnyNode>(last.children[1], 'text');
    expect(otherText.position?.start).toMatchObject({ line: otherLine, column: text.split('\n')[otherLine - 1]!.indexOf('Other') + 1 });
  });
});
