/** index.ts: the whole parser through parseYfm and the remark plugin — block rules, robustness, plugin parity. */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkYfm } from '../../../../generator/sources/yfm/parse/index.ts';
import type { YfmInclude, YfmTable } from '../../../../generator/sources/yfm/parse/index.ts';
import { all, cellsMd, first, fixture, fixtureReader, parse, rows, type AnyNode } from '../../../support/yfm-tree.ts';

describe('HTML blocks', () => {
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
