/**
 * INTERIM stand-in for `parseYfm` (generator/sources/yfm/parse/), written only so the extractor can be
 * run and measured on the corpus before the real parser lands. It follows the NODES.md contract closely
 * enough for extraction (YFM tables with diplodoc's scanner rules, notes, tabs, cuts, includes, heading
 * anchors, dev-only `{% if %}` blocks dropped, fenced code kept out of remark). Replace its one use in
 * `parser.ts` with the real `parseYfm` when it exists; nothing else imports this file.
 */
import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { AnyNode, ParsedPage } from './nodes.ts';

type Node = AnyNode & { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } }; data?: Record<string, unknown> };

interface Ctx {
  path: string;
  file: string;
  readInclude(path: string): string | undefined;
  depth: number;
  warnings: ParsedPage['warnings'];
}

const pos = (line: number, endLine = line) => ({ start: { line, column: 1 }, end: { line: endLine, column: 1 } });

/** Parse a YFM page into the NODES.md tree (interim implementation). */
export function interimParseYfm(text: string, opts: { path: string; readInclude: (p: string) => string | undefined }): ParsedPage {
  const warnings: ParsedPage['warnings'] = [];
  const ctx: Ctx = { path: opts.path, file: opts.path, readInclude: opts.readInclude, depth: 0, warnings };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const children = parseBlocks(lines, 1, ctx);
  return { tree: { type: 'root', children: children as Root['children'] }, warnings };
}

function shift(node: Node, delta: number, file: string | null): void {
  if (node.position) {
    node.position.start.line += delta;
    node.position.end.line += delta;
    delete node.position.start.offset;
    delete node.position.end.offset;
  }
  if (file) node.data = { ...(node.data ?? {}), file };
  const c = (node as { children?: Node[] }).children;
  if (Array.isArray(c)) for (const k of c) shift(k, delta, file);
}

function markdown(chunk: string[], firstLine: number, ctx: Ctx): Node[] {
  if (chunk.every((l) => l.trim() === '')) return [];
  const tree = fromMarkdown(chunk.join('\n'));
  const out = tree.children as unknown as Node[];
  for (const n of out) shift(n, firstLine - 1, ctx.file === ctx.path ? null : ctx.file);
  return out;
}

function dedent(lines: string[]): string[] {
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, /^\s*/.exec(l)?.[0].length ?? 0);
  if (!Number.isFinite(min) || min === 0) return lines;
  return lines.map((l) => l.slice(Math.min(min, /^\s*/.exec(l)?.[0].length ?? 0)));
}

const FENCE = /^\s*(```+|~~~+)\s*([\w+-]*)\s*(.*)$/;

/** Find the line index closing a `{% tag %}` block opened at `i` (nesting-aware). */
function findClose(lines: string[], i: number, open: RegExp, close: RegExp): number {
  let depth = 0;
  let inCode = false;
  for (let j = i; j < lines.length; j++) {
    const l = lines[j] ?? '';
    if (FENCE.test(l)) inCode = !inCode;
    if (inCode) continue;
    if (open.test(l)) depth++;
    if (close.test(l)) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return lines.length;
}

function parseBlocks(lines: string[], firstLine: number, ctx: Ctx): Node[] {
  const out: Node[] = [];
  let chunk: string[] = [];
  let chunkStart = firstLine;
  const flush = (nextIndex: number) => {
    out.push(...markdown(chunk, chunkStart, ctx));
    chunk = [];
    chunkStart = firstLine + nextIndex;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = firstLine + i;
    const t = line.trim();
    const fence = FENCE.exec(line);
    if (fence) {
      flush(i);
      const marker = fence[1] ?? '```';
      const indent = /^\s*/.exec(line)?.[0].length ?? 0;
      let j = i + 1;
      while (j < lines.length && !new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[j] ?? '')) j++;
      const body = lines.slice(i + 1, j).map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)?.[0].length ?? 0)));
      out.push({ type: 'code', lang: fence[2] || null, meta: fence[3] || null, value: body.join('\n'), position: pos(lineNo, firstLine + j), ...(ctx.file !== ctx.path ? { data: { file: ctx.file } } : {}) } as unknown as Node);
      i = j;
      chunkStart = firstLine + i + 1;
      continue;
    }
    if (/^\{%\s*if\s+build\s*==\s*['"]dev['"]\s*%\}/.test(t)) {
      flush(i);
      const j = findClose(lines, i, /\{%\s*if\b/, /\{%\s*endif\s*%\}/);
      i = j;
      chunkStart = firstLine + i + 1;
      continue;
    }
    if (/^\{%\s*(if\b.*|endif|else|elsif\b.*)\s*%\}$/.test(t)) {
      flush(i);
      chunkStart = firstLine + i + 1;
      continue;
    }
    let m = /^\{%\s*note\s+(\w[\w-]*)?\s*(?:"([^"]*)"|'([^']*)')?\s*%\}(.*)$/.exec(t);
    if (m) {
      flush(i);
      const j = findClose(lines, i, /\{%\s*note\b/, /\{%\s*endnote\s*%\}/);
      const body = lines.slice(i + 1, j);
      out.push({ type: 'yfmNote', noteType: m[1] ?? 'info', title: m[2] ?? m[3] ?? null, children: parseBlocks(dedent(body), lineNo + 1, ctx), position: pos(lineNo, firstLine + j), ...(ctx.file !== ctx.path ? { data: { file: ctx.file } } : {}) } as unknown as Node);
      i = j;
      chunkStart = firstLine + i + 1;
      continue;
    }
    m = /^\{%\s*cut\s+"([^"]*)"\s*%\}$/.exec(t);
    if (m) {
      flush(i);
      const j = findClose(lines, i, /\{%\s*cut\b/, /\{%\s*endcut\s*%\}/);
      out.push({ type: 'yfmCut', title: m[1] ?? '', children: parseBlocks(dedent(lines.slice(i + 1, j)), lineNo + 1, ctx), position: pos(lineNo, firstLine + j) } as unknown as Node);
      i = j;
      chunkStart = firstLine + i + 1;
      continue;
    }
    if (/^\{%\s*list\s+tabs\b.*%\}$/.test(t)) {
      flush(i);
      const j = findClose(lines, i, /\{%\s*list\s+tabs\b/, /\{%\s*endlist\s*%\}/);
      out.push(parseTabs(lines.slice(i + 1, j), lineNo + 1, ctx, firstLine + j));
      i = j;
      chunkStart = firstLine + i + 1;
      continue;
    }
    m = /^\{%\s*include\s+(notitle\s+)?\[([^\]]*)\]\(([^)]+)\)\s*%\}$/.exec(t);
    if (m) {
      flush(i);
      out.push(parseInclude(m[3] ?? '', Boolean(m[1]), lineNo, ctx));
      chunkStart = firstLine + i + 1;
      continue;
    }
    if (/^#\|/.test(t)) {
      flush(i);
      const end = scanTable(lines, i);
      out.push(parseTable(lines.slice(i, end + 1), lineNo, ctx));
      i = end;
      chunkStart = firstLine + i + 1;
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h && !/^#\|/.test(line)) {
      flush(i);
      out.push(heading(h[1]?.length ?? 1, h[2] ?? '', lineNo, ctx));
      chunkStart = firstLine + i + 1;
      continue;
    }
    if (chunk.length === 0) chunkStart = lineNo;
    chunk.push(line);
  }
  flush(lines.length);
  return out;
}

function heading(depth: number, raw: string, line: number, ctx: Ctx): Node {
  let text = raw;
  let anchor: string | undefined;
  const a = /\s*\{#([^}]+)\}\s*$/.exec(text);
  if (a) {
    anchor = a[1];
    text = text.slice(0, a.index);
  }
  const para = (fromMarkdown(text).children[0] as { children?: Node[] } | undefined)?.children ?? [];
  for (const n of para) shift(n, line - 1, null);
  const slug = text
    .toLowerCase()
    .replace(/[`*~]/g, '')
    .replace(/[^\p{L}\p{N}_\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
  return { type: 'heading', depth, children: para, position: pos(line), data: { ...(anchor ? { anchor } : {}), slug, ...(ctx.file !== ctx.path ? { file: ctx.file } : {}) } } as unknown as Node;
}

function parseTabs(lines: string[], firstLine: number, ctx: Ctx, endLine: number): Node {
  const tabs: Node[] = [];
  let baseIndent = -1;
  let cur: { label: string; line: number; body: string[]; bodyStart: number } | null = null;
  let inCode = false;
  const close = () => {
    if (cur) tabs.push({ type: 'yfmTab', label: cur.label, children: parseBlocks(dedent(cur.body), cur.bodyStart, ctx), position: pos(cur.line) } as unknown as Node);
  };
  lines.forEach((l, k) => {
    if (FENCE.test(l)) inCode = !inCode;
    const m = /^(\s*)-\s+(.*)$/.exec(l);
    const indent = m ? (m[1]?.length ?? 0) : -1;
    if (!inCode && m && (baseIndent < 0 || indent <= baseIndent)) {
      if (baseIndent < 0) baseIndent = indent;
      close();
      cur = { label: (m[2] ?? '').trim(), line: firstLine + k, body: [], bodyStart: firstLine + k + 1 };
      return;
    }
    if (cur) cur.body.push(l);
  });
  close();
  return { type: 'yfmTabs', children: tabs, position: pos(firstLine - 1, endLine) } as unknown as Node;
}

function resolvePath(from: string, target: string): string {
  const base = from.split('/').slice(0, -1);
  const parts = target.startsWith('/') ? target.slice(1).split('/') : [...base, ...target.split('/')];
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function parseInclude(target: string, notitle: boolean, line: number, ctx: Ctx): Node {
  const resolved = resolvePath(ctx.file, target.replace(/#.*$/, ''));
  const text = ctx.depth < 5 ? ctx.readInclude(resolved) : undefined;
  if (text === undefined) ctx.warnings.push({ code: 'unresolved-include', message: `include ${target} not found`, file: ctx.file, line });
  let children: Node[] = [];
  if (text !== undefined) {
    const sub: Ctx = { ...ctx, file: resolved, depth: ctx.depth + 1 };
    children = parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'), 1, sub);
    if (notitle && children[0]?.type === 'heading') children = children.slice(1);
  }
  return { type: 'yfmInclude', target, resolvedPath: text === undefined ? null : resolved, notitle, children, position: pos(line) } as unknown as Node;
}

/** Index of the line that closes the table opened at `start` (nesting and code-aware). */
function scanTable(lines: string[], start: number): number {
  let depth = 0;
  let inCode = false;
  for (let j = start; j < lines.length; j++) {
    const l = lines[j] ?? '';
    for (let k = 0; k < l.length; k++) {
      if (l.startsWith('```', k)) {
        inCode = !inCode;
        k += 2;
        continue;
      }
      if (inCode) continue;
      if (l.startsWith('#|', k)) {
        depth++;
        k++;
      } else if (l.startsWith('|#', k)) {
        depth--;
        k++;
        if (depth === 0) return j;
      }
    }
  }
  return lines.length - 1;
}

/** Diplodoc table scan: `||` toggles rows, `|` separates cells, ``` toggles code mode, `#|` nests. */
function parseTable(lines: string[], firstLine: number, ctx: Ctx): Node {
  const jobs: CellJob[] = [];
  const text = lines.join('\n');
  const rows: Node[] = [];
  let i = text.indexOf('#|') + 2;
  let line = firstLine;
  let inCode = false;
  let rowOpen = false;
  let cells: Array<{ text: string; line: number }> = [];
  let cur = '';
  let curLine = line;
  let rowLine = line;
  const endCell = () => {
    cells.push({ text: cur, line: curLine });
    cur = '';
    curLine = line;
  };
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      line++;
      if (rowOpen) cur += ch;
      continue;
    }
    if (text.startsWith('```', i)) {
      inCode = !inCode;
      if (rowOpen) cur += '```';
      i += 2;
      continue;
    }
    if (!inCode && ch === '\\' && text[i + 1] === '|') {
      if (rowOpen) cur += '\\|';
      i++;
      continue;
    }
    if (!inCode && text.startsWith('#|', i) && rowOpen) {
      // A nested table inside a cell: copy it verbatim to the cell text.
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text.startsWith('#|', j)) depth++;
        else if (text.startsWith('|#', j)) {
          depth--;
          if (depth === 0) break;
        }
      }
      const nested = text.slice(i, j + 2);
      line += (nested.match(/\n/g) ?? []).length;
      cur += nested;
      i = j + 1;
      continue;
    }
    if (!inCode && text.startsWith('|#', i) && !rowOpen) break;
    if (!inCode && text.startsWith('||', i)) {
      if (rowOpen) {
        endCell();
        rows.push(makeRow(cells, rowLine, ctx, jobs));
        cells = [];
        rowOpen = false;
      } else {
        rowOpen = true;
        rowLine = line;
        cur = '';
        curLine = line;
      }
      i++;
      continue;
    }
    if (!inCode && ch === '|' && rowOpen) {
      endCell();
      continue;
    }
    if (rowOpen) {
      if (cur === '' && ch !== ' ' && ch !== '\t') curLine = line;
      cur += ch;
    }
  }
  runCellJobs(jobs, ctx);
  return { type: 'yfmTable', children: rows, position: pos(firstLine, line), ...(ctx.file !== ctx.path ? { data: { file: ctx.file } } : {}) } as unknown as Node;
}

const SEP = '<!--yfm-cell-separator-->';

interface CellJob {
  cell: Node;
  lines: string[];
  firstLine: number;
}

function makeRow(cells: Array<{ text: string; line: number }>, line: number, ctx: Ctx, jobs: CellJob[]): Node {
  const children = cells.map((c) => {
    const trimmed = c.text.replace(/^[ \t]+/, '');
    const leadingNewlines = /^\n*/.exec(trimmed)?.[0].length ?? 0;
    let inCode = false;
    const cellLines = trimmed.slice(leadingNewlines).split('\n').map((l) => {
      const isFence = /^\s*```/.test(l);
      const keep = inCode && !isFence;
      if (isFence) inCode = !inCode;
      return keep ? l : l.replace(/^\s+/, '');
    });
    if (trimmed.trim() === '>') return { type: 'yfmCell', colspan: true, children: [], position: pos(c.line) } as unknown as Node;
    const cell = { type: 'yfmCell', children: [] as Node[], position: pos(c.line), ...(ctx.file !== ctx.path ? { data: { file: ctx.file } } : {}) } as unknown as Node;
    const first = c.line + leadingNewlines;
    // Cells with YFM constructs go through the block parser; plain markdown cells are batched (one remark call per table).
    if (cellLines.some((l) => /\{%|#\||```|~~~|^#{1,6}\s/.test(l))) (cell as { children: Node[] }).children = parseBlocks(cellLines, first, ctx);
    else jobs.push({ cell, lines: cellLines, firstLine: first });
    return cell;
  });
  return { type: 'yfmRow', children, position: pos(line) } as unknown as Node;
}

/** Parse many plain-markdown cells with one remark call, split at separator comments, lines mapped back. */
function runCellJobs(jobs: CellJob[], ctx: Ctx): void {
  const live = jobs.filter((j) => j.lines.some((l) => l.trim() !== ''));
  if (live.length === 0) return;
  const docLines: string[] = [];
  const starts: number[] = [];
  for (const j of live) {
    starts.push(docLines.length + 1);
    docLines.push(...j.lines, '', SEP, '');
  }
  const tree = fromMarkdown(docLines.join('\n'));
  let k = 0;
  let bucket: Node[] = [];
  const file = ctx.file === ctx.path ? null : ctx.file;
  const close = () => {
    const job = live[k];
    if (job) {
      const delta = job.firstLine - (starts[k] ?? 1);
      for (const n of bucket) shift(n, delta, file);
      (job.cell as { children: Node[] }).children = bucket;
    }
    bucket = [];
    k++;
  };
  for (const n of tree.children as unknown as Node[]) {
    if (n.type === 'html' && (n as { value?: string }).value?.trim() === SEP) close();
    else bucket.push(n);
  }
}

export type { Heading };
