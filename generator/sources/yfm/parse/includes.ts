/**
 * `{% include %}` resolution: find the file among the path candidates through `readInclude`, parse it with
 * the include stack extended (cycles and runaway depth are cut with a warning), and drop its first heading
 * for `notitle` (diplodoc's stripTitleTokens: only when the file starts with a heading).
 * Parsed include files are memoised by path and content: `required.md` and friends are included thousands
 * of times across the corpus and are identical every time. Callers always get a fresh copy.
 */
import type { RootContent } from 'mdast';
import type { Warning } from '../../../spec/schema.ts';
import type { YfmInclude } from './types.ts';
import { LIMITS, warn, type FileCtx, type IncludeRequest } from './context.ts';
import { includeCandidates } from './include-path.ts';
import { cloneNodes } from './clone.ts';
import { endOf, pointAt } from './lines.ts';

export interface IncludeEnv {
  readInclude: ((corpusRelativePath: string) => string | undefined) | undefined;
  /** Files being parsed, outermost first (the page itself included). */
  stack: readonly string[];
  /** Parse an included file; `stack` already ends with `file`. */
  parseFile: (text: string, file: string, stack: readonly string[]) => { nodes: RootContent[]; warnings: Warning[] };
  /** Whether results may be memoised (false when custom markdown extensions change the parse). */
  cacheable: boolean;
}

interface CacheEntry {
  text: string;
  nodes: RootContent[];
  warnings: Warning[];
}

const CACHE_MAX = 256;
/** One memo per `readInclude` function: another reader may return other nested files for the same paths. */
const caches = new WeakMap<object, Map<string, CacheEntry>>();

function cacheFor(env: IncludeEnv): Map<string, CacheEntry> | undefined {
  if (!env.cacheable || !env.readInclude) return undefined;
  let c = caches.get(env.readInclude);
  if (!c) caches.set(env.readInclude, (c = new Map()));
  return c;
}

function readFirst(env: IncludeEnv, candidates: readonly string[]): { path: string; text: string } | null {
  if (!env.readInclude) return null;
  for (const c of candidates) {
    let text: string | undefined;
    try {
      text = env.readInclude(c);
    } catch {
      text = undefined;
    }
    if (typeof text === 'string') return { path: c, text };
  }
  return null;
}

function parseIncluded(env: IncludeEnv, path: string, text: string, ctx: FileCtx): RootContent[] {
  const cache = cacheFor(env);
  const hit = cache?.get(path);
  if (hit && hit.text === text) {
    for (const w of hit.warnings) ctx.warnings.push({ ...w });
    return cloneNodes(hit.nodes);
  }
  const { nodes, warnings } = env.parseFile(text, path, [...env.stack, path]);
  for (const w of warnings) ctx.warnings.push(w);
  // A result that depends on the include stack (a cut cycle) must not be reused from another stack.
  const contextual = warnings.some((w) => w.code === 'yfm-include-cycle' || w.code === 'yfm-include-depth');
  if (cache && !contextual) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(path, { text, nodes: cloneNodes(nodes), warnings: warnings.map((w) => ({ ...w })) });
  }
  return nodes;
}

/** Build the `yfmInclude` node for a directive, with the included file parsed as its children. */
export function resolveInclude(req: IncludeRequest, env: IncludeEnv, ctx: FileCtx): YfmInclude {
  const node: YfmInclude = {
    type: 'yfmInclude',
    target: req.target,
    resolvedPath: null,
    notitle: req.notitle,
    children: [],
    position: { start: pointAt(req.line, 0), end: endOf(req.line) },
  };
  const candidates = includeCandidates(ctx.file, req.target);
  const found = readFirst(env, candidates);
  if (!found) {
    const tried = candidates.length ? candidates.join(', ') : '(no valid path)';
    warn(ctx, 'yfm-include-unresolved', `Include "${req.target}" not found (tried ${tried})`, req.line.line);
    return node;
  }
  node.resolvedPath = found.path;
  if (env.stack.includes(found.path)) {
    warn(ctx, 'yfm-include-cycle', `Include cycle: ${[...env.stack, found.path].join(' → ')}; not expanded`, req.line.line);
    return node;
  }
  if (env.stack.length > LIMITS.includeDepth) {
    warn(ctx, 'yfm-include-depth', `Includes nested deeper than ${LIMITS.includeDepth}; "${found.path}" not expanded`, req.line.line);
    return node;
  }
  let nodes = parseIncluded(env, found.path, found.text, ctx);
  if (req.notitle && nodes[0]?.type === 'heading') nodes = nodes.slice(1);
  node.children = nodes;
  return node;
}
