/**
 * Flattened tables. The scrape writes a table as a `|` line that opens each row (the header row too),
 * followed by the row's cells, each ending in ` |`. A cell whose text was cut (a dropped list, a
 * paragraph break) ends on a line of its own `|`; an empty cell is just `|`. So a row is read by
 * counting the header's cells, which is the only thing that tells "empty cell" from "next row".
 */
import { lineText, type PageText } from './lines.ts';
import type { Notes } from './notes.ts';
import { isBoundaryLine } from './sections.ts';

export interface Cell {
  text: string;
  line: number;
}

export interface Row {
  cells: Cell[];
  /** 1-based line of the `|` that opens the row. */
  line: number;
  /** False when the page ran into a heading or its end before the row had all its cells. */
  complete: boolean;
}

export interface FlatTable {
  /** Header cell texts, or null when the first row is data (header-less tables exist in the docs). */
  header: string[] | null;
  rows: Row[];
  /** 1-based first and last line of the table. */
  start: number;
  end: number;
  /** Non-empty lines between the previous table (or the range start) and this table: caption and prose. */
  before: Cell[];
}

/** Words a header cell is made of; a first row made of anything else is data. */
const HEADER_WORDS =
  /^(?:name|description|value|values|code|status|error message|message|error text|error|error code|parameter|parameters|field|fields|type|key|default|default value|read|write|note|restrictions|when it occurs|additional information|how to fix|fix|error description)$/i;

/** Multi-line cells in the seeds span 2-3 lines; a longer run means the row never closed. */
const MAX_CELL_LINES = 40;

/** Every table in the 1-based line range [from, to), in page order. */
export function readTables(page: PageText, from: number, to: number, notes: Notes): FlatTable[] {
  const tables: FlatTable[] = [];
  let before: Cell[] = [];
  let n = Math.max(1, from);
  const last = Math.min(to, page.lines.length + 1);
  while (n < last) {
    const table = lineText(page, n) === '|' ? readTableAt(page, n, last, notes) : undefined;
    if (table) {
      tables.push({ ...table, before });
      before = [];
      n = table.end + 1;
      continue;
    }
    const t = lineText(page, n);
    if (t.length > 0) before.push({ text: t, line: n });
    n++;
  }
  return tables;
}

/** Non-empty lines after the last table of a range (trailing prose), for callers that read notes after tables. */
export function linesAfter(page: PageText, tables: FlatTable[], from: number, to: number): Cell[] {
  const start = tables.length > 0 ? tables[tables.length - 1]!.end + 1 : from;
  const out: Cell[] = [];
  for (let n = start; n < to && n <= page.lines.length; n++) {
    const t = lineText(page, n);
    if (t.length > 0) out.push({ text: t, line: n });
  }
  return out;
}

function readTableAt(page: PageText, open: number, last: number, notes: Notes): Omit<FlatTable, 'before'> | undefined {
  // Header: the cells up to the next bare `|`.
  const headerCells: Cell[] = [];
  let n = open + 1;
  while (n < last) {
    const t = lineText(page, n);
    if (t === '|') break;
    if (!t.endsWith('|') || isBoundaryLine(t)) return undefined;
    headerCells.push({ text: stripPipe(t), line: n });
    n++;
  }
  if (headerCells.length === 0 || n >= last) return undefined;
  const width = headerCells.length;
  const isHeader = headerCells.every((c) => HEADER_WORDS.test(c.text));
  const rows: Row[] = isHeader ? [] : [{ cells: headerCells, line: open, complete: true }];
  let end = n - 1;
  // Rows: each opens on a bare `|` and holds `width` cells.
  while (n < last && lineText(page, n) === '|') {
    const rowLine = n;
    n++;
    const cells: Cell[] = [];
    let complete = true;
    while (cells.length < width) {
      const cell = readCell(page, n, last);
      if (!cell) {
        complete = false;
        break;
      }
      cells.push(cell.cell);
      n = cell.next;
    }
    if (cells.length === 0 && !complete) {
      // A lone `|` before a heading: the previous row's cut cell, nothing more. At the end of the page: a cut page.
      if (last > page.lines.length && restIsBlank(page, n, last)) notes.warn('truncated-table', 'The page ends inside a table', rowLine);
      end = rowLine;
      break;
    }
    rows.push({ cells, line: rowLine, complete });
    end = n - 1;
    if (!complete) {
      notes.warn('incomplete-row', `Table row has ${cells.length} of ${width} cells; the rest was lost in the scrape`, rowLine);
      break;
    }
  }
  return { header: isHeader ? headerCells.map((c) => c.text) : null, rows, start: open, end };
}

/** One cell starting at line `n`: lines up to the first that ends in `|`. Undefined when it never closes. */
function readCell(page: PageText, n: number, last: number): { cell: Cell; next: number } | undefined {
  const parts: string[] = [];
  for (let k = n; k < last && k < n + MAX_CELL_LINES; k++) {
    const t = lineText(page, k);
    if (isBoundaryLine(t)) return undefined;
    if (t.endsWith('|')) {
      const text = stripPipe(t);
      if (text.length > 0) parts.push(text);
      return { cell: { text: parts.join('\n'), line: n }, next: k + 1 };
    }
    if (t.length > 0) parts.push(t);
  }
  return undefined;
}

function restIsBlank(page: PageText, from: number, to: number): boolean {
  for (let n = from; n < to; n++) if (lineText(page, n).length > 0) return false;
  return true;
}

/** A cell line without its closing `|` and surrounding white space (not /\s*\|$/: that regex retries from every space of a run that does not end the line, quadratic). */
function stripPipe(t: string): string {
  return (t.endsWith('|') ? t.slice(0, -1) : t).trim();
}

/** Index of the header cell matching `pattern`, or -1 (always -1 for header-less tables). */
export function columnIndex(table: FlatTable, pattern: RegExp): number {
  return table.header ? table.header.findIndex((h) => pattern.test(h)) : -1;
}

/** The caption of a table: the first line of the text before it, if any. */
export function captionOf(table: FlatTable): Cell | undefined {
  return table.before[0];
}
