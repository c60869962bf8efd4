/**
 * The source-line model every scanner works on. A region (a page, a note body, a table cell, a tab) is a
 * list of `Line`s; each remembers where its first character sits in the original file, so nodes built
 * from any sub-region get exact file positions without re-counting.
 */
import type { Nodes } from 'mdast';

/** A unist point (line, column, offset), taken from mdast so no direct `unist` dependency is needed. */
export type Point = NonNullable<Nodes['position']>['start'];

export interface Line {
  /** The line's text (no line terminator); may be a slice of a physical line (table cells). */
  readonly text: string;
  /** 1-based line number in the line's own file. */
  readonly line: number;
  /** 1-based column of `text[0]` in the physical line. */
  readonly col: number;
  /** 0-based offset of `text[0]` in the file. */
  readonly offset: number;
  /** The file character just before `text[0]` ('\n' at a physical line start): diplodoc's escape check reads it. */
  readonly prev: string;
}

/** Split a file into physical lines (LF, CRLF or CR), keeping file offsets. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let line = 1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      out.push({ text: text.slice(start, i), line, col: 1, offset: start, prev: '\n' });
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      line++;
    }
  }
  return out;
}

/** True when the text is empty or only spaces and tabs. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Index of the first character that is not a space or tab (markdown-it's `tShift`). */
export function wsEnd(text: string, from = 0): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

/** Visual indentation width of a line, tabs advancing to the next multiple of 4 (CommonMark). */
export function indentWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) w++;
    else if (c === 9) w += 4 - (w % 4);
    else break;
  }
  return w;
}

/** A sub-line: `text.slice(start, end)` with its position carried along. */
export function sliceLine(l: Line, start: number, end = l.text.length): Line {
  if (start === 0 && end === l.text.length) return l;
  return {
    text: l.text.slice(start, end),
    line: l.line,
    col: l.col + start,
    offset: l.offset + start,
    prev: start > 0 ? (l.text[start - 1] ?? '\n') : l.prev,
  };
}

/**
 * Remove up to `width` columns of leading whitespace. Container content (tabs, notes, indented tables)
 * is re-parsed at column 0, as markdown-it does with `blkIndent`; a tab that straddles the cut becomes
 * the spaces it stood for so the remaining indentation is kept.
 */
export function dedentLine(l: Line, width: number): Line {
  if (width <= 0) return l;
  let w = 0;
  let i = 0;
  const t = l.text;
  while (i < t.length && w < width) {
    const c = t.charCodeAt(i);
    if (c === 32) w++;
    else if (c === 9) {
      const tw = 4 - (w % 4);
      if (w + tw > width) {
        const rest = w + tw - width;
        const sliced = sliceLine(l, i + 1);
        return { ...sliced, text: ' '.repeat(rest) + sliced.text, col: sliced.col - rest, offset: sliced.offset - rest };
      }
      w += tw;
    } else break;
    i++;
  }
  return sliceLine(l, i);
}

/** The unist point of character `pos` of a line. */
export function pointAt(l: Line, pos: number): Point {
  return { line: l.line, column: l.col + pos, offset: l.offset + pos };
}

/** The point just after the last character of a line. */
export function endOf(l: Line): Point {
  return pointAt(l, l.text.length);
}
