/** directives.ts: reading `{% name args %}` tags and the arguments of each kind, and notes and cuts in a parsed page. */
import { describe, expect, it } from 'vitest';
import { isTabsList, parseCutArgs, parseIncludeArgs, parseNoteArgs, readDirective } from '../../../../generator/sources/yfm/parse/directives.ts';
import type { Code } from 'mdast';
import type { YfmNote } from '../../../../generator/sources/yfm/parse/index.ts';
import { all, body, first, md, parse } from '../../../support/yfm-tree.ts';

describe('readDirective', () => {
  it.each([
    ['{% note warning "Careful" %}', 0, { name: 'note', args: ' warning "Careful" ', end: 28 }],
    ['x {%- endnote -%}', 2, { name: 'endnote', args: ' ', end: 17 }],
    ['{% Include [a](b.md) %}', 0, { name: 'include', args: ' [a](b.md) ', end: 23 }],
    ['{{ not a tag }}', 0, null],
    ['{% note', 0, null],
    ['x {% note %}', 0, null],
  ])('%j at %i', (text, from, want) => {
    expect(readDirective(text, from)).toEqual(want);
  });
});

describe('arguments', () => {
  it.each([
    [' warning "Careful" ', { noteType: 'warning', title: 'Careful' }],
    [" Info 'Tip' ", { noteType: 'info', title: 'Tip' }],
    [' alert ', { noteType: 'alert', title: null }],
    [' "no type" ', null],
  ])('note %j → %j', (args, want) => {
    expect(parseNoteArgs(args)).toEqual(want);
  });

  it.each([
    [' "Request example" ', 'Request example'],
    [" 'Quoted' ", 'Quoted'],
    [' Bare title ', 'Bare title'],
  ])('cut %j → %j', (args, want) => {
    expect(parseCutArgs(args)).toBe(want);
  });

  it.each([
    [' tabs ', true],
    [' tabs dropdown ', true],
    [' tabsx ', false],
    [' ', false],
  ])('list %j is tabs: %s', (args, want) => {
    expect(isTabsList(args)).toBe(want);
  });

  it.each([
    [' [Errors](../../_includes/errors.md) ', { notitle: false, text: 'Errors', target: '../../_includes/errors.md' }],
    [' notitle [x](/a.md "title") ', { notitle: true, text: 'x', target: '/a.md' }],
    [' (a.md) ', null],
  ])('include %j → %j', (args, want) => {
    expect(parseIncludeArgs(args)).toEqual(want);
  });
});

describe('YFM directives in a page', () => {
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
});
