/**
 * The remark-parse step. All region skeletons of a file are joined into ONE markdown document and parsed
 * by mdast-util-from-markdown (the parser behind remark-parse) in a single call: a call costs ~130 µs of
 * set-up, and a page has hundreds of cells. Regions are separated by a blank line and a thematic break,
 * which together close every open CommonMark block except raw-HTML blocks of kinds 1–5; the split is
 * checked, and if a region leaked into the next one the regions are parsed one by one.
 * Afterwards placeholders are replaced by the YFM nodes and positions are mapped back to source lines.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Parent, RootContent } from 'mdast';
import type { Point } from 'unist';
import { warn, type FileCtx } from './context.ts';
import { PLACEHOLDER, type BlockEntry, type RegionPlan, type SkelLine } from './region.ts';

/** Batch line → skeleton line; `null` marks separator lines. */
type LineMap = ReadonlyArray<SkelLine | null>;

function mapPoint(p: Point, map: LineMap): Point {
  const sk = map[p.line - 1];
  if (!sk) return p;
  const col = p.column - 1;
  return { line: sk.src.line, column: sk.src.col + col, offset: sk.src.offset + col };
}

interface Resolver {
  map: LineMap;
  blocks: ReadonlyMap<number, BlockEntry>;
  used: Set<number>;
  ctx: FileCtx;
}

/** Replace placeholders among `nodes` (recursively) and map positions to source lines. */
function resolve(nodes: RootContent[], r: Resolver): RootContent[] {
  const out: RootContent[] = [];
  for (const n of nodes) {
    const pos = n.position;
    if (pos && (n.type === 'thematicBreak' || n.type === 'code')) {
      const sk = r.map[pos.start.line - 1];
      const whole = n.type === 'thematicBreak' || (pos.start.line === pos.end.line && n.value.trim() === PLACEHOLDER);
      const b = sk?.ph !== undefined && whole ? r.blocks.get(sk.ph) : undefined;
      if (b && sk?.ph !== undefined) {
        r.used.add(sk.ph);
        out.push(b.node);
        continue;
      }
    }
    if (pos && 'value' in n && typeof n.value === 'string' && pos.end.line > pos.start.line) restoreLiteral(n, pos.start.line, pos.end.line, r);
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

function isSeparator(n: RootContent, map: LineMap): boolean {
  return n.type === 'thematicBreak' && n.position !== undefined && map[n.position.start.line - 1] === null;
}

function parse(texts: string[], ctx: FileCtx): RootContent[] {
  return fromMarkdown(texts.join('\n'), ctx.markdown).children;
}

function finish(plan: RegionPlan, nodes: RootContent[], map: LineMap, ctx: FileCtx): void {
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
function blocksOnly(plan: RegionPlan): RootContent[] {
  const out: RootContent[] = [];
  for (const s of plan.skeleton) {
    const b = s.ph === undefined ? undefined : plan.blocks.get(s.ph);
    if (b) out.push(b.node);
  }
  return out;
}

/** Parse every plan's skeleton (one markdown call for all of them) and fill each plan with its nodes. */
export function fillPlans(plans: readonly RegionPlan[], ctx: FileCtx): void {
  const md = plans.filter((p) => p.hasMarkdown);
  for (const p of plans) if (!p.hasMarkdown) p.fill(blocksOnly(p));
  if (md.length === 0) return;

  const map: Array<SkelLine | null> = [];
  const texts: string[] = [];
  md.forEach((p, k) => {
    if (k > 0) {
      texts.push('', PLACEHOLDER);
      map.push(null, null);
    }
    for (const s of p.skeleton) {
      texts.push(s.text);
      map.push(s);
    }
  });
  const root = parse(texts, ctx);
  const groups: RootContent[][] = [[]];
  for (const n of root) {
    if (isSeparator(n, map)) groups.push([]);
    else (groups[groups.length - 1] as RootContent[]).push(n);
  }
  if (groups.length === md.length) {
    md.forEach((p, k) => finish(p, groups[k] ?? [], map, ctx));
    return;
  }
  // A region swallowed a separator (an unterminated <!-- or <pre> …): parse the regions one at a time.
  warn(ctx, 'yfm-batch-fallback', 'A region did not close cleanly (raw HTML block?); regions were parsed separately');
  for (const p of md) finish(p, parse(p.skeleton.map((s) => s.text), ctx), p.skeleton, ctx);
}
