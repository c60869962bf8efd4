/**
 * Build a `yfmTable` node from a table scan. Each cell becomes a region of source lines (first line cut
 * just after its `|`, last line cut at the next separator) that is parsed later like any other block content.
 */
import type { YfmCell, YfmRow, YfmTable } from './types.ts';
import { dedentLine, isBlank, pointAt, sliceLine, type Line } from './lines.ts';
import type { Cursor, ScannedTable } from './table-scanner.ts';

export interface CellRegion {
  cell: YfmCell;
  lines: Line[];
}

function cellLines(lines: readonly Line[], start: Cursor, end: Cursor, indent: number): Line[] {
  const first = lines[start.li] as Line;
  if (start.li === end.li) return [sliceLine(first, start.pos, end.pos)];
  const out: Line[] = [sliceLine(first, start.pos)];
  // Continuation lines are re-parsed relative to the table's own indentation (markdown-it's blkIndent).
  for (let k = start.li + 1; k < end.li; k++) out.push(dedentLine(lines[k] as Line, indent));
  out.push(dedentLine(sliceLine(lines[end.li] as Line, 0, end.pos), indent));
  return out;
}

function onlyText(ls: readonly Line[], what: string): boolean {
  let seen = false;
  for (const l of ls) {
    const t = l.text.trim();
    if (!t) continue;
    if (seen || t !== what) return false;
    seen = true;
  }
  return seen;
}

/**
 * Turn a scan into rows and cells. `>` cells (not in the first column) are colspan markers and `^` cells
 * (not in the first row) rowspan markers, as in diplodoc; every other cell is returned as a region to parse.
 */
export function buildTable(lines: readonly Line[], li: number, pos: number, scan: ScannedTable, indent: number): { table: YfmTable; cells: CellRegion[] } {
  const cells: CellRegion[] = [];
  const rows: YfmRow[] = [];
  scan.rows.forEach((r, ri) => {
    const rowCells: YfmCell[] = r.cells.map((c, ci) => {
      const ls = cellLines(lines, c.start, c.end, indent);
      const cell: YfmCell = {
        type: 'yfmCell',
        children: [],
        position: { start: pointAt(lines[c.start.li] as Line, c.start.pos), end: pointAt(lines[c.end.li] as Line, c.end.pos) },
      };
      if (ci > 0 && onlyText(ls, '>')) cell.colspan = true;
      else if (ri > 0 && onlyText(ls, '^')) cell.rowspan = true;
      else if (ls.some((l) => !isBlank(l.text))) cells.push({ cell, lines: ls });
      return cell;
    });
    const firstCell = r.cells[0];
    const open = r.open && firstCell && before(firstCell.start, r.open) ? firstCell.start : (r.open ?? firstCell?.start ?? r.close);
    const closeLine = lines[r.close.li] as Line;
    const closeLen = closeLine.text.startsWith('||', r.close.pos) ? 2 : 0;
    rows.push({
      type: 'yfmRow',
      children: rowCells,
      position: { start: pointAt(lines[open.li] as Line, open.pos), end: pointAt(closeLine, r.close.pos + closeLen) },
    });
  });
  const closeLine = lines[scan.close.li] as Line;
  const table: YfmTable = {
    type: 'yfmTable',
    children: rows,
    position: { start: pointAt(lines[li] as Line, pos), end: pointAt(closeLine, scan.close.pos + 2) },
  };
  return { table, cells };
}

function before(a: Cursor, b: Cursor): boolean {
  return a.li < b.li || (a.li === b.li && a.pos < b.pos);
}
