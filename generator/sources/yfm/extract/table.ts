/** Generic reading of YFM tables: header detection, cell access, and the canonical markdown of a cell. */
import { cellsOf, inlineMd, kids, lineOf, rowsOf, squash, textOf } from './md.ts';
import type { YfmCell, YfmRow, YfmTable } from './nodes.ts';

export interface TableView {
  table: YfmTable;
  /** Lower-cased header texts (first line of each header cell), or null when the table has no header row. */
  header: string[] | null;
  rows: YfmRow[];
}

const HEADER_WORD =
  /^(name|parameter|parameters|param|value|field|fields|key|code|status|type|description|error.*|notation|method|event|argument|option|attribute|http status|message|property name|field name|parameter name|example|examples|node type|required|mandatory|possible values)$/i;

/** Stars inside a bold name are part of the name (`UF_*`), not the required marker that may follow it. */
const ESCAPED = { escapeStarsInStrong: true };

/** Canonical markdown of a cell: its blocks' inline markdown, one block per line. */
export function cellMd(cell: YfmCell | undefined): string {
  if (!cell) return '';
  return kids(cell)
    .map((b) => (b.type === 'paragraph' || b.type === 'heading' ? inlineMd(kids(b), ESCAPED) : b.type === 'code' ? '' : inlineMd([b], ESCAPED)))
    .join('\n');
}

/** A cell's prose as markdown, links and code spans kept, list items as "- item" lines (code blocks left out). */
export function cellProseMd(cell: YfmCell | undefined): string {
  if (!cell) return '';
  const blocks = (nodes: readonly unknown[]): string[] =>
    nodes.flatMap((node) => {
      const b = node as { type: string };
      if (b.type === 'paragraph' || b.type === 'heading') return [inlineMd(kids(b), ESCAPED)];
      if (b.type === 'list') return kids(b).map((item) => `- ${blocks(kids(item)).join(' ')}`);
      return b.type === 'code' ? [] : [inlineMd([b], ESCAPED)];
    });
  return blocks(kids(cell)).join('\n');
}

/** First-line text of a cell, markdown stripped. */
export function cellLabel(cell: YfmCell | undefined): string {
  if (!cell) return '';
  return squash(textOf(kids(cell)[0] ?? { type: 'text', value: '' }).split('\n')[0] ?? '');
}

/** True when a row is a header row: every non-empty cell's first line is a known header word. */
export function isHeaderRow(row: YfmRow): boolean {
  const cells = cellsOf(row);
  if (cells.length === 0) return false;
  // The typed-header signature `**Word**⏎\`type\`` marks a header whatever the other columns say.
  if (/^\*\*[^*\n]{1,40}\*\*\s*\n?\s*`type`\s*$/i.test(cellMd(cells[0]).trim())) return true;
  const labels = cells.map(cellLabel).filter((l) => l !== '');
  if (labels.length === 0) return false;
  const headerWord = (l: string) =>
    HEADER_WORD.test(l.replace(/[*:]/g, '').trim()) ||
    // "Revision": the API version column of older pages (`|| **Parameter** | **Example** | **Description** | **Revision** ||`, 2026-02).
    /^(read|write|default( value)?|note|restrictions|how to fix|fix|when it occurs|additional information|values?|descriptions and values|triggered|error description|error message|error text|example value|revision)$/i.test(
      l.trim(),
    );
  // "**Parameter** / **Type**": two header words sharing a cell (older pages, crm-quote-add.md 2026-02).
  return labels.every((l) => l.split(/\s+\/\s+/).every(headerWord));
}

/** View a table: its header (if the first row is one) and data rows. */
export function viewTable(table: YfmTable): TableView {
  const rows = rowsOf(table);
  const first = rows[0];
  if (first && isHeaderRow(first)) return { table, header: cellsOf(first).map((c) => cellLabel(c).toLowerCase()), rows: rows.slice(1) };
  return { table, header: null, rows };
}

/** Line of a row (its first cell, else the row). */
export function rowLine(row: YfmRow): number | undefined {
  return lineOf(cellsOf(row)[0]) ?? lineOf(row);
}
