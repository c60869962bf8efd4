/** plain.ts: the paragraphs built without micromark are the ones mdast-util-from-markdown gives. */
import fc from 'fast-check';
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import type { FileCtx } from '../../../../generator/sources/yfm/parse/context.ts';
import { inlineLines } from '../../../../generator/sources/yfm/parse/groups.ts';
import type { SkelLine } from '../../../../generator/sources/yfm/parse/plan.ts';
import { plainParagraph } from '../../../../generator/sources/yfm/parse/plain.ts';
import { all, parse } from '../../../support/yfm-tree.ts';

/** A skeleton line standing for source line 1, column 1. */
const skel = (text: string): SkelLine => ({ text, src: { line: 1, col: 1, offset: 0, text, prev: '\n' } });

/** What the region parser asks before the fast path: one line that is paragraph text under default options. */
function paragraphLine(text: string): boolean {
  const ctx = { cacheable: true } as FileCtx;
  return inlineLines({ skeleton: [skel(text)], blocks: new Map(), hasMarkdown: true, fill: () => {} }, ctx)?.length === 1;
}

// Characters chosen to hit every rule: inline syntax, block starts, spaces and tabs, NBSP, Cyrillic, an astral
// character (two UTF-16 units: columns count units), controls and the group separator.
const char = fc.constantFrom(
  ...'ab Zя1.)-+#>=~|:!"\'(%/'.split(''),
  ' ',
  ' ',
  '\t',
  '\u00a0',
  '😀',
  '*',
  '_',
  '`',
  '\\',
  '[',
  ']',
  '<',
  '&',
  '\u0000',
  '\u001f',
);
const line = fc.array(char, { maxLength: 24 }).map((cs) => cs.join(''));

/** Each text node of a tree with where it starts in the page. */
function paragraphTexts(tree: unknown): Array<{ text: string; line?: number; column?: number }> {
  return all<{ type: string; value: string; position?: Paragraph['position'] }>(tree, 'text').map((t) => ({
    text: t.value,
    line: t.position?.start.line,
    column: t.position?.start.column,
  }));
}

describe('plainParagraph', () => {
  it('builds the paragraph micromark gives, whenever it builds one', () => {
    let built = 0;
    fc.assert(
      fc.property(line, (text) => {
        if (!paragraphLine(text)) return;
        const mine = plainParagraph(skel(text), 0);
        if (mine === null) return;
        built++;
        expect([mine]).toEqual(fromMarkdown(text).children);
      }),
      { numRuns: 4000 },
    );
    // The property is not vacuous: a good share of the random lines took the fast path.
    expect(built).toBeGreaterThan(400);
  });

  it('builds the paragraph micromark gives for lines with code spans and links, whenever it builds one', () => {
    // Lines made of words, spaces, backtick pieces (paired, unpaired, doubled) and links (images, code in
    // labels, brackets inside code, destinations with spaces, parentheses, entities), so that what the
    // fast path takes and what it must leave to the parser both come up.
    const word = fc
      .array(fc.constantFrom(...'ab Zя1.)-+#>=~|:!"\'(%/'.split(''), ' ', ' ', '\u00a0', '😀', '\u3000'), { maxLength: 8 })
      .map((cs) => cs.join(''));
    const code = fc.constantFrom(
      '`',
      '``',
      ' ` ',
      '`a`',
      '` a `',
      '`  `',
      '` `',
      '`*x*`',
      '`[a](b)`',
      '`<b>`',
      '`&amp;`',
      '`\\`',
      '`a\u00a0`',
      '`\u00a0 `',
      '`]`',
      '`a](b)`',
    );
    const destChar = fc.constantFrom(...'ab/.:?#=%-_*~я😀'.split(''), '(', ')', ' ', '&', '\\', '`', '<', '[', ']', '"', '\u00a0');
    const dest = fc.array(fc.oneof(destChar, fc.constantFrom(...'ab/.:?#=%-_*~я'.split(''))), { maxLength: 8 }).map((cs) => cs.join(''));
    const label = fc.array(fc.oneof(word, word, code, line), { maxLength: 3 }).map((ps) => ps.join(''));
    const link = fc.tuple(fc.constantFrom('', '!', ' ', '`'), label, dest).map(([pre, l, d]) => `${pre}[${l}](${d})`);
    const plainLink = fc
      .tuple(fc.array(fc.oneof(word, fc.constantFrom('`x`', '` y `', '`]`')), { maxLength: 2 }), fc.stringMatching(/^[a-z/.:?#=%_*~-]{1,8}$/))
      .map(([l, d]) => `[${l.join('')}](${d})`);
    const piece = fc.oneof(
      line,
      word,
      word,
      code,
      link,
      plainLink,
      plainLink,
      fc.array(char, { maxLength: 8 }).map((cs) => `\`${cs.join('')}\``),
    );
    const inlineLine = fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(''));
    const seen = { built: 0, code: 0, link: 0 };
    fc.assert(
      fc.property(inlineLine, (text) => {
        if (!paragraphLine(text)) return;
        const mine = plainParagraph(skel(text), 0);
        if (mine === null) return;
        seen.built++;
        if (mine.children.some((c) => c.type === 'inlineCode')) seen.code++;
        if (mine.children.some((c) => c.type === 'link')) seen.link++;
        expect([mine]).toEqual(fromMarkdown(text).children);
      }),
      { numRuns: 8000 },
    );
    // Not vacuous: many lines took the fast path with code spans, and many with links.
    expect(seen.code).toBeGreaterThan(300);
    expect(seen.link).toBeGreaterThan(150);
  });

  it('builds the paragraph micromark gives for several lines with strong emphasis, whenever it builds one', () => {
    // Parameter-name cells ("**domain***" over "[`string`](…)") and prose with bold lead-ins: strong pairs
    // in every context that may or may not let their delimiters open or close, joined over line breaks.
    const skels = (lines: string[]) => lines.map(skel);
    const paragraphLines = (lines: string[]) =>
      inlineLines({ skeleton: skels(lines), blocks: new Map(), hasMarkdown: true, fill: () => {} }, { cacheable: true } as FileCtx);
    const word = fc.array(fc.constantFrom(...'ab Zя1.,:;)-+#>=~|!"\'(%/'.split(''), ' ', '\u00a0', '😀'), { maxLength: 6 }).map((cs) => cs.join(''));
    const nasty = fc.constantFrom('*', '**', '***', '_', '`', '[', ']', '\\', '<', '&', '\t', ' ', '  ', '.', 'a', 'я');
    const strong = fc
      .tuple(
        fc.constantFrom('', ' ', 'x', '(', '.', '`'),
        fc.array(fc.oneof(word, nasty), { maxLength: 3 }),
        fc.constantFrom('', ' ', '.', ',', '*', '**', 'x', ')', ':', '* ', '*x', '_'),
      )
      .map(([a, ws, b]) => `${a}**${ws.join('')}**${b}`);
    const simpleStrong = fc
      .tuple(fc.stringMatching(/^[a-zA-Zя0-9][a-z .]{0,6}[a-z.]?$/), fc.constantFrom('', ' ', '.', '*', ','))
      .map(([w, b]) => `**${w}**${b}`);
    const code = fc.constantFrom('`a`', '` b `', '`*`', '`', '``');
    const link = fc.tuple(fc.oneof(word, fc.constantFrom('`x`', '*')), fc.stringMatching(/^[a-z/.#_*-]{1,6}$/)).map(([l, d]) => `[${l}](${d})`);
    const piece = fc.oneof(word, word, nasty, strong, simpleStrong, simpleStrong, code, link);
    const lines = fc.array(
      fc.array(piece, { maxLength: 5 }).map((ps) => ps.join('')),
      { minLength: 1, maxLength: 3 },
    );
    const seen = { multi: 0, strong: 0 };
    fc.assert(
      fc.property(lines, (ls) => {
        const inl = paragraphLines(ls);
        if (!inl || inl.length !== ls.length) return;
        const mine = plainParagraph(inl, 0);
        if (mine === null) return;
        if (ls.length > 1) seen.multi++;
        if (mine.children.some((c) => c.type === 'strong')) seen.strong++;
        expect([mine]).toEqual(fromMarkdown(ls.join('\n')).children);
      }),
      { numRuns: 12000 },
    );
    expect(seen.multi).toBeGreaterThan(50);
    expect(seen.strong).toBeGreaterThan(150);
  });

  it('reads a parameter-name cell: the name in bold, the required mark, the type link on the next line', () => {
    const p = plainParagraph([skel('**domain***'), skel('[`string`](/api-reference/data-types.html) ')], 0) as Paragraph;
    expect(p).toEqual(fromMarkdown('**domain***\n[`string`](/api-reference/data-types.html) ').children[0]);
    expect(p.children.map((c) => c.type)).toEqual(['strong', 'text', 'link']);
    expect(p.children[1]).toMatchObject({ value: '*\n' });
  });

  it('reads code spans and links as CommonMark does: one space stripped from each end of a span, not from all-space content', () => {
    const values = (text: string) => (plainParagraph(skel(text), 0)?.children ?? []).map((c) => [c.type, 'value' in c ? c.value : '']);
    expect(values('Deal id, see `crm.deal.get`  ')).toEqual([
      ['text', 'Deal id, see '],
      ['inlineCode', 'crm.deal.get'],
    ]);
    expect(values('See [`integer`](../data-types.md) or [the list](/api/list.html?x=1#top).')).toEqual([
      ['text', 'See '],
      ['link', ''],
      ['text', ' or '],
      ['link', ''],
      ['text', '.'],
    ]);
    expect(values('` a ` and `  ` and `*x*`')).toEqual([
      ['inlineCode', 'a'],
      ['text', ' and '],
      ['inlineCode', '  '],
      ['text', ' and '],
      ['inlineCode', '*x*'],
    ]);
  });

  it('keeps leading spaces outside both nodes and trailing spaces outside the text', () => {
    const p = plainParagraph(skel('  Identifier of the deal  '), 2) as Paragraph;
    expect(p.children).toEqual([
      { type: 'text', value: 'Identifier of the deal', position: { start: { line: 3, column: 3, offset: 2 }, end: { line: 3, column: 25, offset: 24 } } },
    ]);
    expect(p.position).toEqual({ start: { line: 3, column: 3, offset: 2 }, end: { line: 3, column: 27, offset: 26 } });
  });

  it('leaves everything with inline syntax, controls or a deep indent to the parser', () => {
    for (const text of [
      '``code``',
      'a `b',
      '`a``b`',
      '`a` *b*',
      'a**b**',
      '**a**b',
      '**a ** b',
      '**a*** b',
      '`a`**b**',
      '![image](x.png)',
      '[a](b "title")',
      '[a **b**](c)',
      '[a](b)_',
      'a *b*',
      'snake_case',
      'a\\b',
      '<b>',
      'a &amp; b',
      'tab\there',
      'nul\u0000',
      '    indented',
      '   ',
    ]) {
      expect(plainParagraph(skel(text), 0), text).toBeNull();
    }
  });

  it('gives table cells their source positions through the reader', () => {
    const text = '#|\n|| Name | Description ||\n|| **id** | Identifier of the deal ||\n|#\n';
    const cells = paragraphTexts(parse(text).tree);
    expect(cells).toContainEqual({ text: 'Identifier of the deal', line: 3, column: 13 });
    expect(cells).toContainEqual({ text: 'Name', line: 2, column: 4 });
  });
});
