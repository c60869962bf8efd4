/**
 * Cutting a region into segments that parse the same apart as together, so that its single-paragraph
 * segments can join inline groups and the memo (groups.ts, memo.ts).
 */
import type { RootContent } from 'mdast';
import type { FileCtx } from './context.ts';
import { inlineLines } from './groups.ts';
import { isBlank } from './lines.ts';
import type { BlockEntry, RegionPlan, SkelLine } from './plan.ts';

/** Lines after which a region must not be cut: raw HTML (kinds 1–5 run over blank lines) and link definitions. */
const UNSAFE_TO_CUT = /^[ \t]*(?:<|\[[^\]]*\]:)/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Cut a region into consecutive segments that parse the same apart as together, so that its single-paragraph
 * segments can join inline groups and the memo. A cut goes before an unindented line that follows a blank line
 * and is not a list marker: there every CommonMark block is closed (paragraphs and raw-HTML blocks of kinds
 * 6–7 by the blank line; lists, block quotes and indented code by the unindented line). Regions with raw HTML
 * or link definitions are never cut. Consecutive segments that are not single paragraphs stay together.
 */
export function segment(p: RegionPlan, ctx: FileCtx): RegionPlan[] {
  const sk = p.skeleton;
  if (!ctx.cacheable || sk.length < 3) return [p];
  for (const s of sk) if (UNSAFE_TO_CUT.test(s.text)) return [p];
  const cuts: number[] = [0];
  for (let k = 1; k < sk.length; k++) {
    const t = (sk[k] as SkelLine).text;
    if (t.length === 0 || t.charCodeAt(0) === 32 || t.charCodeAt(0) === 9 || isBlank(t)) continue;
    if (!isBlank((sk[k - 1] as SkelLine).text) || LIST_MARKER.test(t)) continue;
    cuts.push(k);
  }
  if (cuts.length === 1) return [p];
  // Pieces, then merge runs of pieces that are not single paragraphs.
  const pieces: Array<{ from: number; to: number; inline: boolean }> = [];
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c] as number;
    const to = cuts[c + 1] ?? sk.length;
    const probe = sk.slice(from, to);
    const inline =
      !probe.some((s) => s.ph !== undefined) && inlineLines({ skeleton: probe, blocks: NO_BLOCKS, hasMarkdown: true, fill: () => {} }, ctx) !== null;
    const last = pieces[pieces.length - 1];
    if (last && !last.inline && !inline) last.to = to;
    else pieces.push({ from, to, inline });
  }
  if (pieces.length === 1) return [p];
  const results: RootContent[][] = new Array<RootContent[]>(pieces.length);
  let pending = pieces.length;
  return pieces.map(({ from, to }, k) => {
    const skeleton = sk.slice(from, to);
    const blocks = new Map<number, BlockEntry>();
    let hasMarkdown = false;
    for (const s of skeleton) {
      if (s.ph !== undefined) {
        const b = p.blocks.get(s.ph);
        if (b) blocks.set(s.ph, b);
      } else if (!hasMarkdown && !isBlank(s.text)) hasMarkdown = true;
    }
    return {
      skeleton,
      blocks,
      hasMarkdown,
      fill: (nodes: RootContent[]) => {
        results[k] = nodes;
        if (--pending === 0) p.fill(results.flat());
      },
    };
  });
}

const NO_BLOCKS: ReadonlyMap<number, BlockEntry> = new Map();
