/**
 * The region scanner: walks the lines of one region (a file, a note body, a cell, a tab) and separates the
 * YFM block constructs from ordinary markdown. Each construct is built into a node right away (its own
 * bodies are queued as sub-regions) and replaced in the region's *skeleton* by a placeholder line at the
 * same indentation. The skeleton — ordinary markdown plus placeholders — is what remark-parse sees, so
 * lists, blockquotes and paragraphs around the constructs keep their CommonMark structure, and a table
 * inside a list item stays inside it.
 */
import type { Code, RootContent } from 'mdast';
import type { YfmCut, YfmNote, YfmTab, YfmTabs } from './types.ts';
import { LIMITS, warn, type FileCtx, type PendingRegion } from './context.ts';
import { CLOSERS, isTabsList, NOTE_TYPES, parseCutArgs, parseIncludeArgs, parseNoteArgs, readDirective, type DirectiveTag } from './directives.ts';
import { buildCode, fenceOpen, findFenceEnd } from './fence.ts';
import { dedentLine, endOf, indentWidth, isBlank, pointAt, sliceLine, wsEnd, type Line } from './lines.ts';
import { findCloser, scanTableAt } from './structure.ts';
import { PLACEHOLDER, type BlockEntry, type RegionPlan, type SkelLine } from './plan.ts';
import { buildTable } from './table.ts';
import { splitTabs } from './tabs.ts';

/**
 * A cell's first line as diplodoc reads it: markdown-it parses the cell from just after the `|` with the
 * indentation forced to 0, so when the cell starts with a space no block construct can start there — only a
 * paragraph (`| - |` is a dash, `| 100. Only` is text, `|     x` is not indented code). The line is
 * trimmed (recorded as a column shift) and a block marker is backslash-escaped in place of the last space.
 */
function firstCellLine(t: string, s: number): { text: string; shift: number } {
  const rest = t.slice(s);
  const c = rest[0];
  const n = rest[1];
  const endOrSpace = n === undefined || n === ' ' || n === '\t';
  let esc = false;
  if (c === '#' && /^#{1,6}(?:[ \t]|$)/.test(rest)) esc = true;
  else if (c === '>') esc = true;
  else if ((c === '`' || c === '~') && fenceOpen(rest) !== null) esc = true;
  else if ((c === '-' || c === '+' || c === '*') && endOrSpace) esc = true;
  else if ((c === '-' || c === '*' || c === '_') && /^(?:[-*_][ \t]*){3,}$/.test(rest)) esc = true;
  else if (c === '=' && /^=+[ \t]*$/.test(rest)) esc = true;
  else if (c === '[' && /^\[[^\]]*\]:/.test(rest)) esc = true;
  if (esc) return { text: '\\' + rest, shift: s - 1 };
  const m = /^(\d{1,9})[.)](?:[ \t]|$)/.exec(rest);
  // The escape before the delimiter shifts what follows it by one column; lines stay exact.
  if (m) return { text: (m[1] ?? '') + '\\' + rest.slice((m[1] ?? '').length), shift: s };
  return { text: rest, shift: s };
}

/** Scan one region into a skeleton and the YFM nodes it holds; sub-regions are pushed onto `ctx.queue`. */
export function planRegion(region: PendingRegion, ctx: FileCtx): RegionPlan {
  const skeleton: SkelLine[] = [];
  const blocks = new Map<number, BlockEntry>();
  let hasMarkdown = false;
  let L: readonly Line[] = region.lines;
  let splits = 0;
  const yfm = region.depth < LIMITS.regionDepth;
  if (!yfm && !ctx.depthWarned) {
    ctx.depthWarned = true;
    warn(ctx, 'yfm-depth-limit', `YFM blocks nested deeper than ${LIMITS.regionDepth} levels are kept as text`, region.lines[0]?.line);
  }

  const emit = (node: RootContent, from: number, to: number): void => {
    const id = ctx.nextId++;
    const src = L;
    blocks.set(id, {
      node,
      raw: () =>
        src
          .slice(from, to + 1)
          .map((l) => l.text)
          .join('\n'),
    });
    const first = L[from] as Line;
    skeleton.push({ text: first.text.slice(0, wsEnd(first.text)) + PLACEHOLDER, src: first, ph: id });
  };
  const sub = (lines: Line[], fill: (nodes: RootContent[]) => void, cell = false): void => {
    ctx.queue.push({ lines, cell, depth: region.depth + 1, fill });
  };
  /** Continue with `rest` as if it were the next line (text after a closing tag on the same line). */
  const restartWith = (k: number, rest: Line | null): number => {
    if (rest && !isBlank(rest.text) && splits < LIMITS.splits) {
      splits++;
      L = [rest, ...L.slice(k + 1)];
      return 0;
    }
    return k + 1;
  };

  let i = 0;
  while (i < L.length) {
    const line = L[i] as Line;
    const t = line.text;
    const s = wsEnd(t);
    const c = t.charCodeAt(s);
    // diplodoc parses a cell's first line from just after the `|`: with a space there, only a paragraph can start.
    const firstOfCell = region.cell && line === region.lines[0] && s > 0 && s < t.length;

    if (yfm && !firstOfCell && (c === 96 || c === 126)) {
      const fo = fenceOpen(t);
      if (fo) {
        const end = findFenceEnd(L, i, fo);
        const closed = end >= 0;
        const last = closed ? end : L.length - 1;
        if (!closed) warn(ctx, 'yfm-fence-unclosed', 'Code fence is not closed; it runs to the end of its block', line.line);
        emit(buildCode(L, i, last, fo, closed) as Code, i, last);
        i = last + 1;
        continue;
      }
    }

    if (yfm && !firstOfCell && c === 35 && t.charCodeAt(s + 1) === 124) {
      const r = scanTableAt(L, i, s, ctx);
      if (r.ok) {
        const { table, cells } = buildTable(L, i, s, r.table, indentWidth(t));
        for (const d of r.table.dropped) {
          warn(
            ctx,
            'yfm-table-text-outside-row',
            'Text between table rows is dropped (as diplodoc does); a missing "||" shifts the rows after it',
            (L[d.li] as Line).line,
          );
        }
        for (const cr of cells) sub(cr.lines, (nodes) => fillCell(cr.cell, nodes), true);
        const closeLi = r.table.close.li;
        const after = (L[closeLi] as Line).text.slice(r.table.close.pos + 2).trim();
        if (after && !/^\{[^}]*\}$/.test(after)) {
          warn(ctx, 'yfm-table-trailing-text', `Text after "|#" is ignored (as diplodoc does): ${after.slice(0, 60)}`, (L[closeLi] as Line).line);
        }
        emit(table, i, closeLi);
        i = closeLi + 1;
        continue;
      }
      if (r.reason === 'budget') {
        if (!ctx.budgetWarned) {
          ctx.budgetWarned = true;
          warn(ctx, 'yfm-scan-budget', 'Table scanning budget exhausted; remaining "#|" lines are kept as text', line.line);
        }
      } else {
        warn(ctx, 'yfm-table-unterminated', '"#|" without a closing "|#"; kept as text (as diplodoc does)', line.line);
      }
    }

    if (yfm && c === 123 && t.charCodeAt(s + 1) === 37) {
      const tag = readDirective(t, s);
      if (tag) {
        const next = planDirective(tag, i, s);
        if (next >= 0) {
          i = next;
          continue;
        }
      }
    }

    if (firstOfCell) {
      const f = firstCellLine(t, s);
      skeleton.push({ text: f.text, src: line, shift: f.shift });
      hasMarkdown = true;
    } else {
      if (!hasMarkdown && !isBlank(t)) hasMarkdown = true;
      skeleton.push({ text: t, src: line });
    }
    i++;
  }

  return { skeleton, blocks, hasMarkdown, fill: region.fill };

  /** Handle a directive at L[i]; returns the index to continue from, or -1 to keep the line as text. */
  function planDirective(tag: DirectiveTag, i: number, s: number): number {
    const line = L[i] as Line;
    const rest = sliceLine(line, tag.end);
    if (tag.name === 'include') {
      const a = parseIncludeArgs(tag.args);
      if (!a) {
        warn(ctx, 'yfm-include-malformed', `Unreadable include directive: ${line.text.trim().slice(0, 80)}`, line.line);
        return -1;
      }
      const node = ctx.include({ target: a.target, notitle: a.notitle, line: sliceLine(line, s, tag.end) });
      emitAt(node, i);
      return restartWith(i, rest);
    }
    if (tag.name === 'endnote' || tag.name === 'endcut' || tag.name === 'endlist') {
      warn(ctx, 'yfm-directive-stray', `"{% ${tag.name} %}" without an opening directive; dropped`, line.line);
      return restartWith(i, rest);
    }
    const closer = CLOSERS[tag.name];
    if (!closer || (tag.name === 'list' && !isTabsList(tag.args))) {
      warn(ctx, 'yfm-directive-unknown', `Unknown directive "{% ${tag.name}${tag.args.trimEnd()} %}"; kept as text`, line.line);
      return -1;
    }
    if (!isBlank(rest.text) && splits < LIMITS.splits) {
      // Text after the opening tag: treat it as the body's first line.
      splits++;
      L = [sliceLine(line, 0, tag.end), rest, ...L.slice(i + 1)];
      return 0;
    }
    let end = findCloser(L, i + 1, closer, ctx);
    const closed = end >= 0;
    if (!closed) {
      warn(ctx, 'yfm-directive-unclosed', `"{% ${tag.name} %}" without "{% ${closer} %}"; it runs to the end of its block`, line.line);
      end = L.length;
    }
    const indent = indentWidth(line.text);
    const body: Line[] = [];
    for (let k = i + 1; k < end; k++) body.push(dedentLine(L[k] as Line, indent));
    const closeLine = closed ? (L[end] as Line) : ((L[end - 1] ?? line) as Line);
    const closeTag = closed ? readDirective(closeLine.text, wsEnd(closeLine.text)) : null;
    const position = {
      start: pointAt(line, s),
      end: closeTag ? pointAt(closeLine, closeTag.end) : endOf(closeLine),
    };
    let node: RootContent;
    if (tag.name === 'note') {
      const a = parseNoteArgs(tag.args);
      if (!a) warn(ctx, 'yfm-note-malformed', `Unreadable note arguments: ${tag.args.trim().slice(0, 60)}`, line.line);
      else if (!NOTE_TYPES.has(a.noteType)) warn(ctx, 'yfm-note-type', `Unknown note type "${a.noteType}"`, line.line);
      const note: YfmNote = {
        type: 'yfmNote',
        noteType: a?.noteType ?? tag.args.trim().split(/\s+/)[0] ?? '',
        title: a ? a.title : null,
        children: [],
        position,
      };
      sub(body, (nodes) => (note.children = nodes as YfmNote['children']));
      node = note;
    } else if (tag.name === 'cut') {
      const cut: YfmCut = { type: 'yfmCut', title: parseCutArgs(tag.args), children: [], position };
      sub(body, (nodes) => (cut.children = nodes as YfmCut['children']));
      node = cut;
    } else {
      const { items, stray } = splitTabs(body, ctx);
      if (stray[0]) warn(ctx, 'yfm-tabs-stray', 'Text before the first "- Label" item of a tabs list is dropped', stray[0].line);
      if (!items.length) warn(ctx, 'yfm-tabs-empty', 'Tabs list without "- Label" items', line.line);
      const tabs: YfmTabs = {
        type: 'yfmTabs',
        position,
        children: items.map((it) => {
          const tab: YfmTab = {
            type: 'yfmTab',
            label: it.label,
            children: [],
            position: { start: pointAt(it.marker, wsEnd(it.marker.text)), end: endOf(it.last) },
          };
          sub(it.lines, (nodes) => (tab.children = nodes as YfmTab['children']));
          return tab;
        }),
      };
      node = tabs;
    }
    if (!closed) {
      emit(node, i, L.length - 1);
      return L.length;
    }
    emit(node, i, end);
    return restartWith(end, closeTag ? sliceLine(closeLine, closeTag.end) : null);
  }

  function emitAt(node: RootContent, i: number): void {
    emit(node, i, i);
  }
}

/** Cell content is filled as parsed; pipe unescaping in cells happens in the inline pass (inline.ts). */
function fillCell(cell: { children: unknown[] }, nodes: RootContent[]): void {
  cell.children = nodes;
}
