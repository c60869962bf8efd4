import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Heading, Link, Nodes, Paragraph, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { diplodocSlug, includeCandidates, parseYfm, remarkYfm } from '../../generator/sources/yfm/parse/index.ts';
import type { YfmCell, YfmInclude, YfmNote, YfmRow, YfmTable, YfmTab, YfmTabs } from '../../generator/sources/yfm/parse/index.ts';
import { scanYfmTable } from '../../generator/sources/yfm/parse/table-scanner.ts';
import { splitLines } from '../../generator/sources/yfm/parse/lines.ts';

const FIX = join(import.meta.dirname, '../fixtures/yfm');
const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');
const fixtureReader = (p: string): string | undefined => {
  try {
    return readFileSync(join(FIX, 'corpus', p), 'utf8');
  } catch {
    return undefined;
  }
};

/** Loose view of any node, for assertions. */
type AnyNode = { type: string; children?: unknown[]; value?: string; position?: Nodes['position']; data?: Record<string, unknown> };

function parse(text: string, path = 'api/page.md', readInclude?: (p: string) => string | undefined) {
  return parseYfm(text, readInclude ? { path, readInclude } : { path });
}
function all<T extends { type: string }>(node: unknown, type: string, out: T[] = []): T[] {
  const n = node as { type: string; children?: unknown[] };
  if (n.type === type) out.push(n as unknown as T);
  for (const c of n.children ?? []) all(c, type, out);
  return out;
}
function first<T extends { type: string }>(node: unknown, type: string): T {
  const found = all<T>(node, type)[0];
  if (!found) throw new Error(`no ${type}`);
  return found;
}
/** Canonical inline markdown of a node, to assert on cell content compactly. */
function md(node: unknown): string {
  const n = node as AnyNode & { url?: string; lang?: string | null };
  const kids = (n.children ?? []) as unknown[];
  switch (n.type) {
    case 'text':
      return n.value ?? '';
    case 'inlineCode':
      return `\`${n.value}\``;
    case 'strong':
      return `**${kids.map(md).join('')}**`;
    case 'emphasis':
      return `*${kids.map(md).join('')}*`;
    case 'link':
      return `[${kids.map(md).join('')}](${n.url})`;
    case 'code':
      return `\`\`\`${n.lang ?? ''}\n${n.value}\n\`\`\``;
    case 'list':
    case 'listItem':
      return kids.map(md).join('\n');
    case 'yfmTable':
      return `<table ${kids.length}>`;
    case 'yfmNote':
      return `<note>`;
    default:
      return kids.map(md).join(n.type === 'yfmCell' || n.type === 'root' ? '\n\n' : '');
  }
}
/** Inline markdown of a container's children, blocks separated by blank lines. */
const body = (n: { children: unknown[] }): string => n.children.map(md).join('\n\n');
const rows = (t: YfmTable): YfmRow[] => t.children;
const cellsMd = (r: YfmRow): string[] => r.children.map((c) => md(c));
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

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

  it('scanner: reports an unterminated table instead of looping', () => {
    const lines = splitLines('#|\n|| a | b ||\n');
    expect(scanYfmTable(lines, 0, 0, 1e6)).toMatchObject({ ok: false, reason: 'unterminated' });
  });
});

describe('YFM directives', () => {
  it('parses notes with a title, an empty title and no title', () => {
    const { tree } = parse(
      '{% note warning "DEPRECATED" %}\n\nUse [crm.item.get](x.md).\n\n{% endnote %}\n\n{% note tip "" %}\n\nMCP\n\n{% endnote %}\n\n{% note info %}\n\nPlain\n\n{% endnote %}\n',
    );
    const notes = all<YfmNote>(tree, 'yfmNote');
    expect(notes.map((n) => [n.noteType, n.title, body(n)])).toEqual([
      ['warning', 'DEPRECATED', 'Use [crm.item.get](x.md).'],
      ['tip', '', 'MCP'],
      ['info', null, 'Plain'],
    ]);
  });

  it('splits {% list tabs %} into labelled tabs with indented tables and code', () => {
    const text = fixture('tabs.md');
    const { tree } = parse(text, 'tabs.md');
    const tabs = first<YfmTabs>(tree, 'yfmTabs');
    expect(tabs.children.map((t: YfmTab) => t.label)).toEqual(['Lead', 'Deal']);
    const [lead, deal] = tabs.children;
    expect(lead!.children.map((c) => c.type)).toEqual(['yfmTable']);
    expect(deal!.children.map((c) => c.type)).toEqual(['paragraph', 'yfmTable', 'code']);
    expect(rows(first<YfmTable>(lead, 'yfmTable')).map(cellsMd)[1]).toEqual(['**title**\n[`string`](../data-types.md)', 'Title']);
    expect(first<YfmTable>(deal, 'yfmTable').position?.start.line).toBe(
      text.split('\n').findIndex((l, i) => l.trim() === '#|' && i > lineOf(text, 'Deal fields')) + 1,
    );
    expect((deal!.children[2] as Code).value).toBe('{"a": 1}');
  });

  it('keeps directives inside ordinary list items', () => {
    const { tree } = parse(
      '1. Creating a deal\n\n    {% list tabs %}\n\n    - cURL\n\n        Text in the tab\n\n        ```bash\n        curl x\n        ```\n\n    {% endlist %}\n\n2. Second\n',
    );
    const list = first<AnyNode>(tree, 'list') as { children: AnyNode[] };
    expect(list.children).toHaveLength(2);
    const tabs = first<YfmTabs>(list.children[0], 'yfmTabs');
    expect(tabs.children[0]!.children.map((c) => c.type)).toEqual(['paragraph', 'code']);
    expect((tabs.children[0]!.children[1] as Code).value).toBe('curl x');
  });

  it('does not close a note at an {% endnote %} inside its code block', () => {
    const { tree } = parse('{% note info %}\n\n```md\n{% endnote %}\n```\n\nStill in the note\n\n{% endnote %}\n\nAfter\n');
    const note = first<YfmNote>(tree, 'yfmNote');
    expect(note.children.map((c) => c.type)).toEqual(['code', 'paragraph']);
    expect((note.children[0] as Code).value).toBe('{% endnote %}');
    expect(md(tree.children[1])).toBe('After');
  });

  it('parses {% cut %}', () => {
    const { tree } = parse('{% cut "Custom fields" %}\n\nHidden **text**\n\n{% endcut %}\n');
    const cut = first<{ type: 'yfmCut'; title: string }>(tree, 'yfmCut');
    expect(cut.title).toBe('Custom fields');
    expect(body(cut as unknown as { children: unknown[] })).toBe('Hidden **text**');
  });

  it("drops {% if build == 'dev' %} bodies, keeps other conditions and keeps line numbers", () => {
    const text =
      "# T\n\n{% if build == 'dev' %}\n\n{% note alert \"TO-DO\" %}\n\n- todo\n\n{% endnote %}\n\n{% endif %}\n\n{% if lang == 'en' %}Kept{% endif %}\n\nAfter\n";
    const { tree } = parse(text);
    expect(all(tree, 'yfmNote')).toHaveLength(0);
    expect(md(tree)).toContain('Kept');
    const after = (tree.children as AnyNode[]).find((n) => md(n) === 'After');
    expect(after?.position?.start.line).toBe(lineOf(text, 'After'));
  });
});

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

describe('YFM inline rules', () => {
  it('moves {#anchor} to data.anchor and gives every heading diplodoc slugs and ids', () => {
    const { tree } = parse('# Get crm.contact.get\n\n## Foo\n\n### Parameter fields {#fields}\n\n## Foo\n\n#### Object `phones` and <b>x</b>\n');
    const hs = all<Heading>(tree, 'heading');
    expect(md(hs[2])).toBe('Parameter fields');
    expect(hs.map((h) => [h.data?.anchor, h.data?.slug, h.data?.id])).toEqual([
      [undefined, 'get-crmcontactget', 'get-crmcontactget'],
      [undefined, 'foo', 'foo'],
      ['fields', 'parameter-fields', 'fields'],
      [undefined, 'foo1', 'foo1'],
      [undefined, 'object-phones-and-x', 'object-phones-and-x'],
    ]);
    expect(diplodocSlug('Параметр fields')).toBe('parametr-fields');
  });

  it('turns [{#T}](path) into a text-less link with data.titleFromTarget', () => {
    const { tree } = parse('## Continue Learning\n\n- [{#T}](./crm-contact-add.md)\n');
    const link = first<Link>(tree, 'link');
    expect(link.url).toBe('./crm-contact-add.md');
    expect(link.children).toEqual([]);
    expect(link.data?.titleFromTarget).toBe(true);
  });

  it('keeps <selector>-style placeholders as text', () => {
    const { tree } = parse('#|\n|| **<selector>**\n[`object`](x.md) | The key ||\n|#\n\nUse <key> here, <br> stays HTML.\n');
    expect(cellsMd(rows(first<YfmTable>(tree, 'yfmTable'))[0]!)[0]).toBe('**<selector>**\n[`object`](x.md)');
    expect(all<AnyNode>(tree, 'html').map((h) => h.value)).toEqual(['<br>']);
  });

  it('strips {.b24-info} attribute blocks', () => {
    const { tree } = parse('Data is transmitted as a POST request {.b24-info}\n');
    const p = first<Paragraph>(tree, 'paragraph');
    expect(md(p)).toBe('Data is transmitted as a POST request');
    expect(p.data?.classes).toEqual(['b24-info']);
  });

  it('builds fenced code without touching its content', () => {
    const { tree } = parse('```php\n$a = [1 | 2]; // **not bold** {% note %}\n```\n');
    const code = first<Code>(tree, 'code');
    expect([code.lang, code.value]).toEqual(['php', '$a = [1 | 2]; // **not bold** {% note %}']);
    expect(all(tree, 'yfmNote')).toHaveLength(0);
  });

  it('keeps a table commented out in HTML as the comment text', () => {
    const { tree, warnings } = parse('<!--\n#|\n|| a | b ||\n|#\n-->\n\nAfter\n');
    expect(all(tree, 'yfmTable')).toHaveLength(0);
    expect(first<AnyNode>(tree, 'html').value).toContain('|| a | b ||');
    expect(warnings.map((w) => w.code)).toContain('yfm-block-in-literal');
  });
});

describe('robustness: never throws, never hangs', () => {
  const cases: Record<string, string> = {
    'unterminated #|': '# T\n\n#|\n|| a | b ||\n|| c | d ||\n',
    'unterminated note': '{% note info "x" %}\n\ntext\n\n#|\n|| a ||\n|#\n',
    'unbalanced fence': 'Intro\n\n```js\nconst a = 1;\n',
    'fence toggles inside table': '#|\n|| ``` | b ||\n|#\n',
    'stray closers': '{% endnote %}\n{% endlist %}\ntext\n',
    'deep nesting': '{% note info %}\n'.repeat(300) + 'x\n',
    'many #| lines': '#|\n'.repeat(20000),
    'binary junk': Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
    'one huge line': '|| a | b '.repeat(120_000),
    'huge table line': '#|' + '|| a | `b` | ```c``` '.repeat(60_000) + '|#',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const t = performance.now();
      const r = parse(text);
      expect(r.tree.type).toBe('root');
      expect(r.warnings.every((w) => w.code !== 'yfm-internal-error')).toBe(true);
      expect(performance.now() - t).toBeLessThan(20_000);
    });
  }

  it('caps warnings of one kind per file', () => {
    const w = parse('{% endnote %}\n'.repeat(500)).warnings;
    expect(w).toHaveLength(50);
    expect(w[49]!.message).toContain('suppressed');
  });

  it('warns with file and line for the unterminated cases', () => {
    const w = parse('Intro\n\n#|\n|| a ||\n\n{% note info %}\nx\n', 'p.md').warnings;
    expect(w).toEqual([
      expect.objectContaining({ code: 'yfm-table-unterminated', file: 'p.md', line: 3 }),
      expect.objectContaining({ code: 'yfm-directive-unclosed', file: 'p.md', line: 6 }),
    ]);
  });
});

describe('unified plugin', () => {
  it('replaces the remark-parse parser and reports warnings as VFile messages', () => {
    const processor = unified().use(remarkParse).use(remarkYfm, { readInclude: fixtureReader });
    const tree = processor.parse({ value: '#|\n|| **a** | b ||\n|#\n\n{% include [x](./nope.md) %}\n', path: 'api/p.md' }) as Root;
    expect(rows(first<YfmTable>(tree, 'yfmTable')).map(cellsMd)).toEqual([['**a**', 'b']]);
    expect(first<YfmInclude>(tree, 'yfmInclude').resolvedPath).toBeNull();
  });

  it('gives the same tree as parseYfm', () => {
    const text = fixture('deep.md');
    const viaPlugin = unified().use(remarkParse).use(remarkYfm).parse({ value: text, path: 'deep.md' });
    expect(viaPlugin).toEqual(parse(text, 'deep.md').tree);
  });
});

describe('memoised parsing is invisible', () => {
  it('gives identical trees on repeated parses and correct positions for repeated cells', () => {
    const row = '|| **id***\n[`integer`](../data-types.md) | Identifier ||\n';
    const text = `#|\n${row}${row}|#\n\nText\n\n#|\n${row}|#\n`;
    const a = parse(text).tree;
    const b = parse(text).tree;
    expect(b).toEqual(a);
    const cells = all<YfmCell>(a, 'yfmCell').filter((c) => md(c).startsWith('**id**'));
    expect(cells.map((c) => first<Paragraph>(c, 'paragraph').position?.start.line)).toEqual([2, 4, 11]);
  });
});
