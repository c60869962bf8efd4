/**
 * Memo of parsed leaf regions by skeleton text, across files. Table headers, the MCP boilerplate note,
 * "Information about the request execution time"… recur on hundreds of pages: 45% of all regions repeat an
 * earlier one. Pure memoisation: results are stored in region-relative positions (line = skeleton line,
 * column = skeleton column) and copied out on every hit.
 */
import type { RootContent } from 'mdast';
import { cloneNodes } from './clone.ts';
import type { FileCtx } from './context.ts';
import type { RegionPlan } from './plan.ts';
import { resolve } from './resolve.ts';

const MEMO_MAX = 50_000;
const memo = new Map<string, RootContent[]>();

/**
 * The memo key of a leaf region, or null when it must not be memoised: regions with placeholders, regions
 * with reference-style brackets (their meaning depends on link definitions elsewhere in the page), and
 * parses with custom markdown extensions.
 */
export function memoKey(p: RegionPlan, ctx: FileCtx): string | null {
  if (!ctx.cacheable || p.blocks.size > 0 || p.skeleton.length > 60) return null;
  const key = p.skeleton.map((s) => s.text).join('\n');
  if (key.length > 4000 || /\](?!\()/.test(key)) return null;
  return key;
}

/** Store a region's freshly parsed nodes (positions still in document coordinates, `firstLine` = its first line). */
export function remember(key: string | null, nodes: readonly RootContent[], firstLine: number): void {
  if (key === null) return;
  if (memo.size >= MEMO_MAX) memo.clear();
  // Region-relative positions: line = skeleton line (1-based), column = skeleton column.
  memo.set(
    key,
    cloneNodes(nodes, (pt) => ({ line: pt.line - firstLine + 1, column: pt.column, offset: pt.column - 1 })),
  );
}

/** The memoised nodes for a key, if any. */
export function recall(key: string | null): readonly RootContent[] | undefined {
  return key === null ? undefined : memo.get(key);
}

/** Fill a plan from memoised nodes, mapped onto its own source lines. */
export function fillFromMemo(p: RegionPlan, hit: readonly RootContent[], ctx: FileCtx): void {
  p.fill(resolve(cloneNodes(hit), { map: p.skeleton, blocks: p.blocks, used: new Set(), ctx }));
}
