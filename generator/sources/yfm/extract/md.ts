/** Small read-only helpers over the mdast + YFM tree: text, canonical inline markdown, lines, flattening. */
import type { AnyNode, YfmCell, YfmInclude, YfmRow, YfmTable } from './nodes.ts';

type Loose = {
  type: string;
  value?: string;
  url?: string;
  children?: unknown[];
  position?: { start: { line: number } };
  data?: Record<string, unknown>;
} & Record<string, unknown>;

/** Children of a node, or [] for leaves. */
export function kids(node: unknown): AnyNode[] {
  const c = (node as Loose | undefined)?.children;
  return Array.isArray(c) ? (c as AnyNode[]) : [];
}

/** Plain text of a node: text, inline code and HTML values concatenated (links and emphasis unwrapped). */
export function textOf(node: unknown): string {
  const n = node as Loose | undefined;
  if (!n) return '';
  if (n.type === 'break') return '\n';
  if (typeof n.value === 'string' && n.type !== 'code') return n.value;
  if (n.type === 'code') return n.value ?? '';
  return kids(n).map(textOf).join('');
}

/**
 * Canonical inline markdown for a node sequence: strong as **x**, emphasis as *x*, code as `x`, links as
 * [x](url). Name and type cells are parsed from this string, which keeps the marker spellings
 * (`*`, `^*^`, `**`) that the markdown parser leaves as text between or inside strong nodes.
 */
export function inlineMd(nodes: readonly unknown[], opts: { escapeStarsInStrong?: boolean } = {}, inStrong = false): string {
  let out = '';
  for (const node of nodes) {
    const n = node as Loose;
    switch (n.type) {
      case 'text':
      case 'html':
        // `**UF_\***` is the name `UF_*`: re-escaped, so the star is not read as the required marker after the bold.
        out += inStrong && opts.escapeStarsInStrong ? (n.value ?? '').replace(/\*/g, '\\*') : (n.value ?? '');
        break;
      case 'inlineCode':
        out += `\`${n.value ?? ''}\``;
        break;
      case 'strong':
      case 'emphasis': {
        // In a name (bold, read with escaped stars), emphasis inside the bold is the name's formatting: `**__proto__**`
        // renders a bold "proto", and written as `****proto****` its delimiters would read as markers (required, footnote).
        if (inStrong && opts.escapeStarsInStrong) out += inlineMd(kids(n), opts, true);
        else if (n.type === 'strong') out += `**${inlineMd(kids(n), opts, true)}**`;
        else out += `*${inlineMd(kids(n), opts, inStrong)}*`;
        break;
      }
      case 'delete':
        out += `~~${inlineMd(kids(n), opts, inStrong)}~~`;
        break;
      case 'break':
        out += '\n';
        break;
      case 'link':
        out += `[${inlineMd(kids(n), opts, inStrong)}](${n.url ?? ''})`;
        break;
      case 'linkReference':
        out += `[${inlineMd(kids(n), opts, inStrong)}]`;
        break;
      case 'image':
        break;
      case 'paragraph':
      case 'heading':
        out += inlineMd(kids(n), opts, inStrong);
        break;
      default:
        out += textOf(n);
    }
  }
  return out;
}

/** 1-based start line of a node, if known. */
export function lineOf(node: unknown): number | undefined {
  const l = (node as Loose | undefined)?.position?.start?.line;
  return typeof l === 'number' && l > 0 ? l : undefined;
}

/** File a node came from: its include file when it was included, else the page. */
export function fileOf(node: unknown, pagePath: string): string {
  const f = (node as Loose | undefined)?.data?.['file'];
  return typeof f === 'string' && f ? f : pagePath;
}

/** Depth-first visit of every node (pre-order); the visitor returns false to skip a subtree. */
export function walk(node: unknown, visit: (n: AnyNode, parents: readonly AnyNode[]) => boolean | void, parents: AnyNode[] = []): void {
  const n = node as AnyNode;
  if (visit(n, parents) === false) return;
  parents.push(n);
  for (const c of kids(n)) walk(c, visit, parents);
  parents.pop();
}

/** One block in document order, with the containers it sits in. */
export interface FlatBlock {
  node: AnyNode;
  /** Labels of the tabs it sits in, outermost first. */
  tabs: string[];
  /** Include target path when it came from an include. */
  include: string | null;
  /** True when inside a note. */
  inNote: boolean;
}

const CONTAINERS = new Set(['yfmNote', 'yfmTabs', 'yfmTab', 'yfmCut', 'yfmInclude', 'blockquote']);

/** Flatten container blocks (notes, tabs, cuts, includes, quotes) into document order; containers appear before their content. */
export function flattenBlocks(
  nodes: readonly AnyNode[],
  tabs: string[] = [],
  include: string | null = null,
  inNote = false,
  out: FlatBlock[] = [],
): FlatBlock[] {
  for (const node of nodes) {
    out.push({ node, tabs, include, inNote });
    if (!CONTAINERS.has(node.type)) continue;
    const n = node as unknown as Loose;
    const nextTabs = node.type === 'yfmTab' ? [...tabs, String(n['label'] ?? '')] : tabs;
    const nextInclude = node.type === 'yfmInclude' ? ((n['resolvedPath'] as string | null) ?? String(n['target'] ?? '')) : include;
    flattenBlocks(kids(node), nextTabs, nextInclude, inNote || node.type === 'yfmNote', out);
  }
  return out;
}

/** Rows of a table. */
export function rowsOf(table: YfmTable): YfmRow[] {
  return kids(table).filter((r): r is YfmRow => r.type === 'yfmRow');
}

/** Cells of a row. */
export function cellsOf(row: YfmRow): YfmCell[] {
  return kids(row).filter((c): c is YfmCell => c.type === 'yfmCell');
}

/** Basename of an include target ("../../_includes/required.md" → "required.md"). */
export function includeName(inc: YfmInclude): string {
  const p = inc.resolvedPath ?? inc.target;
  return p.split(/[\\/]/).pop() ?? p;
}

/** Collapse runs of whitespace and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Includes that carry shared boilerplate (legends, system errors, error envelope), never method facts. */
export const BOILERPLATE_INCLUDES = new Set([
  'required.md',
  'examples.md',
  'system-errors.md',
  'error-info.md',
  'error-info-v3.md',
  'auth-params-in-events.md',
  'events-index.md',
]);

/** True when a flat block comes from a boilerplate include. */
export function inBoilerplateInclude(b: FlatBlock): boolean {
  if (!b.include) return false;
  return BOILERPLATE_INCLUDES.has(b.include.split(/[\\/]/).pop() ?? '');
}
