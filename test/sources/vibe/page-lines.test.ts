/** page-lines.ts: a Vibe page as numbered lines and `#Heading` sections. */
import { describe, expect, it } from 'vitest';
import { firstLine, headingTitle, isHeadingLine, nonEmpty, toVibeDoc } from '../../../generator/sources/vibe/page-lines.ts';

describe('headings', () => {
  it.each([
    ['#Get contact', true],
    ['### Parameters', false],
    ['###Parameters', true],
    ['# comment in a shell example', false],
    ['#!/bin/sh', false],
    ['Get contact', false],
  ])('isHeadingLine(%j) is %s', (text, want) => {
    expect(isHeadingLine(text)).toBe(want);
  });

  it('takes the words of a heading', () => {
    expect(headingTitle('##Response example  ')).toBe('Response example');
  });
});

describe('toVibeDoc', () => {
  it('numbers lines from 1 (CRLF, BOM and trailing spaces removed) and splits the sections at headings', () => {
    const doc = toVibeDoc({ path: 'p.txt', text: '\uFEFFTitle line  \r\n#Parameters\r\nid number\r\n\r\n#Errors\r\n404 NOT_FOUND' });
    expect(doc.preamble).toEqual([{ no: 1, text: 'Title line' }]);
    expect(doc.sections).toEqual([
      {
        title: 'Parameters',
        line: 2,
        body: [
          { no: 3, text: 'id number' },
          { no: 4, text: '' },
        ],
      },
      { title: 'Errors', line: 5, body: [{ no: 6, text: '404 NOT_FOUND' }] },
    ]);
    expect(firstLine(doc)).toEqual({ no: 1, text: 'Title line' });
  });

  it('takes any value without throwing: a non-string text is an empty page with a placeholder path', () => {
    const doc = toVibeDoc({ path: '', text: 42 as unknown as string });
    expect(doc).toMatchObject({ path: '(unnamed page)', raw: '', sections: [], preamble: [{ no: 1, text: '' }] });
    expect(firstLine(doc)).toBeNull();
  });

  it('keeps only the non-empty lines, trimmed', () => {
    expect(
      nonEmpty([
        { no: 1, text: '  a ' },
        { no: 2, text: '   ' },
        { no: 3, text: 'b' },
      ]),
    ).toEqual([
      { no: 1, text: 'a' },
      { no: 3, text: 'b' },
    ]);
  });
});
