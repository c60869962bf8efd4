/**
 * The YFM `#| … |#` table scanner: a character-by-character port of diplodoc's `getTableRowPositions`
 * (@diplodoc/transform, src/transform/plugins/table/index.ts). Its quirks are kept on purpose, because the
 * corpus was written against them:
 * - ``` toggles code mode anywhere, even mid-line, and the character right after an opening ``` is skipped;
 * - `{{ … }}` (liquid variables) are skipped the same way;
 * - a nested `#|` raises the level and everything up to its `|#` is skipped (it is re-scanned when the cell
 *   is parsed);
 * - `||` toggles the row at the current level; any other `|` not preceded by `\` separates cells, so a single
 *   backtick does not protect it;
 * - cells of a row that never opened (a missing `||`) are kept and prefixed to the next row, which is how
 *   diplodoc shifts rows;
 * - leading spaces/tabs of every continuation line are skipped (markdown-it's tShift).
 */
import { wsEnd, type Line } from './lines.ts';

/** A character position in a region: line index and character index in that line's text. */
export interface Cursor {
  li: number;
  pos: number;
}
export interface ScannedCell {
  /** First character of the cell (just after its `|` or `||`). */
  start: Cursor;
  /** The separator that ends the cell (exclusive). */
  end: Cursor;
}
export interface ScannedRow {
  cells: ScannedCell[];
  /** The `||` that opened the row (null if diplodoc never saw one, which cannot happen for a kept row). */
  open: Cursor | null;
  /** The `||` (or `|#`) that closed the row. */
  close: Cursor;
}
export interface ScannedTable {
  rows: ScannedRow[];
  /** Position of the closing `|#`. */
  close: Cursor;
  /** Characters visited; callers charge them against a budget so hostile input stays linear. */
  steps: number;
  /** Where text outside any row starts (diplodoc drops it silently; a lost `||` is the usual cause). */
  dropped: Cursor[];
}
export type ScanResult = { ok: true; table: ScannedTable } | { ok: false; reason: 'unterminated' | 'budget'; steps: number };

/**
 * Scan a table whose `#|` starts at `lines[li].text[pos]`. Returns the rows and cells as cursors, or why
 * there is no table (diplodoc then treats the `#|` line as paragraph text).
 */
export function scanYfmTable(lines: readonly Line[], li: number, pos: number, budget: number): ScanResult {
  let curLi = li;
  let curPos = pos + 2;
  let text = (lines[curLi] as Line).text;
  let steps = 0;

  const next = (n = 1): void => {
    for (let k = 0; k < n; k++) {
      curPos++;
      // Position text.length is the line's '\n'; moving past it enters the next line after its indentation.
      if (curPos > text.length) {
        curLi++;
        const l = lines[curLi];
        text = l ? l.text : '';
        curPos = l ? wsEnd(text) : 0;
      }
    }
  };
  const at = (s: string): boolean => text.startsWith(s, curPos);
  const notEscaped = (): boolean => (curPos > 0 ? text[curPos - 1] : (lines[curLi] as Line).prev) !== '\\';
  const here = (): Cursor => ({ li: curLi, pos: curPos });

  let level = 0;
  let inCode = false;
  let inNested = false;
  let inLiquid = false;
  const rowOpen = new Map<number, boolean>();
  const rows: ScannedRow[] = [];
  let current: ScannedCell[] = [];
  let cellStart: Cursor | null = null;
  let rowStart: Cursor | null = null;
  const dropped: Cursor[] = [];
  let inGap = false;

  const addRow = (): void => {
    if (cellStart) current.push({ start: cellStart, end: here() });
    if (current.length && rowStart) rows.push({ cells: current, open: rowStart, close: here() });
    current = [];
    cellStart = null;
    rowStart = null;
  };

  while (curLi < lines.length) {
    if (++steps > budget) return { ok: false, reason: 'budget', steps };
    if (at('```')) {
      inCode = !inCode;
      next(3);
    }
    if (inCode) {
      next();
      continue;
    }
    if (!inLiquid && at('{{')) {
      inLiquid = true;
      next(2);
    }
    if (inLiquid && at('}}')) {
      inLiquid = false;
      next(2);
    }
    if (inLiquid) {
      next();
      continue;
    }
    if (at('#|')) {
      inNested = true;
      level++;
      next(2);
      continue;
    }
    if (at('|#')) {
      if (level === 0) {
        const close = here();
        addRow();
        return { ok: true, table: { rows, close, steps, dropped } };
      }
      inNested = false;
      level--;
      next(2);
      continue;
    }
    if (inNested) {
      next();
      continue;
    }
    if (at('||') && notEscaped()) {
      const open = rowOpen.get(level) === true;
      if (open) {
        addRow();
        next(2);
      } else {
        const opener = here();
        next(2);
        rowStart = opener;
        cellStart = here();
        inGap = false;
      }
      rowOpen.set(level, !open);
      continue;
    }
    if (rowOpen.get(level) !== true && !inGap) {
      const c = text.charCodeAt(curPos);
      if (curPos < text.length && c !== 32 && c !== 9) {
        inGap = true;
        dropped.push(here());
      }
    }
    if (at('|') && notEscaped()) {
      if (cellStart) current.push({ start: cellStart, end: here() });
      next();
      cellStart = here();
      continue;
    }
    next();
  }
  return { ok: false, reason: 'unterminated', steps };
}
