/** directives.ts: reading `{% name args %}` tags and the arguments of each kind. */
import { describe, expect, it } from 'vitest';
import { isTabsList, parseCutArgs, parseIncludeArgs, parseNoteArgs, readDirective } from '../../../../generator/sources/yfm/parse/directives.ts';

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
