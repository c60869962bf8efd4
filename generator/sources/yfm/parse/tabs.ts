/**
 * The body of `{% list tabs %}` is a markdown bullet list: `- Label` items whose indented content is the
 * tab. diplodoc turns the parsed list into tabs; here the items are cut out directly so each tab's content
 * is re-parsed at column 0 (code fences and the 2-space-indented params tables inside tabs stay blocks).
 */
import type { FileCtx } from './context.ts';
import { dedentLine, indentWidth, isBlank, type Line } from './lines.ts';
import { atomicEnd } from './structure.ts';

export interface TabItem {
  label: string;
  /** The `- Label` line. */
  marker: Line;
  /** The tab's content lines, dedented to the item's content column. */
  lines: Line[];
  /** The last non-blank line of the item (for the end position). */
  last: Line;
}

const MARKER = /^([ \t]*)([-*+])([ \t]+|$)(.*)$/;

function readMarker(text: string): { indent: number; content: number; label: string } | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  const indent = indentWidth(m[1] ?? '');
  const gap = indentWidth(m[3] ?? '');
  // CommonMark: 1–4 spaces after the marker set the content column; more means indented code, so 1.
  const content = indent + 1 + (gap >= 1 && gap <= 4 ? gap : 1);
  return { indent, content, label: (m[4] ?? '').trim() };
}

/** Cut a tabs body into items; non-blank lines before the first item are returned as `stray`. */
export function splitTabs(lines: readonly Line[], ctx: FileCtx): { items: TabItem[]; stray: Line[] } {
  const items: TabItem[] = [];
  const stray: Line[] = [];
  let cur: (TabItem & { content: number }) | null = null;
  let markerIndent = -1;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as Line;
    const mk = readMarker(l.text);
    if (mk && (cur === null || (mk.indent <= markerIndent + 3 && mk.indent < cur.content))) {
      if (markerIndent < 0) markerIndent = mk.indent;
      cur = { label: mk.label, marker: l, lines: [], last: l, content: mk.content };
      items.push(cur);
      continue;
    }
    if (!cur) {
      if (!isBlank(l.text)) stray.push(l);
      continue;
    }
    // Fences, tables and nested directive blocks belong to the item whole, even where their lines look like markers.
    const e = atomicEnd(lines, k, ctx);
    const end = e >= k ? e : k;
    for (let j = k; j <= end; j++) {
      const lj = lines[j] as Line;
      cur.lines.push(dedentLine(lj, cur.content));
      if (!isBlank(lj.text)) cur.last = lj;
    }
    k = end;
  }
  return { items: items.map(({ label, marker, lines: ls, last }) => ({ label, marker, lines: ls, last })), stray };
}
