/**
 * Block boundaries without building anything: where a fence, a table or a directive block that starts on
 * a line ends. Finding `{% endnote %}` must step over fences and tables, whose bodies may contain lines
 * that look like closers or tab markers (a note inside a table cell closes inside that cell).
 */
import { LIMITS, type FileCtx } from './context.ts';
import { CLOSERS, readDirective } from './directives.ts';
import { fenceOpen, findFenceEnd } from './fence.ts';
import { wsEnd, type Line } from './lines.ts';
import { scanYfmTable, type ScanResult } from './table-scanner.ts';

/** Run the table scanner at `lines[li]` (a `#|` at `pos`), charging the file's scan budget. */
export function scanTableAt(lines: readonly Line[], li: number, pos: number, ctx: FileCtx): ScanResult {
  if (ctx.budget <= 0) return { ok: false, reason: 'budget', steps: 0 };
  const r = scanYfmTable(lines, li, pos, ctx.budget);
  ctx.budget -= r.ok ? r.table.steps : r.steps;
  return r;
}

/**
 * If `lines[k]` opens a fence, a table or a note/cut/list block, the index of its last line (the last
 * line of the region when it is unterminated); otherwise -1.
 */
export function atomicEnd(lines: readonly Line[], k: number, ctx: FileCtx, depth = 0): number {
  const l = lines[k];
  if (!l) return -1;
  const t = l.text;
  const s = wsEnd(t);
  const c = t.charCodeAt(s);
  if (c === 96 || c === 126) {
    const fo = fenceOpen(t);
    if (!fo) return -1;
    const e = findFenceEnd(lines, k, fo);
    return e < 0 ? lines.length - 1 : e;
  }
  if (c === 35 && t.charCodeAt(s + 1) === 124) {
    const r = scanTableAt(lines, k, s, ctx);
    return r.ok ? r.table.close.li : -1;
  }
  if (c === 123 && depth < LIMITS.closerDepth) {
    const tag = readDirective(t, s);
    const closer = tag ? CLOSERS[tag.name] : undefined;
    if (!closer) return -1;
    const e = findCloser(lines, k + 1, closer, ctx, depth + 1);
    return e < 0 ? lines.length - 1 : e;
  }
  return -1;
}

/** Index of the line starting with `{% closer %}` for a block whose body starts at `from`, or -1. */
export function findCloser(lines: readonly Line[], from: number, closer: string, ctx: FileCtx, depth = 0): number {
  for (let k = from; k < lines.length; k++) {
    const t = (lines[k] as Line).text;
    const s = wsEnd(t);
    if (t.charCodeAt(s) === 123) {
      const tag = readDirective(t, s);
      if (tag && tag.name === closer) return k;
    }
    const e = atomicEnd(lines, k, ctx, depth);
    if (e > k) k = e;
  }
  return -1;
}
