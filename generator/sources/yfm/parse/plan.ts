/**
 * Region plans: what the region scanner (region.ts) hands to the markdown step (markdown.ts). A plan is the
 * region's *skeleton* — its ordinary markdown lines, with each YFM construct replaced by a placeholder line —
 * plus the YFM nodes the placeholders stand for.
 */
import type { RootContent } from 'mdast';
import type { Line, Point } from './lines.ts';

/**
 * A construct's stand-in in the skeleton: a thematic break at the construct's indentation. It is the
 * cheapest block micromark knows (no inline tokenizer behind it), it interrupts a paragraph, it cannot be
 * a setext underline, and an indented one still sits inside the enclosing list item. Placeholders are
 * recognised by their line, never by their text, so real `***` in the page are not confused with them.
 */
export const PLACEHOLDER = '***';

export interface SkelLine {
  text: string;
  /** The source line the skeleton line stands for. */
  src: Line;
  /** Set on placeholder lines: the id of the block they stand for. */
  ph?: number;
  /** Source characters dropped before `text` (a trimmed cell first line): skeleton column c is source column src.col + shift + c - 1. */
  shift?: number;
}

export interface BlockEntry {
  node: RootContent;
  /** The construct's source text, put back if the placeholder lands inside a literal (e.g. an HTML block). */
  raw: () => string;
}

export interface RegionPlan {
  skeleton: SkelLine[];
  blocks: ReadonlyMap<number, BlockEntry>;
  /** False when the skeleton is only placeholders and blank lines: no markdown parse is needed. */
  hasMarkdown: boolean;
  fill: (nodes: RootContent[]) => void;
}

/** Line of a parsed document → skeleton line; `null` marks separator lines that belong to no region. */
export type LineMap = ReadonlyArray<SkelLine | null>;

/** Map a point of a parsed document back to the source file through the line map. */
export function mapPoint(p: Point, map: LineMap): Point {
  const sk = map[p.line - 1];
  if (!sk) return p;
  const col = (sk.shift ?? 0) + p.column - 1;
  return { line: sk.src.line, column: sk.src.col + col, offset: sk.src.offset + col };
}
