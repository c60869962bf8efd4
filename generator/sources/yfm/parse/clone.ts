/**
 * Deep copies of mdast subtrees for the memo caches (includes, repeated regions). Trees are plain JSON-like
 * objects, so a direct recursive copy is several times cheaper than structuredClone; positions can be
 * shifted on the way.
 */
import type { Point } from './lines.ts';

/** Rewrites a point while copying (identity when omitted). */
export type PointMap = (p: Point) => Point;

function copyValue(v: unknown, map: PointMap | undefined): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => copyValue(x, map));
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const x = src[k];
    if (k === 'position' && map && x && typeof x === 'object') {
      const pos = x as { start: Point; end: Point };
      out[k] = { start: map(pos.start), end: map(pos.end) };
    } else out[k] = copyValue(x, map);
  }
  return out;
}

/** Copy a list of nodes, optionally mapping every position point. */
export function cloneNodes<T>(nodes: readonly T[], map?: PointMap): T[] {
  return nodes.map((n) => copyValue(n, map) as T);
}
