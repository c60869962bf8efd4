/**
 * After markdown parsing: replace placeholders by their YFM nodes and map every position back to the
 * source file. A placeholder is a thematic break (or, when the construct was indented 4+ columns, a
 * one-line indented code block) starting on a placeholder line.
 */
import type { Parent, RootContent } from 'mdast';
import { warn, type FileCtx } from './context.ts';
import { mapPoint, PLACEHOLDER, type BlockEntry, type LineMap, type RegionPlan } from './plan.ts';

export interface Resolver {
  map: LineMap;
  blocks: ReadonlyMap<number, BlockEntry>;
  used: Set<number>;
  ctx: FileCtx;
}

/** Replace placeholders among `nodes` (recursively) and map positions to source lines. */
export function resolve(nodes: RootContent[], r: Resolver): RootContent[] {
  const out: RootContent[] = [];
  for (const n of nodes) {
    const pos = n.position;
    if (pos && r.blocks.size > 0 && (n.type === 'thematicBreak' || n.type === 'code')) {
      const sk = r.map[pos.start.line - 1];
      const whole = n.type === 'thematicBreak' || (pos.start.line === pos.end.line && n.value.trim() === PLACEHOLDER);
      const b = sk?.ph !== undefined && whole ? r.blocks.get(sk.ph) : undefined;
      if (b && sk?.ph !== undefined) {
        r.used.add(sk.ph);
        out.push(b.node);
        continue;
      }
    }
    if (pos && r.blocks.size > 0 && 'value' in n && typeof n.value === 'string' && pos.end.line > pos.start.line)
      restoreLiteral(n, pos.start.line, pos.end.line, r);
    if (pos) n.position = { start: mapPoint(pos.start, r.map), end: mapPoint(pos.end, r.map) };
    if ('children' in n) (n as Parent).children = resolve((n as Parent).children, r) as Parent['children'];
    out.push(n);
  }
  return out;
}

/**
 * A placeholder swallowed by a multi-line literal (raw HTML block, indented code): there the construct
 * never was a block, so its source text goes back into the literal.
 */
function restoreLiteral(n: { type: string; value: string }, from: number, to: number, r: Resolver): void {
  let lines: string[] | null = null;
  for (let k = from; k <= to; k++) {
    const id = r.map[k - 1]?.ph;
    if (id === undefined) continue;
    const b = r.blocks.get(id);
    if (!b) continue;
    lines ??= n.value.split('\n');
    for (const idx of [k - from, k - from - 1]) {
      if (lines[idx]?.trim() === PLACEHOLDER) {
        lines[idx] = b.raw();
        r.used.add(id);
        warn(r.ctx, 'yfm-block-in-literal', `A YFM block sits inside a ${n.type} node and is kept as its source text`, r.map[k - 1]?.src.line);
        break;
      }
    }
  }
  if (lines) n.value = lines.join('\n');
}

/** Resolve a plan's parsed nodes, append blocks that found no place, and hand them to the plan. */
export function finish(plan: RegionPlan, nodes: RootContent[], map: LineMap, ctx: FileCtx): void {
  const r: Resolver = { map, blocks: plan.blocks, used: new Set(), ctx };
  const result = resolve(nodes, r);
  for (const [id, b] of plan.blocks) {
    if (r.used.has(id)) continue;
    warn(ctx, 'yfm-block-lost', 'A YFM block could not be placed in the markdown structure; appended at the end of its region', b.node.position?.start.line);
    result.push(b.node);
  }
  plan.fill(result);
}

/** Nodes of a plan that needs no markdown: its blocks in skeleton order. */
export function blocksOnly(plan: RegionPlan): RootContent[] {
  const out: RootContent[] = [];
  for (const s of plan.skeleton) {
    const b = s.ph === undefined ? undefined : plan.blocks.get(s.ph);
    if (b) out.push(b.node);
  }
  return out;
}
